import type { APIRoute } from 'astro';
import { version } from '../../package.json';
import { SITE_URL } from '../build/site-url';
import { useTranslations } from '../i18n';
import { UTF8_BOM } from '../lib/csv';
import { glossaryTbx } from '../lib/exports/tbx';
import { speechTmx } from '../lib/exports/tmx';
import { alignedUnits, speechDocument, speechJsonSchema, SPEECH_DATA_PATHS } from '../lib/exports/speech';
import { sheetWorkbook } from '../lib/exports/xlsx';
import { LANGS } from '../lib/languages';
import { oncePerKey } from '../lib/once-per-key';
import { COMMITMENT_COLUMNS, commitmentRows, commitmentsCsv, commitmentsJson, commitmentsJsonSchema, OPEN_DATA_PATHS } from '../lib/open-data';
import { absoluteUrl } from '../lib/paths';
import { openRecords } from './commitments';
import { glossary } from './glossary';
import { sectionSources } from './speech';

/** A file of /data/: where it is, its format, how to read it, and how it is made. */
export interface DataFile {
  path: string;
  /** Key of its title and description under `data.files` in the UI strings. */
  key: string;
  /** Name of the format, the same in every language. */
  format: string;
  mediaType: string;
  /** A command or line of code that reads it. */
  example: string;
  body: () => Promise<string | Uint8Array<ArrayBuffer>>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const url = (path: string) => absoluteUrl(SITE_URL, path);

// Both languages' labels, once where they agree ("ID"), so one header row serves readers of either.
function columnHeader(name: string): string {
  const labels = LANGS.map((lang) => useTranslations(lang)(`data.columns.${name}`));
  return [...new Set(labels)].join(' / ');
}

async function commitmentsXlsx(): Promise<Uint8Array<ArrayBuffer>> {
  const records = await openRecords();
  return sheetWorkbook({
    name: [...new Set(LANGS.map((lang) => useTranslations(lang)('data.sheet_name')))].join(' – '),
    columns: COMMITMENT_COLUMNS.map(([name, , kind]) => ({ header: columnHeader(name), kind })),
    rows: commitmentRows(records, SITE_URL),
  });
}

/** Where the glossary is published for translators' tools; part of the URL contract. */
export const GLOSSARY_TBX = '/data/glossary.tbx';

const speech = async () => speechDocument(await sectionSources(), SITE_URL);

/** Every file of /data/, in the order the data page lists them: spreadsheets for people first. */
export const DATA_FILES: ReadonlyArray<DataFile> = [
  {
    path: OPEN_DATA_PATHS.xlsx,
    key: 'commitments_xlsx',
    format: 'XLSX',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    example: `pandas.read_excel("${url(OPEN_DATA_PATHS.xlsx)}")`,
    body: commitmentsXlsx,
  },
  {
    path: OPEN_DATA_PATHS.csv,
    key: 'commitments_csv',
    format: 'CSV (RFC 4180, UTF-8)',
    mediaType: 'text/csv; charset=utf-8; header=present',
    example: `pandas.read_csv("${url(OPEN_DATA_PATHS.csv)}")`,
    body: async () => UTF8_BOM + commitmentsCsv(await openRecords(), SITE_URL),
  },
  {
    path: OPEN_DATA_PATHS.json,
    key: 'commitments_json',
    format: 'JSON',
    mediaType: 'application/json; charset=utf-8',
    example: `curl -s ${url(OPEN_DATA_PATHS.json)} | jq '.commitments[] | {id, quantity, deadline}'`,
    body: async () => json(commitmentsJson(await openRecords(), SITE_URL)),
  },
  {
    path: OPEN_DATA_PATHS.schema,
    key: 'commitments_schema',
    format: 'JSON Schema 2020-12',
    mediaType: 'application/schema+json; charset=utf-8',
    example: 'ajv validate --spec=draft2020 -s commitments.schema.json -d commitments.json',
    body: async () => json(commitmentsJsonSchema()),
  },
  {
    path: SPEECH_DATA_PATHS.json,
    key: 'speech_json',
    format: 'JSON',
    mediaType: 'application/json; charset=utf-8',
    example: `curl -s ${url(SPEECH_DATA_PATHS.json)} | jq -r '.paragraphs[] | select(.id == "economy-8") | .text.kk'`,
    body: async () => json(await speech()),
  },
  {
    path: SPEECH_DATA_PATHS.schema,
    key: 'speech_schema',
    format: 'JSON Schema 2020-12',
    mediaType: 'application/schema+json; charset=utf-8',
    example: 'ajv validate --spec=draft2020 -s speech.schema.json -d speech.json',
    body: async () => json(speechJsonSchema()),
  },
  {
    path: SPEECH_DATA_PATHS.tmx,
    key: 'speech_tmx',
    format: 'TMX 1.4b',
    mediaType: 'application/x-tmx+xml; charset=utf-8',
    example: 'pocount speech.tmx',
    body: async () => speechTmx(alignedUnits(await speech()), { tool: 'Joldau', toolVersion: version }),
  },
  {
    path: GLOSSARY_TBX,
    key: 'glossary_tbx',
    format: 'TBX-Basic (ISO 30042)',
    mediaType: 'application/x-tbx+xml; charset=utf-8',
    example: 'tbx2po glossary.tbx glossary.po',
    body: async () => glossaryTbx(glossary(), 'Joldau: Kazakh–Russian glossary'),
  },
];

function dataFile(path: string): DataFile {
  const file = DATA_FILES.find((f) => f.path === path);
  if (!file) throw new Error(`No data file ${path} in src/data/open-data-files.ts`);
  return file;
}

// The data page states each size, so each body is made once per build and shared with its route.
const bodyOf = oncePerKey((path: string) => dataFile(path).body());

/**
 * The route of one file of /data/: its body with its media type.
 * @example export const GET = dataFileRoute('/data/speech.tmx');
 */
export function dataFileRoute(path: string): APIRoute {
  const { mediaType } = dataFile(path);
  return async () => new Response(await bodyOf(path), { headers: { 'Content-Type': mediaType } });
}

/**
 * Size in bytes of a file of /data/, as served.
 * @example await dataFileSize('/data/commitments.xlsx') // 14203
 */
export async function dataFileSize(path: string): Promise<number> {
  const body = await bodyOf(path);
  return typeof body === 'string' ? new TextEncoder().encode(body).byteLength : body.byteLength;
}
