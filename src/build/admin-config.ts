import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROGRAMME_KINDS } from '../lib/programme-kinds';
import { EDITOR_STATUSES } from '../scripts/admin/statuses';
import { editorBackend, LOCAL_BACKEND_URL, type EditorBackend } from './admin-backend';
import { COMMITMENTS_FILE, readCommitmentRecords } from './commitment-records';


const DAY = { pattern: '^\\d{4}-\\d{2}-\\d{2}$', message: 'дата в виде ГГГГ-ММ-ДД, например 2020-02-03 · күні ЖЖЖЖ-АА-КК түрінде' };
const MONTH_OR_DAY = { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', message: 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД · ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК' };
const WEB_ADDRESS = { pattern: '^https?://[^\\s]+\\.[^\\s]+$', message: 'адрес страницы, начиная с https:// · https:// деп басталатын бет мекенжайы' };

type Field = Record<string, unknown>;

const text = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: 'string', ...extra });
const pattern = (rule: { pattern: string; message: string }) => ({ pattern: [rule.pattern, rule.message] });
const bothLanguages = (name: string, label: string, extra: Field = {}): Field => ({
  name,
  label,
  widget: 'object',
  collapsed: false,
  fields: [
    { name: 'ru', label: 'по-русски · орысша', widget: 'text', ...extra },
    { name: 'kk', label: 'по-казахски · қазақша', widget: 'text', ...extra },
  ],
});
// Every collection reads and writes through the formats of src/scripts/admin/: the hidden field keeps the
// file as it was read, so that a save rewrites only what the editor changed.
const sourceText: Field = { name: 'source_text', label: 'source', widget: 'hidden', required: false };

const sourceFields: Field[] = [
  text('url', 'Адрес страницы · Бет мекенжайы', { hint: 'Точно как в результате поиска; никогда не угадывайте адрес.', ...pattern(WEB_ADDRESS) }),
  text('publisher', 'Издание или ведомство · Басылым немесе мекеме'),
  text('published', 'Дата публикации · Жарияланған күні', { hint: 'ГГГГ-ММ-ДД, как указано на странице', ...pattern(DAY) }),
  text('title', 'Заголовок, как опубликован · Жарияланған тақырыбы'),
  { name: 'language', label: 'Язык источника · Дереккөз тілі', widget: 'select', options: ['ru', 'kk', 'en'], default: 'ru' },
];

/** The form of one assessment record, as the assessment format describes it (content/assessments/<id>.yaml). */
const recordFields: Field[] = [
  { name: 'status', label: 'Статус · Мәртебе', widget: 'select', options: EDITOR_STATUSES.map(([value, label]) => ({ value, label })) },
  text('date', 'На дату · Күні', { hint: 'Дата самого нового источника; для «отчёт не найден» — день поиска.', ...pattern(DAY) }),
  text('achieved', 'Когда выполнено · Қашан орындалды', { required: false, hint: 'Только для «выполнено»: так точно, как говорит источник.', ...pattern(MONTH_OR_DAY) }),
  {
    name: 'sources',
    label: 'Источники · Дереккөздер',
    label_singular: 'источник · дереккөз',
    widget: 'list',
    required: false,
    collapsed: false,
    hint: 'Хотя бы один для любого статуса, кроме «отчёт не найден».',
    fields: sourceFields,
  },
  {
    name: 'replacedBy',
    label: 'Чем заменено · Немен ауыстырылды',
    widget: 'object',
    required: false,
    collapsed: true,
    hint: 'Только для «заменено другим».',
    fields: [
      bothLanguages('name', 'Название · Атауы', { required: false }),
      text('programme', 'Страница программы (slug) · Бағдарлама беті', { required: false }),
    ],
  },
  { name: 'sourcesDisagree', label: 'Источники расходятся · Дереккөздер әртүрлі', widget: 'boolean', required: false },
  bothLanguages('note', 'Что сообщают источники, своими словами · Дереккөздер не дейді, өз сөзімізбен'),
];

function assessmentFiles(root: string) {
  return readCommitmentRecords(root).map(({ id, data }) => ({
    name: id,
    label: `${data.text.ru} (${id})`,
    file: `content/assessments/${id}.yaml`,
    fields: [sourceText, { name: 'records', label: 'Оценки · Бағалаулар', label_singular: 'оценку · бағалау', widget: 'list', collapsed: false, add_to_top: true, fields: recordFields }],
  }));
}

function speechFiles(root: string) {
  return ['ru', 'kk'].flatMap((lang) =>
    readdirSync(path.join(root, 'content/speech', lang))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => ({
        name: `${lang}-${path.basename(name, '.mdx')}`,
        label: `${lang === 'ru' ? 'Русский текст' : 'Қазақша мәтін'}: ${path.basename(name, '.mdx')}`,
        file: `content/speech/${lang}/${name}`,
        fields: [
          sourceText,
          {
            name: 'corrections',
            label: 'Исправленные опечатки · Түзетілген қателер',
            widget: 'list',
            required: false,
            hint: 'Текст речи правится в файле вместе с этой записью: здесь только список исправлений.',
            fields: [text('source', 'Было в источнике · Дереккөзде'), text('corrected', 'Исправлено на · Түзетілді'), text('date', 'Дата · Күні', pattern(DAY))],
          },
        ],
      })),
  );
}

const translated = (field: Field): Field => ({ ...field, i18n: true });
const shared = (field: Field): Field => ({ ...field, i18n: 'duplicate' });

const programmeFields: Field[] = [
  translated(sourceText),
  translated(text('name', 'Название · Атауы')),
  translated(text('fullName', 'Полное название · Толық атауы')),
  shared({ name: 'kind', label: 'Вид · Түрі', widget: 'select', options: [...PROGRAMME_KINDS] }),
  shared({ name: 'priorities', label: 'Приоритеты (1–5) · Басымдықтар', widget: 'select', multiple: true, options: ['1', '2', '3', '4', '5'].map((p) => ({ value: Number(p), label: p })) }),
  translated({ name: 'related', label: 'Связанные программы (slug) · Байланысты бағдарламалар', widget: 'list', required: false }),
  translated({ name: 'aliases', label: 'Написания для поиска · Іздеуге арналған жазылулар', widget: 'list' }),
  translated({ name: 'match', label: 'Точные слова выступления для ссылки · Сілтеме үшін баяндамадағы нақты сөздер', widget: 'list' }),
  translated({ name: 'summary', label: 'Кратко · Қысқаша', widget: 'text' }),
  translated({
    name: 'figures',
    label: 'Цифры · Сандар',
    widget: 'list',
    required: false,
    fields: [text('value', 'Число · Сан'), text('label', 'Подпись · Белгі'), text('paragraph', 'Абзац речи (id) · Сөйлеу абзацы', pattern({ pattern: '^[a-z]+-\\d+$', message: 'id абзаца, например economy-8' }))],
  }),
  shared({ name: 'order', label: 'Порядок · Реті', widget: 'number', value_type: 'int', required: false }),
  translated({ name: 'body', label: 'Текст · Мәтін', widget: 'markdown', buttons: ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'], editor_components: [] }),
];

/**
 * The editor's configuration (Decap CMS `config.yml`): what an editor may change, with the checks a form
 * can make. The speech text stays out (its paragraphs are aligned across the languages).
 * @example editorConfig(process.cwd()).collections.map((c) => c.name) // ['assessments', 'status', 'corrections', 'programmes', 'glossary']
 */
export function editorConfig(root: string, backend: EditorBackend = editorBackend()) {
  return {
    backend,
    // On this machine (localhost), `npm run edit`'s decap-server stands in for the Git host.
    local_backend: { url: LOCAL_BACKEND_URL },
    publish_mode: 'simple',
    locale: 'ru',
    // Required by the editor; nothing here uploads files.
    media_folder: 'public/files',
    public_folder: '/files',
    site_url: '/',
    logo_url: '/favicon.svg',
    i18n: { structure: 'multiple_folders', locales: ['kk', 'ru'], default_locale: 'ru' },
    collections: [
      {
        name: 'assessments',
        label: 'Что стало с обещаниями · Уәделердің орындалуы',
        label_singular: 'обещание · уәде',
        description: `Одна запись на каждую проверку: статус, дата, источники и пояснение на двух языках. Обещания — из ${COMMITMENTS_FILE}.`,
        format: 'joldau-yaml-list',
        extension: 'yaml',
        editor: { preview: false },
        files: assessmentFiles(root),
      },
      {
        name: 'status',
        label: 'Дата актуальности · Өзектілік күні',
        format: 'joldau-yaml',
        extension: 'yaml',
        editor: { preview: false },
        files: [{ name: 'status-as-of', label: 'Статусы актуальны на · Мәртебелер өзекті', file: 'content/assessments.yaml', fields: [sourceText, text('statusAsOf', 'Статусы актуальны на дату · Мәртебелер өзекті күні', pattern(DAY))] }],
      },
      {
        name: 'corrections',
        label: 'Исправления в речи · Сөйлеудегі түзетулер',
        format: 'joldau-mdx',
        extension: 'mdx',
        editor: { preview: false },
        files: speechFiles(root),
      },
      {
        name: 'programmes',
        label: 'Программы · Бағдарламалар',
        label_singular: 'программу · бағдарлама',
        folder: 'content/programmes',
        format: 'joldau-mdx',
        extension: 'mdx',
        create: true,
        identifier_field: 'name',
        i18n: true,
        editor: { preview: false },
        fields: programmeFields,
      },
      {
        name: 'glossary',
        label: 'Глоссарий · Глоссарий',
        format: 'joldau-yaml',
        extension: 'yaml',
        editor: { preview: false },
        files: [
          {
            name: 'glossary',
            label: 'Термины · Терминдер',
            file: 'content/glossary.yaml',
            fields: [
              sourceText,
              {
                name: 'terms',
                label: 'Термины · Терминдер',
                widget: 'list',
                summary: '{{fields.ru}} — {{fields.kk}}',
                fields: [text('ru', 'По-русски · Орысша'), text('kk', 'По-казахски · Қазақша'), text('note', 'Пояснение · Түсініктеме', { required: false }), { name: 'check', label: 'Название: проверять в тексте · Атау: мәтінде тексеру', widget: 'boolean', required: false }],
              },
            ],
          },
        ],
      },
    ],
  };
}
