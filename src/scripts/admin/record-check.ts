/** One assessment record as the editor's form holds it (empty fields may be "" or missing). */
export interface FormRecord {
  status?: string;
  date?: string;
  achieved?: string;
  sources?: unknown[];
  replacedBy?: { name?: { ru?: string; kk?: string } };
}

import { EDITOR_STATUSES } from './statuses';

const LABELS = new Map<string, string>(EDITOR_STATUSES);

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * The rules across fields of an assessment that a form field cannot express on its own, checked before
 * the editor saves, with a message naming the field to fill; undefined when the records may be saved.
 * The build checks them again (with the rest) for files edited by hand.
 * @example recordProblem([{ status: 'done', date: '2020-02-03', achieved: '2019-12', sources: [] }]) // '«Источники · Дереккөздер» …'
 */
export function recordProblem(records: readonly FormRecord[]): string | undefined {
  const dates = new Set<string>();
  for (const record of records) {
    const which = `оценка от ${record.date || '(без даты)'} · ${record.date || '—'} бағалауы`;
    if (record.status !== 'no-report-found' && (record.sources ?? []).length === 0) {
      return `${which}: заполните «Источники · Дереккөздер» — статус «${LABELS.get(record.status ?? '') ?? record.status}» требует хотя бы один источник (адрес, издание, дата, заголовок); без источника возможен только статус «${LABELS.get('no-report-found')}».`;
    }
    if (record.status === 'done' && !filled(record.achieved)) {
      return `${which}: заполните «Когда выполнено · Қашан орындалды» — для статуса «выполнено» нужен год, месяц или день выполнения по источнику.`;
    }
    if (record.status === 'replaced' && !(filled(record.replacedBy?.name?.ru) && filled(record.replacedBy?.name?.kk))) {
      return `${which}: заполните «Чем заменено · Немен ауыстырылды» на обоих языках — статус «заменено другим» требует названия замены.`;
    }
    if (record.date && dates.has(record.date)) return `${which}: две оценки одного обещания с одной датой «На дату · Күні»; оставьте одну на день.`;
    if (record.date) dates.add(record.date);
  }
  return undefined;
}
