import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a browser script of `src/scripts` into one small classic script, for the few files that must
 * keep a fixed public address instead of Astro's hashed `/_astro/` names (`/embed.js`, pasted into other
 * sites). Classic, not a module, so that the script can read its own address (`document.currentScript`).
 * @example await bundleBrowserScript('src/scripts/embed/host.ts') // '(()=>{…})();\n'
 */
export async function bundleBrowserScript(entry: string): Promise<string> {
  const result = await build({
    // Relative to the project root, where every build runs.
    entryPoints: [path.resolve(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    // Hosts' readers may have older browsers than ours.
    target: 'es2017',
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]!.text;
}
