/**
 * Byte order mark that makes spreadsheet programs (Excel above all) read a CSV file as UTF-8, so that
 * Kazakh and Russian letters open intact; CSV parsers skip it.
 */
export const UTF8_BOM = '\uFEFF';

// RFC 4180: a field holding a comma, a double quote or a line break is quoted, quotes are doubled.
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Rows as RFC 4180 CSV: comma-separated, CRLF after every record (the last one too).
 * @example toCsv([['id', 'text'], ['a', 'Say "hi", twice']]) // 'id,text\r\na,"Say ""hi"", twice"\r\n'
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
