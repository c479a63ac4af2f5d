// `npm run bench:previews`: renders N link preview cards (default 1 000, like the preview images of a
// 1 000-page site) into an empty cache, on every core as the build does, and reports wall-clock and CPU
// time. CPU time says what the images cost on an idle machine; wall time depends on the machine's load,
// printed with it. `npm run bench:previews -- 200` renders 200.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { renderPreviews } from '../../src/build/preview-image.ts';

const count = Number(process.argv[2] ?? 1000);
const cards = Array.from({ length: count }, (_, i) => ({
  lang: i % 2 ? 'ru' : 'kk',
  kind: 'bench',
  siteName: 'Joldau',
  eyebrow: i % 2 ? 'Программа' : 'Бағдарлама',
  title: i % 2 ? `Центр поддержки предпринимательства «Qoldaý» № ${i}` : `Қолдау кәсіпкерлікті қолдау орталығы № ${i}`,
  figure: { value: `${i}`, unit: i % 2 ? 'услуг' : 'қызмет', label: i % 2 ? 'государственных услуг в центре' : 'орталықтағы мемлекеттік қызмет' },
  host: 'joldau.example.kz',
}));
const cacheDir = mkdtempSync(path.join(tmpdir(), 'joldau-bench-previews-'));
const threads = availableParallelism();
const load = loadavg()[0].toFixed(1);
const cpu = process.cpuUsage();
const started = performance.now();
const { rendered } = await renderPreviews(cards, { cacheDir, fresh: true, threads });
const wall = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const again = performance.now();
const { cached } = await renderPreviews(cards, { cacheDir, fresh: false, threads });
const cachedWall = (performance.now() - again) / 1000;
rmSync(cacheDir, { recursive: true, force: true });
console.table([
  {
    images: rendered,
    threads,
    'wall s': wall.toFixed(1),
    'CPU s': cpuSeconds.toFixed(1),
    'CPU ms/image': ((cpuSeconds * 1000) / rendered).toFixed(1),
    'images/s': (rendered / wall).toFixed(1),
    'load (1 min)': load,
    'all cached: wall s': `${cachedWall.toFixed(2)} (${cached} cached)`,
  },
]);
