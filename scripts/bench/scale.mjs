// `npm run bench:scale`: builds synthetic versions of the site at 1×, 10× and 100× the content and
// reports build time, time per page, pages per second and search index size, to show the build stays
// linear. Each synthetic speech repeats every section's paragraphs in both languages (so they still
// align) and adds programme pairs, each named in a new speech paragraph so that links and mentions
// are computed as for real programmes. Factors can be given: `npm run bench:scale -- 1 5`.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlPages } from '../built-files.mjs';
import { buildCopy, copyProject } from '../project-copy.mjs';

const ROOT = process.cwd();
const factors = process.argv.slice(2).map(Number).filter((n) => n >= 1);

function splitFrontmatter(text) {
  const end = text.indexOf('\n---', 4) + 4;
  return [text.slice(0, end), text.slice(end)];
}

function synthesise(dir, factor) {
  const programmeDir = path.join(dir, 'content/programmes');
  const slugs = readdirSync(path.join(programmeDir, 'ru')).map((f) => f.replace(/\.mdx$/, ''));
  const named = { kk: [], ru: [] };
  for (const lang of ['kk', 'ru']) {
    for (const slug of slugs) {
      const [front, body] = splitFrontmatter(readFileSync(path.join(programmeDir, lang, `${slug}.mdx`), 'utf8'));
      for (let k = 2; k <= factor; k += 1) {
        const name = `Synth-${slug}-${k}`;
        const synthetic = front
          .replace(/^name: .*$/m, `name: "${name}"`)
          .replace(/^aliases: .*$/m, `aliases: ["${name}", "${name} alias"]`)
          .replace(/^match: .*$/m, `match: ["${name}"]`)
          .replace(/^related: .*$/m, 'related: []')
          .replace(/^figures:\n(?: {2}.*\n)*/m, 'figures: []\n');
        writeFileSync(path.join(programmeDir, lang, `${slug}-s${k}.mdx`), synthetic + body);
        named[lang].push(name);
      }
    }
  }
  for (const lang of ['kk', 'ru']) {
    const speechDir = path.join(dir, 'content/speech', lang);
    for (const file of readdirSync(speechDir)) {
      const [front, body] = splitFrontmatter(readFileSync(path.join(speechDir, file), 'utf8'));
      let text = front + body.repeat(factor);
      if (file === 'regions.mdx') text += named[lang].map((n) => `\n${n} (synthetic programme).\n`).join('');
      writeFileSync(path.join(speechDir, file), text);
    }
  }
}

function folderSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(full) : statSync(full).size;
  }
  return total;
}

const rows = [];
for (const factor of factors.length ? factors : [1, 10, 100]) {
  const dir = copyProject(ROOT, `joldau-scale-${factor}-`);
  synthesise(dir, factor);
  const started = performance.now();
  const result = buildCopy(dir, ROOT);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
    throw new Error(`the ${factor}× build failed`);
  }
  const pages = htmlPages(path.join(dir, 'dist')).length;
  let index = '-';
  try {
    index = `${(folderSize(path.join(dir, 'dist/pagefind')) / 1024).toFixed(0)} KB`;
  } catch {
    // No search index in this build.
  }
  rows.push({ factor: `${factor}×`, pages, 'build s': seconds.toFixed(1), 'ms/page': ((seconds * 1000) / pages).toFixed(1), 'pages/s': (pages / seconds).toFixed(0), 'search index': index });
  const phases = result.stdout.split('\n').filter((l) => /^(astro build|postbuild)/.test(l)).map((l) => l.replace(/:.*\(/, ' (').replace(/^astro build: (.*)$/, 'astro build ($1)'));
  console.log(`${factor}×: ${pages} pages in ${seconds.toFixed(1)} s — ${phases.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
}
console.log('Whole build (astro build + search index + checks), one run each, on this machine:');
console.table(rows);
