import { describe, expect, it } from 'vitest'

import { formatDateTime, formatDay } from '../../../src/i18n/dates'

describe('one date format, in Vietnam time', () => {
  it.each([
    ['2023-12-10T10:05:00.000Z', '10/12/2023 17:05', '10/12/2023'],
    // 17:00 UTC is midnight the next day in Hà Tĩnh.
    ['2023-11-29T17:00:00.000Z', '30/11/2023 00:00', '30/11/2023'],
    ['2023-12-31T16:59:00Z', '31/12/2023 23:59', '31/12/2023'],
    ['2024-02-29T03:07:00+07:00', '29/02/2024 03:07', '29/02/2024'],
  ])('shows %s as %s', (iso, dateTime, day) => {
    expect(formatDateTime(iso)).toBe(dateTime)
    expect(formatDateTime(new Date(iso))).toBe(dateTime)
    expect(formatDay(iso)).toBe(day)
  })

  it.each([null, undefined, '', 'not a date', 'quý IV/2023'])('shows nothing for %o', (value) => {
    expect(formatDateTime(value)).toBe('')
    expect(formatDay(value)).toBe('')
  })

  it('does not depend on the process time zone', () => {
    expect(formatDateTime('2023-06-15T00:00:00Z')).toMatch(/^15\/06\/2023 07:00$/)
  })
})
