import ExcelJS from 'exceljs';
import type { CellValue, ColumnKind } from '../open-data';

/** One sheet of a workbook: its name, a header and a kind per column, and the rows. */
export interface SheetTable {
  /** At most 31 characters (an Excel limit). */
  name: string;
  columns: ReadonlyArray<{ header: string; kind?: ColumnKind | undefined }>;
  rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}

// Fixed metadata dates (the speech's, not the build's): an unchanged site rebuilds to the same workbook, only
// the ZIP entries' times differ.
const FIXED_DATE = new Date(Date.UTC(2019, 8, 2));
const MIN_WIDTH = 8;
// Wider text wraps inside its cell, so long commitments read on one screen.
const MAX_WIDTH = 60;
// ISO order reads the same in every locale; the cell is still a date to sort and filter by.
const DATE_FORMAT = 'yyyy-mm-dd';
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

/** A deadline that names a day is a real date; a year or a month stays the text the speech gives. */
function deadlineCell(value: CellValue): ExcelJS.CellValue {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day));
}

function cellValue(value: CellValue, kind: ColumnKind | undefined): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'deadline') return deadlineCell(value);
  if (kind === 'link') return { text: String(value), hyperlink: String(value) };
  return value;
}

const widthOf = (values: ReadonlyArray<CellValue | string>) =>
  Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...values.map((v) => (v === null ? 0 : String(v).length + 2))));

/**
 * An XLSX workbook of one sheet that reads well on opening: a bold, frozen header row with a filter,
 * column widths from the content, numbers as numbers, day-precise deadlines as dates, links as hyperlinks.
 * @example await sheetWorkbook({ name: 'Data', columns: [{ header: 'n', kind: 'number' }], rows: [[1.4]] }) // Uint8Array (PK…)
 */
export async function sheetWorkbook(table: SheetTable): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Joldau';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column, i) => {
    const width = widthOf([column.header, ...table.rows.map((row) => row[i] ?? null)]);
    return { header: column.header, width, style: { alignment: { vertical: 'top', wrapText: width === MAX_WIDTH } } };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'top', wrapText: true };
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value, i) => cellValue(value, table.columns[i]?.kind)));
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.kind === 'deadline' && cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
      if (column.kind === 'link' && cell.value !== null) cell.font = LINK_FONT;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
