import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { defuseFormula, toCsv, type CsvColumn, type CsvValue } from '../../../src/reports/csv'
import { PLAN_232_UNITS } from '../../../src/seed/plan-232'

// Strict reading: BOM stripped, only CRLF ends a record, every record as wide as the header.
const readCsv = (csv: string): string[][] => parse(csv, { bom: true, record_delimiter: '\r\n', relax_column_count: false })

const UNIT_COLUMNS: CsvColumn[] = [
  { key: 'planNumber', header: 'STT' },
  { key: 'code', header: 'Mã đơn vị' },
  { key: 'nameVi', header: 'Tên đơn vị' },
  { key: 'nameEn', header: 'Unit (English)' },
  { key: 'duties', header: 'Nhiệm vụ, "theo Kế hoạch 232"' },
]

const unitRowsOf = (units: typeof PLAN_232_UNITS) =>
  units.map((unit) => ({ planNumber: unit.planNumber, code: unit.code, nameVi: unit.name.vi, nameEn: unit.name.en, duties: unit.duties.vi }))

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv([{ a: 'x', b: 1 }], [
      { key: 'a', header: 'A' },
      { key: 'b', header: 'B' },
    ])
    expect(csv).toBe('\uFEFFA,B\r\nx,1\r\n')
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('round-trips the Plan 232 units', () => {
    const unitRows = unitRowsOf(PLAN_232_UNITS)
    const records = readCsv(toCsv(unitRows, UNIT_COLUMNS))
    expect(records[0]).toEqual(UNIT_COLUMNS.map((column) => column.header))
    expect(records.slice(1)).toEqual(unitRows.map((row) => [String(row.planNumber), row.code, row.nameVi, row.nameEn, row.duties]))
  })

  it('writes a unit with a dash in its name, an apostrophe and multi-paragraph duties field by field', () => {
    const rows = [
      {
        planNumber: 12,
        code: 'SLDTBXH',
        nameVi: 'Sở Lao động - Thương binh và Xã hội',
        nameEn: "Department of Labour, Invalids and Social Affairs' office",
        duties: '- Chủ trì tuyên truyền.\n\n- Phối hợp với "Đài" tỉnh.',
      },
    ]
    expect(toCsv(rows, UNIT_COLUMNS)).toBe(
      '\uFEFFSTT,Mã đơn vị,Tên đơn vị,Unit (English),"Nhiệm vụ, ""theo Kế hoạch 232"""\r\n' +
        `12,SLDTBXH,Sở Lao động - Thương binh và Xã hội,"Department of Labour, Invalids and Social Affairs' office",` +
        `"'- Chủ trì tuyên truyền.\n\n- Phối hợp với ""Đài"" tỉnh."\r\n`,
    )
  })

  it('keeps the other fields of a row whose first field is empty', () => {
    const columns = [
      { key: 'note', header: 'Ghi chú' },
      { key: 'unit', header: 'Đơn vị' },
    ]
    const csv = toCsv([{ note: '', unit: 'Sở Tư pháp' }, { note: null, unit: 'CA' }, { unit: '' }], columns)
    expect(csv).toBe('\uFEFFGhi chú,Đơn vị\r\n,Sở Tư pháp\r\n,CA\r\n,\r\n')
    expect(readCsv(csv)).toEqual([['Ghi chú', 'Đơn vị'], ['', 'Sở Tư pháp'], ['', 'CA'], ['', '']])
  })

  it.each([
    ['a comma', 'Sở, ban, ngành', '"Sở, ban, ngành"'],
    ['double quotes, doubled inside quotes', 'Danh sách "theo dõi đặc biệt"', '"Danh sách ""theo dõi đặc biệt"""'],
    ['a line feed', 'Dòng một\nDòng hai', '"Dòng một\nDòng hai"'],
    ['a CR LF', 'Dòng một\r\nDòng hai', '"Dòng một\r\nDòng hai"'],
    ['curly quotes and an apostrophe, unquoted', '“Quyền của người bản địa” – People\'s', '“Quyền của người bản địa” – People\'s'],
  ])('quotes only what RFC 4180 requires: %s', (_, text, field) => {
    const csv = toCsv([{ text }], [{ key: 'text', header: 'Nội dung' }])
    expect(csv).toBe(`\uFEFFNội dung\r\n${field}\r\n`)
    expect(readCsv(csv)).toEqual([['Nội dung'], [text]])
  })

  it.each([
    ['=HYPERLINK("http://evil.example","Báo cáo")', `'=HYPERLINK("http://evil.example","Báo cáo")`],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-5', "'-5"],
    ['- Phối hợp với Đài Truyền hình tỉnh', "'- Phối hợp với Đài Truyền hình tỉnh"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('defuses formula-like text %j for spreadsheets', (text, shown) => {
    expect(defuseFormula(text)).toBe(shown)
    const csv = toCsv([{ text }], [{ key: 'text', header: 'Ghi chú' }])
    expect(readCsv(csv)[1]).toEqual([shown])
  })

  it.each(['a=b', 'Sở Tư pháp', ' =1+1', "'=already quoted", '10/12/1948 – 10/12/2023'])('leaves %j as it is', (text) => {
    expect(defuseFormula(text)).toBe(text)
  })

  it('defuses formula-like headers too', () => {
    expect(readCsv(toCsv([], [{ key: 'x', header: '=cmd' }]))).toEqual([["'=cmd"]])
  })

  it('writes numbers as numbers, negative ones included, and null, missing or non-finite values as empty fields', () => {
    const rows: Record<string, CsvValue>[] = [
      { unit: 'CA', posters: 120, change: -5, ratio: 0.75 },
      { unit: 'STP', posters: null, change: Number.NaN, ratio: Number.POSITIVE_INFINITY },
      { unit: 'VPTT' },
    ]
    const columns = ['unit', 'posters', 'change', 'ratio'].map((key) => ({ key, header: key }))
    const csv = toCsv(rows, columns)
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['CA,120,-5,0.75', 'STP,,,', 'VPTT,,,'])
    expect(readCsv(csv)).toHaveLength(4)
  })

  it('keeps an empty record in a one-column report instead of a blank line', () => {
    // Empty text, null and a missing key alike.
    const csv = toCsv([{ note: '' }, { note: null }, {}, { note: 'x' }], [{ key: 'note', header: 'Ghi chú' }])
    expect(csv).toBe('\uFEFFGhi chú\r\n""\r\n""\r\n""\r\nx\r\n')
    expect(readCsv(csv)).toEqual([['Ghi chú'], [''], [''], [''], ['x']])
  })

  it('writes only the header for no rows, and refuses no columns', () => {
    expect(toCsv([], UNIT_COLUMNS)).toBe('\uFEFFSTT,Mã đơn vị,Tên đơn vị,Unit (English),"Nhiệm vụ, ""theo Kế hoạch 232"""\r\n')
    expect(() => toCsv([{ a: 1 }], [])).toThrow(new RangeError('A CSV report needs at least one column'))
  })

  it('keeps composed and decomposed Vietnamese exactly as given', () => {
    const rows = [{ text: 'Hà Tĩnh' }, { text: 'Ha\u0300 Ti\u0303nh' }]
    const records = readCsv(toCsv(rows, [{ key: 'text', header: 'Tỉnh' }]))
    expect(records.slice(1).map(([text]) => text)).toEqual(['Hà Tĩnh', 'Ha\u0300 Ti\u0303nh'])
  })
})
