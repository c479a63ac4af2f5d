/** The statuses of an assessment (docs: the assessment format), in the order the editor offers them, with their labels. */
export const EDITOR_STATUSES = [
  ['done', 'выполнено · орындалды'],
  ['partly-done', 'выполнено частично · ішінара орындалды'],
  ['in-progress', 'выполняется · орындалуда'],
  ['not-done', 'не выполнено · орындалмады'],
  ['replaced', 'заменено другим · басқасымен ауыстырылды'],
  ['no-measurable-target', 'нет измеримой цели · өлшенетін мақсаты жоқ'],
  ['no-report-found', 'отчёт не найден · есеп табылмады'],
] as const;
