// Filter and sort for the commitments table. The server-rendered table is complete without this;
// here the filters appear, column headers become sort buttons, and the state lives in the URL.
import { compareRows, FILTERS, readTableState, rowMatches, SORT_KEYS, writeTableState, type RowFacts, type SortKey, type TableState } from '@/lib/table-state';

const table = document.querySelector<HTMLTableElement>('[data-commitments-table]');
const filters = document.querySelector<HTMLElement>('[data-commitments-filters]');
const status = document.querySelector<HTMLElement>('[data-commitments-status]');

if (table && filters && status) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows].map((row, order) => ({ row, facts: factsOf(row, order) }));
  const collator = new Intl.Collator(document.documentElement.lang);
  const headers = new Map<SortKey, HTMLTableCellElement>();
  let state = readTableState(location.search);

  for (const th of table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    const key = th.dataset.sort as SortKey;
    if (!(SORT_KEYS as readonly string[]).includes(key)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    button.addEventListener('click', () => {
      const descending = state.sort.key === key && !state.sort.descending;
      update({ ...state, sort: { key, descending } });
    });
    th.replaceChildren(button);
    headers.set(key, th);
  }

  const selects = FILTERS.map((name) => [name, filters.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!] as const);
  filters.hidden = false;
  filters.addEventListener('change', () => update({ ...state, ...Object.fromEntries(selects.map(([name, select]) => [name, select.value])) }));
  filters.querySelector('[data-commitments-reset]')?.addEventListener('click', () => update(readTableState('')));

  render(state);
  // The browser scrolled to the anchor (e.g. #priority-3) before rows were filtered out; go there again.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();

  function update(next: TableState): void {
    state = next;
    history.replaceState(null, '', `${location.pathname}${writeTableState(state)}${location.hash}`);
    render(state);
  }

  function render(current: TableState): void {
    for (const [name, select] of selects) {
      select.value = [...select.options].some((o) => o.value === current[name]) ? current[name] : '';
    }
    const compare = compareRows(current.sort, collator);
    const sorted = [...rows].sort((a, b) => compare(a.facts, b.facts));
    let shown = 0;
    for (const { row, facts } of sorted) {
      row.hidden = !rowMatches(facts, current);
      if (!row.hidden) shown += 1;
      body.append(row);
    }
    for (const [key, th] of headers) {
      if (key === current.sort.key) th.setAttribute('aria-sort', current.sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    status!.textContent = (status!.dataset.shown ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  }
}

function factsOf(row: HTMLTableRowElement, order: number): RowFacts {
  const data = row.dataset;
  return {
    order,
    priority: data.priority ?? '',
    programmes: (data.programmes ?? '').split(' ').filter(Boolean),
    year: data.year ?? '',
    status: data.status ?? '',
    outcome: data.outcome ?? '',
    outcomeRank: Number(data.outcomeRank ?? 0),
    what: row.querySelector('[data-what]')?.textContent?.trim() ?? '',
    quantity: data.quantity ? Number(data.quantity) : undefined,
    deadline: data.deadline || undefined,
  };
}
