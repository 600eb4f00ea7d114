// The campaign report's query string: defaults, each parameter's accepted forms, and what is refused and how it is named.
import { describe, expect, it } from 'vitest'

import { campaignReportQuery, parseSearchParams } from '../../../src/reports/reportQuery'

const parse = (query: string) => parseSearchParams(campaignReportQuery, new URLSearchParams(query))

describe('campaign report query', () => {
  it('defaults to JSON in Vietnamese for every unit, as of now', () => {
    expect(parse('')).toEqual({ data: { format: 'json', locale: 'vi' } })
  })

  it('accepts CSV, English, a unit code and an ISO date-time with its offset', () => {
    expect(parse('format=csv&locale=en&unit=CA&asOf=2023-12-14T00:00:00%2B07:00')).toEqual({
      data: { asOf: '2023-12-14T00:00:00+07:00', format: 'csv', locale: 'en', unit: 'CA' },
    })
    expect(parse('format=json&locale=vi')).toEqual({ data: { format: 'json', locale: 'vi' } })
    expect(parse('unit=SLDTBXH&asOf=2023-12-13T17:00:00Z').data).toMatchObject({ asOf: '2023-12-13T17:00:00Z', unit: 'SLDTBXH' })
    for (const unit of ['CA', 'UBND-HUYEN_1', '0123456789ABCDEF']) expect(parse(`unit=${unit}`).data?.unit, unit).toBe(unit)
  })

  it('refuses other formats and languages, naming what is accepted', () => {
    expect(parse('format=pdf')).toEqual({ issues: ['format: one of: json, csv'] })
    expect(parse('format=CSV')).toEqual({ issues: ['format: one of: json, csv'] })
    expect(parse('locale=fr')).toEqual({ issues: ['locale: one of: vi, en'] })
  })

  it('refuses unit codes that are not codes', () => {
    for (const unit of ['ca', 'C', '0123456789ABCDEFG', 'C A', "CA'--", '']) {
      expect(parse(`unit=${encodeURIComponent(unit)}`), unit).toEqual({ issues: ['unit: a unit code such as CA'] })
    }
  })

  it('refuses dates that are not ISO 8601 date-times', () => {
    for (const asOf of ['2023-12-14', '14/12/2023', 'yesterday', '2023-12-14T25:00:00Z']) {
      expect(parse(`asOf=${encodeURIComponent(asOf)}`), asOf).toEqual({ issues: ['asOf: an ISO 8601 date-time, e.g. 2023-12-14T00:00:00+07:00'] })
    }
  })

  it('refuses unknown and repeated parameters, each named, with every problem at once', () => {
    expect(parse('units=CA')).toEqual({ issues: ['units: unknown parameter'] })
    expect(parse('unit=CA&unit=BCA')).toEqual({ issues: ['unit: given more than once'] })
    expect(parse('format=csv&format=json&page=2&locale=xx')).toEqual({ issues: ['format: given more than once', 'locale: one of: vi, en', 'page: unknown parameter'] })
  })
})
