// With no imports: scripts/security-headers.mjs loads it through Node's own TypeScript support.

/** Where the local backend (`decap-server`, started by `npm run edit`) answers the editor; tests move it. */
export const LOCAL_BACKEND_URL = process.env.JOLDAU_CMS_LOCAL_URL ?? 'http://localhost:8081/api/v1';

/** The Git host the editor commits to in production, from the build's environment (README, "Editing in the browser"). */
export interface EditorBackend {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
  proxy_url?: string;
}

/**
 * The production backend from `JOLDAU_CMS_*` variables; without `JOLDAU_CMS_REPO`, the local backend only.
 * @example editorBackend({ JOLDAU_CMS_REPO: 'akimat/joldau', JOLDAU_CMS_BASE_URL: 'https://git.example.kz', JOLDAU_CMS_APP_ID: 'x' }).api_root // 'https://git.example.kz/api/v4'
 */
export function editorBackend(env: NodeJS.ProcessEnv = process.env): EditorBackend {
  const repo = env.JOLDAU_CMS_REPO;
  if (!repo) return { name: 'proxy', proxy_url: LOCAL_BACKEND_URL, branch: 'main' };
  const name = env.JOLDAU_CMS_BACKEND ?? 'gitlab';
  const base = env.JOLDAU_CMS_BASE_URL;
  const backend: EditorBackend = { name, repo, branch: env.JOLDAU_CMS_BRANCH ?? 'main' };
  if (base && name === 'gitlab') Object.assign(backend, { base_url: base, api_root: `${base.replace(/\/$/, '')}/api/v4`, auth_type: 'pkce', app_id: env.JOLDAU_CMS_APP_ID });
  else if (base && name === 'gitea') Object.assign(backend, { base_url: base, api_root: `${base.replace(/\/$/, '')}/api/v1`, auth_type: 'pkce', app_id: env.JOLDAU_CMS_APP_ID });
  else if (base) Object.assign(backend, { base_url: base });
  return backend;
}

/**
 * Origins the editor's page talks to besides its own: the Git host's API and sign-in, and the local
 * backend when the editor runs on this machine; for the `/admin/` security policy only.
 * @example editorConnectOrigins({ name: 'proxy', proxy_url: LOCAL_BACKEND_URL }) // ['http://localhost:8081']
 */
export function editorConnectOrigins(backend: EditorBackend = editorBackend()): string[] {
  const hosted: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com', gitea: 'https://gitea.com' };
  const urls = [backend.proxy_url ?? LOCAL_BACKEND_URL, backend.api_root ?? backend.base_url ?? hosted[backend.name]];
  return [...new Set(urls.filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin))];
}

