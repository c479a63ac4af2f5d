import kk from '@/i18n/kk.json';
import ru from '@/i18n/ru.json';
import { ASSESSMENT_STATUSES } from '@/lib/commitments/schema';

/**
 * The statuses of an assessment in the order the editor offers them, each labelled with the site's own
 * words in both languages (one term for one thing: the editor says what the pages say).
 * @example EDITOR_STATUSES[0] // ['done', 'Выполнено · Орындалды']
 */
export const EDITOR_STATUSES: ReadonlyArray<readonly [string, string]> = ASSESSMENT_STATUSES.map((status) => [
  status,
  `${ru.commitment[`status_${status}`]} · ${kk.commitment[`status_${status}`]}`,
]);
