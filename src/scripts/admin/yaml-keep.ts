import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node } from 'yaml';

/**
 * Where the editor keeps a file's text as it was read (a hidden field of every collection), so that
 * saving rewrites only what the editor changed: comments, quoting and flow style of the rest stay.
 */
export const SOURCE_FIELD = 'source_text';

/** The field a file that is one YAML list (an assessments file) is edited under. */
export const RECORDS_FIELD = 'records';

type Data = Record<string, unknown>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

// Identifiers (a status, a language, a slug) stay plain; any other new text is double-quoted, as the
// content files write dates, addresses and sentences, so that no YAML reader takes "2020-02-03" for a date.
const PLAIN = /^[a-z][a-z0-9-]*$/;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  // `{}` written on purpose stays; an object whose every field the form left empty goes.
  const values = typeof value === 'object' ? Object.values(value as Data) : [];
  return values.length > 0 && values.every(isEmpty);
}

/** The value without the empty fields an editor's form leaves behind (`achieved: ""`, `sources: []`). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Data).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, withoutEmpty(v)]));
  }
  return value;
}

const isPlainObject = (value: unknown): value is Data => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

const same = (node: unknown, value: unknown) => JSON.stringify((node as Node | undefined)?.toJSON?.() ?? null) === JSON.stringify(value ?? null);

// A new record's keys in the order of its neighbours in the file, else as the assessment format writes
// them, whatever order the form filled them in (a select's default comes first).
const KEY_ORDER = ['status', 'date', 'achieved', 'sources', 'url', 'publisher', 'published', 'title', 'language', 'replacedBy', 'name', 'programme', 'sourcesDisagree', 'note', 'ru', 'kk'];

function ordered(value: unknown, neighbour: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item));
  if (!isPlainObject(value)) return value;
  const order = [...neighbour, ...KEY_ORDER.filter((key) => !neighbour.includes(key))];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)).map(([k, v]) => [k, ordered(v)]));
}

function newNode(doc: Document, value: unknown, flow: boolean, neighbour: readonly string[] = []): Node {
  const node = doc.createNode(ordered(value, neighbour)) as Node;
  const style = (n: unknown): void => {
    if (isScalar(n) && typeof n.value === 'string' && !PLAIN.test(n.value)) n.type = Scalar.QUOTE_DOUBLE;
    else if (isMap(n)) n.items.forEach((pair) => style(pair.value));
    else if (isSeq(n)) n.items.forEach(style);
  };
  style(node);
  if (flow && (isMap(node) || isSeq(node))) node.flow = true;
  return node;
}

// The node for a new value, reusing the old node (its comments, quoting and style) where it holds the
// same value, and the old node's parts where only some of it changed.
function merged(doc: Document, old: unknown, value: unknown): unknown {
  if (same(old, value)) return old;
  if (isSeq(old) && Array.isArray(value)) {
    const unused = [...old.items];
    const flow = old.items.some((item) => (isMap(item) || isSeq(item)) && item.flow);
    const first = old.items.find(isMap);
    const neighbour = first ? first.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : [];
    // Unchanged items first, wherever they moved; then an edited item takes the unused old item at its
    // place (its comments stay), and a new one gets a new node.
    const kept = value.map((item) => {
      const equal = unused.findIndex((o) => same(o, item));
      return equal >= 0 ? unused.splice(equal, 1)[0] : undefined;
    });
    old.items = value.map((item, i) => {
      if (kept[i]) return kept[i];
      const atIndex = old.items[i];
      const free = isMap(atIndex) && unused.includes(atIndex) && isPlainObject(item);
      if (free) unused.splice(unused.indexOf(atIndex), 1);
      return free ? merged(doc, atIndex, item) : newNode(doc, item, flow, neighbour);
    });
    return old;
  }
  if (isMap(old) && value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Data);
    for (const pair of [...old.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in (value as Data))) old.delete(key);
    }
    for (const [key, v] of entries) old.set(key, merged(doc, old.get(key, true), v));
    return old;
  }
  if (isScalar(old) && typeof value === typeof old.value) {
    const scalar = new Scalar(value);
    scalar.type = old.type;
    return scalar;
  }
  return newNode(doc, value, isMap(old) || isSeq(old) ? Boolean(old.flow) : false);
}

// Keys of the file that the form does not edit (a speech section's title, beside its corrections) stay.
function yamlOf(source: string, value: unknown): string {
  const doc = parseDocument(source);
  const old: unknown = doc.toJS();
  const whole = isPlainObject(old) && isPlainObject(value) ? { ...old, ...value } : value;
  doc.contents = merged(doc, doc.contents, withoutEmpty(whole)) as typeof doc.contents;
  // The writer pads every flow collection alike; keep the file's own habit (`[3]` in frontmatter,
  // `{ ru: "…", kk: "…" }` in the glossary) so that unchanged lines stay unchanged.
  const flowCollectionPadding = !/\[[^\s\]]/.test(source);
  return doc.toString({ lineWidth: 0, flowCollectionPadding });
}

/**
 * A YAML content file as the editor's form data: its keys, or `records` for a file that is a list.
 * @example yamlFromFile('- status: done\n', true).records // [{ status: 'done' }]
 */
export function yamlFromFile(text: string, isList: boolean): Data {
  const value: unknown = parseDocument(text).toJS() ?? (isList ? [] : {});
  const data = isList ? { [RECORDS_FIELD]: value } : { ...(value as Data) };
  return { ...data, [SOURCE_FIELD]: text };
}

/**
 * The text of a YAML content file after an edit: the file as it was, with only the changed values rewritten.
 * @example yamlToFile({ records: [{ status: 'done' }], source_text: '# cameras\n' }, true) // '# cameras\n- status: done\n'
 */
export function yamlToFile(data: Data, isList: boolean): string {
  const { [SOURCE_FIELD]: source = '', ...fields } = data;
  return yamlOf(String(source), isList ? (fields[RECORDS_FIELD] ?? []) : fields);
}

/**
 * An MDX file as the editor's form data: its frontmatter and `body`.
 * @example mdxFromFile('---\nname: "A"\n---\n\nText\n').body // '\nText\n'
 */
export function mdxFromFile(text: string): Data {
  const match = FRONTMATTER.exec(text);
  const front = match?.[1] ?? '';
  return { ...((parseDocument(front).toJS() ?? {}) as Data), body: text.slice(match?.[0].length ?? 0), [SOURCE_FIELD]: text };
}

/**
 * The text of an MDX file after an edit: its frontmatter rewritten only where it changed, and its body,
 * which stays as it was when the form does not edit it (the speech's paragraphs are a contract).
 * @example mdxToFile({ name: 'B', body: 'Text\n', source_text: '---\nname: "A"\n---\nText\n' }) // '---\nname: "B"\n---\nText\n'
 */
export function mdxToFile(data: Data): string {
  const { [SOURCE_FIELD]: source = '', body, ...fields } = data;
  const match = FRONTMATTER.exec(String(source));
  const oldBody = String(source).slice(match?.[0].length ?? 0);
  const front = yamlOf(match?.[1] ?? '', fields);
  return `---\n${front}---\n${typeof body === 'string' ? body : oldBody}`;
}
