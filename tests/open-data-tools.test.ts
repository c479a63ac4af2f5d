// The open data files in the programs their readers use: LibreOffice Calc (journalists in Kazakh and
// Russian locales) and translate-toolkit's TMX and TBX readers (translators). Each part is skipped, with a
// warning, where the program is missing; .ci/run installs both.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { glossary } from '../src/data/glossary';
import type { SpeechDocument } from '../src/lib/exports/speech';
import { COMMITMENT_COLUMNS, type CommitmentsDocument } from '../src/lib/open-data';
import { DIST } from './helpers/dist';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => spawnSync(p, ['--version']).status === 0);
const LOCALES_NEEDED = ['kk_KZ.UTF-8', 'ru_RU.UTF-8'];
const installedLocales = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout?.toLowerCase().replaceAll('utf-8', 'utf8') ?? '';
const missingLocales = LOCALES_NEEDED.filter((l) => !installedLocales.includes(l.toLowerCase().replace('utf-8', 'utf8')));
const PYTHON = '/usr/bin/python3';
const hasTranslateToolkit = spawnSync(PYTHON, ['-c', 'import translate.storage.tmx']).status === 0;

const noCalc = !SOFFICE || missingLocales.length > 0;
if (noCalc) console.warn(`\n⚠ LibreOffice checks skipped: ${!SOFFICE ? 'soffice not found (apt-get install libreoffice-calc-nogui)' : `locales missing: ${missingLocales.join(', ')} (localedef -i kk_KZ -f UTF-8 kk_KZ.UTF-8)`}\n`);
if (!hasTranslateToolkit) console.warn('\n⚠ translate-toolkit checks skipped: python3-translate not installed (apt-get install python3-translate)\n');

const commitments = JSON.parse(readFileSync(path.join(DIST, 'data/commitments.json'), 'utf8')) as CommitmentsDocument;
const speech = JSON.parse(readFileSync(path.join(DIST, 'data/speech.json'), 'utf8')) as SpeechDocument;
const workdirs: string[] = [];
afterAll(() => workdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// The CSV LibreOffice writes "as shown": a number in the locale's own style (1,4), a date as a date, text as typed.
function calcCsv(locale: string): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), 'joldau-calc-'));
  workdirs.push(dir);
  execFileSync(
    SOFFICE!,
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, path.join(DIST, 'data/commitments.xlsx')],
    { env: { ...process.env, LANG: locale, LC_ALL: locale }, stdio: 'pipe', timeout: 240_000 },
  );
  return parseCsv(readFileSync(path.join(dir, 'commitments.csv'), 'utf8'), { bom: true }) as string[][];
}

describe.skipIf(noCalc)('commitments.xlsx in LibreOffice Calc under Kazakh and Russian locales', () => {
  const quantity = COMMITMENT_COLUMNS.findIndex(([name]) => name === 'quantity');
  const deadline = COMMITMENT_COLUMNS.findIndex(([name]) => name === 'deadline');

  for (const locale of LOCALES_NEEDED) {
    it(`${locale}: quantities stay numbers with a decimal comma (1,4 and 17,7, not 1 April), deadlines stay as given`, { timeout: 300_000 }, () => {
      const rows = calcCsv(locale).slice(1);
      expect(rows).toHaveLength(commitments.count);
      rows.forEach((row, i) => {
        const record = commitments.commitments[i]!;
        const expected = record.quantity === null ? '' : String(record.quantity).replace('.', ',');
        expect(row[quantity], record.id).toBe(expected);
        if (record.deadlinePrecision !== 'day') expect(row[deadline], record.id).toBe(record.deadline ?? '');
      });
      expect(rows.map((r) => r[quantity])).toEqual(expect.arrayContaining(['1,4', '17,7']));
    });
  }
});

describe.skipIf(!hasTranslateToolkit)("speech.tmx and glossary.tbx in translate-toolkit's readers", () => {
  it('loads every TMX unit with its id, the original as source and our translation as target', () => {
    const script = [
      'import json, sys',
      'from translate.storage import tmx',
      'store = tmx.tmxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[u.getid(), u.source, u.target] for u in store.units], ensure_ascii=False))',
    ].join('\n');
    const units = JSON.parse(execFileSync(PYTHON, ['-c', script, path.join(DIST, 'data/speech.tmx')], { encoding: 'utf8' })) as string[][];
    const leads = speech.sections.filter((s) => s.lead).length;
    expect(units).toHaveLength(speech.sections.length + leads + speech.paragraphs.length);
    for (const p of speech.paragraphs) {
      const translation = p.original === 'kk' ? 'ru' : 'kk';
      expect(units.find(([id]) => id === p.id), p.id).toEqual([p.id, p.text[p.original], p.text[translation]]);
    }
  });

  it('loads every TBX term pair, Kazakh as source', () => {
    const script = [
      'import json, sys',
      'from translate.storage import tbx',
      'store = tbx.tbxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[u.source, u.target] for u in store.units], ensure_ascii=False))',
    ].join('\n');
    const pairs = JSON.parse(execFileSync(PYTHON, ['-c', script, path.join(DIST, 'data/glossary.tbx')], { encoding: 'utf8' })) as string[][];
    expect(pairs).toEqual(glossary().map((term) => [term.kk, term.ru]));
  });
});
