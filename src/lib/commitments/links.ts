import type { Lang } from '@/lib/languages';

/**
 * The commitments table filtered by priority and/or status (an outcome such as "done-late" or a status
 * such as "done"). The script of the table applies the filter; without JavaScript the anchor leads to
 * the table, or to the first row of the priority.
 * @example tableLink('ru', { priority: 2, status: 'done' }) // '/ru/commitments/?priority=2&status=done#priority-2'
 */
export function tableLink(lang: Lang, filter: { priority?: number | undefined; status?: string | undefined }): string {
  const params = new URLSearchParams();
  if (filter.priority !== undefined) params.set('priority', String(filter.priority));
  if (filter.status !== undefined) params.set('status', filter.status);
  const query = params.toString();
  return `/${lang}/commitments/${query ? `?${query}` : ''}#${filter.priority === undefined ? 'commitments-table' : `priority-${filter.priority}`}`;
}
