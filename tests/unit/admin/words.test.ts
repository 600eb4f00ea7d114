import { afterEach, describe, expect, it } from 'vitest'

import { formatDateTime } from '../../../src/admin/workflow/words'

describe('admin dates', () => {
  const zone = process.env.TZ
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it('are shown in Vietnam time whatever the clock of the machine rendering them', () => {
    const instant = '2023-12-09T23:30:00.000Z' // 06:30 on 10 December in Vietnam
    for (const machineZone of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = machineZone
      // One format in both languages (issue 11): dd/MM/yyyy HH:mm.
      expect(formatDateTime(instant, 'vi'), machineZone).toBe('10/12/2023 06:30')
      expect(formatDateTime(instant, 'en'), machineZone).toBe('10/12/2023 06:30')
    }
  })

  it('are empty for a missing or broken value', () => {
    expect(formatDateTime(null, 'vi')).toBe('')
    expect(formatDateTime('not a date', 'en')).toBe('')
  })
})
