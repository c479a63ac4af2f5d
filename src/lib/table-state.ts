/** Columns the commitments table sorts by; "source" is the speech's own order, the default. */
export const SORT_KEYS = ['priority', 'what', 'quantity', 'deadline', 'status', 'source'] as const;

/** The filters of the table, as named in the query string. */
export const FILTERS = ['priority', 'programme', 'year', 'status'] as const;

/** One of the sortable columns. */
export type SortKey = (typeof SORT_KEYS)[number];

/** Filter and sort of the commitments table, as kept in the page's query string. */
export interface TableState {
  /** "" for all, else the priority number. */
  priority: string;
  /** "" for all, else a programme slug. */
  programme: string;
  /** "" for all, a year, or "none" for commitments without a dated deadline. */
  year: string;
  /** "" for all, a status ("done") or an outcome of the scoreboard ("done-late"). */
  status: string;
  sort: { key: SortKey; descending: boolean };
}

/** What a row offers to filter and sort on. */
export interface RowFacts {
  /** Position in the speech, the default order. */
  order: number;
  priority: string;
  programmes: string[];
  year: string;
  /** The commitment's status ("done", "not-assessed"…). */
  status: string;
  /** Its outcome on the scoreboard ("done-late"…); its rank among the outcomes sorts the status column. */
  outcome: string;
  outcomeRank: number;
  what: string;
  quantity?: number;
  deadline?: string;
}

const DEFAULT_SORT: TableState['sort'] = { key: 'source', descending: false };

/**
 * Reads the table state from a query string (`?priority=3&programme=qoldau&year=2020&status=done&sort=-deadline`);
 * anything unknown falls back to "all" and speech order.
 * @example readTableState('?priority=3&sort=-deadline').sort // { key: 'deadline', descending: true }
 */
export function readTableState(search: string): TableState {
  const params = new URLSearchParams(search);
  const rawSort = params.get('sort') ?? '';
  const key = rawSort.replace(/^-/, '');
  const sort = (SORT_KEYS as readonly string[]).includes(key) ? { key: key as SortKey, descending: rawSort.startsWith('-') } : DEFAULT_SORT;
  return { priority: params.get('priority') ?? '', programme: params.get('programme') ?? '', year: params.get('year') ?? '', status: params.get('status') ?? '', sort };
}

/**
 * The query string for a table state, leaving out what is at its default so the plain page stays plain.
 * @example writeTableState({ priority: '3', programme: '', year: '', status: '', sort: { key: 'source', descending: false } }) // '?priority=3'
 */
export function writeTableState(state: TableState): string {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    if (state[name]) params.set(name, state[name]);
  }
  if (state.sort.key !== DEFAULT_SORT.key || state.sort.descending) params.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.key}`);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Whether a row passes the filters of a state.
 * @example rowMatches({ order: 0, priority: '3', programmes: ['qoldau'], year: 'none', status: 'done', outcome: 'done-late', outcomeRank: 1, what: '' }, readTableState('?programme=qoldau')) // true
 */
export function rowMatches(row: RowFacts, state: TableState): boolean {
  return (
    (!state.priority || row.priority === state.priority) &&
    (!state.programme || row.programmes.includes(state.programme)) &&
    (!state.year || row.year === state.year) &&
    (!state.status || row.status === state.status || row.outcome === state.status)
  );
}

/**
 * Compares two rows by a column. Rows without a value (no quantity, no deadline) go last whichever way
 * the column is sorted; ties keep the speech's order.
 * @example [b, a].sort(compareRows({ key: 'deadline', descending: false }, new Intl.Collator('ru')))
 */
export function compareRows(sort: TableState['sort'], collator: Intl.Collator): (a: RowFacts, b: RowFacts) => number {
  const direction = sort.descending ? -1 : 1;
  const value = (row: RowFacts): string | number | undefined => {
    if (sort.key === 'priority') return Number(row.priority);
    if (sort.key === 'what') return row.what;
    if (sort.key === 'quantity') return row.quantity;
    if (sort.key === 'deadline') return row.deadline;
    if (sort.key === 'status') return row.outcomeRank;
    return row.order;
  };
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) return x === y ? a.order - b.order : x === undefined ? 1 : -1;
    const order = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
    return order * direction || a.order - b.order;
  };
}
