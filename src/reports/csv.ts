// Writes campaign report rows as CSV that Excel and LibreOffice open with Vietnamese intact and without running formulas.

export type CsvValue = string | number | null

export type CsvColumn = { key: string; header: string }

// Excel only reads a CSV as UTF-8 when it starts with a byte-order mark; without it "Sở Tư pháp" opens as mojibake.
const BOM = '\uFEFF'
const CRLF = '\r\n'

// A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection"), so a unit
// name like "=HYPERLINK(...)" typed in the CMS would run on the reviewer's machine.
const FORMULA_TRIGGER = /^[=+\-@\t\r]/

/** Text as a spreadsheet will show it: a leading `'` makes formula-like text plain text (Excel hides the quote). */
export function defuseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text
}

/** One field, quoted per RFC 4180 when it holds a comma, a double quote, CR or LF (quotes inside are doubled). */
function toField(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return ''
  // Numbers are left alone (−5 stays a number); a number cannot carry a formula. NaN and ±Infinity are no data.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = defuseFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * CSV with a header row, in UTF-8 with BOM and CRLF line ends (RFC 4180), every record ending in CRLF.
 * Columns come out in the order given; a key missing from a row, or `null`, is an empty field. Text starting
 * with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so spreadsheets show it instead of evaluating it.
 */
export function toCsv(rows: Record<string, CsvValue>[], columns: CsvColumn[]): string {
  if (columns.length === 0) throw new RangeError('A CSV report needs at least one column')
  const header = columns.map((column) => toField(column.header)).join(',')
  const records = rows.map((row) =>
    // A lone empty field would be a blank line, which many readers skip; quoting keeps the record.
    columns.length === 1 && toField(row[columns[0].key]) === '' ? '""' : columns.map((column) => toField(row[column.key])).join(','),
  )
  return BOM + [header, ...records].map((record) => record + CRLF).join('')
}
