import { describe, expect, it } from 'vitest'

import {
  type BulletinCandidate,
  buildBulletinScript,
  bulletinTitle,
  highestPriority,
  nextSlot,
  selectBulletinItems,
  slotTime,
  vietnamDay,
} from '../../../src/audio/bulletinAssembly'

const candidate = (key: string, priority: BulletinCandidate['priority'], liveAt: string, seconds = 30): BulletinCandidate => ({ key, liveAt, priority, seconds })

describe('bulletin slots (Vietnam time, UTC+7)', () => {
  it('reads a slot as Vietnam time', () => {
    expect(slotTime({ date: '2023-12-10', slot: '06:00' }).toISOString()).toBe('2023-12-09T23:00:00.000Z')
    expect(slotTime({ date: '2023-12-10', slot: '17:00' }).toISOString()).toBe('2023-12-10T10:00:00.000Z')
  })

  it.each([
    ['before the morning slot', '2023-12-09T22:00:00Z', '2023-12-10', '06:00'],
    ['between the slots', '2023-12-10T01:00:00Z', '2023-12-10', '17:00'],
    ['exactly at a slot (it is airing, so the next one)', '2023-12-10T10:00:00Z', '2023-12-11', '06:00'],
    ['in the evening, Vietnam already past midnight', '2023-12-10T17:30:00Z', '2023-12-11', '06:00'],
  ])('finds the next slot %s', (_label, now, date, slot) => {
    const next = nextSlot({ now: new Date(now), slots: ['17:00', '06:00'] })
    expect(next).toMatchObject({ date, slot })
    expect(next.airsAt.getTime()).toBeGreaterThan(Date.parse(now))
  })

  it('ignores malformed slots and refuses an empty schedule', () => {
    expect(nextSlot({ now: new Date('2023-12-10T01:00:00Z'), slots: ['7h', '25:00', '17:00'] }).slot).toBe('17:00')
    expect(() => nextSlot({ now: new Date(), slots: [] })).toThrow(RangeError)
    expect(() => slotTime({ date: '2023-12-10', slot: '6:00' })).toThrow(RangeError)
  })

  it('reads the minutes of a slot too', () => {
    expect(slotTime({ date: '2023-12-10', slot: '06:30' }).toISOString()).toBe('2023-12-09T23:30:00.000Z')
    expect(slotTime({ date: '2023-12-10', slot: '23:59' }).toISOString()).toBe('2023-12-10T16:59:00.000Z')
  })

  it.each([
    ['an hour past 23', '2023-12-10', '24:00'],
    ['extra text before the slot', '2023-12-10', '106:00'],
    ['extra text after the slot', '2023-12-10', '06:005'],
    ['extra text before the date', 'x2023-12-10', '06:00'],
    ['extra text after the date', '2023-12-100', '06:00'],
  ])('refuses %s', (_label, date, slot) => {
    expect(() => slotTime({ date, slot })).toThrow(new RangeError(`Not a bulletin slot: ${date} ${slot}`))
  })

  it('says why an empty schedule is refused', () => {
    expect(() => nextSlot({ now: new Date('2023-12-10T01:00:00Z'), slots: ['7h'] })).toThrow(new RangeError('No daily bulletin slots are set'))
  })

  it('skips malformed slots that sort after the day\'s last valid one', () => {
    // 18:00 in Vietnam: today's 17:00 has aired, and '25:00' and '7h' are no slots at all.
    const next = nextSlot({ now: new Date('2023-12-10T11:00:00Z'), slots: ['7h', '25:00', '17:00'] })
    expect(next).toMatchObject({ date: '2023-12-11', slot: '17:00' })
    expect(next.airsAt.toISOString()).toBe('2023-12-11T10:00:00.000Z')
  })

  it('counts days in Vietnam time when the only slot is just after midnight', () => {
    // 01:00 on 11 December in Vietnam: that day's 00:30 has aired, so the next is on the 12th.
    const next = nextSlot({ now: new Date('2023-12-10T18:00:00Z'), slots: ['00:30'] })
    expect(next).toMatchObject({ date: '2023-12-12', slot: '00:30' })
    expect(next.airsAt.toISOString()).toBe('2023-12-11T17:30:00.000Z')
  })

  it('names the Vietnam day of a stored date', () => {
    expect(vietnamDay('2023-12-09T17:00:00.000Z')).toBe('2023-12-10')
    expect(vietnamDay('2023-12-10T12:00:00.000Z')).toBe('2023-12-10')
    expect(vietnamDay(new Date('2023-12-10T17:00:00.000Z'))).toBe('2023-12-11')
  })
})

describe('selectBulletinItems', () => {
  it('puts emergency, then priority, then normal items first, oldest first within a priority', () => {
    const { chosen } = selectBulletinItems({
      candidates: [
        candidate('articles:1', 'normal', '2023-12-10T01:00:00Z'),
        candidate('articles:2', 'priority', '2023-12-10T03:00:00Z'),
        candidate('slogans:3', 'emergency', '2023-12-10T04:00:00Z'),
        candidate('briefs:4', 'priority', '2023-12-10T02:00:00Z'),
        candidate('articles:5', 'normal', '2023-12-10T00:30:00Z'),
      ],
      maxSeconds: 1000,
    })
    expect(chosen.map((c) => c.key)).toEqual(['slogans:3', 'briefs:4', 'articles:2', 'articles:5', 'articles:1'])
  })

  it('stays within the maximum length, counting intro and outro, and lets a shorter item fill the gap a long one leaves', () => {
    const { chosen, left, seconds } = selectBulletinItems({
      candidates: [
        candidate('a:1', 'priority', '2023-12-10T01:00:00Z', 100),
        candidate('a:2', 'normal', '2023-12-10T01:00:00Z', 200),
        candidate('a:3', 'normal', '2023-12-10T02:00:00Z', 40),
      ],
      maxSeconds: 180,
      reservedSeconds: 20,
    })
    expect(chosen.map((c) => c.key)).toEqual(['a:1', 'a:3'])
    expect(left.map((c) => c.key)).toEqual(['a:2'])
    expect(seconds).toBe(160)
  })

  it('takes only items live after the last bulletin and not already in it, each once', () => {
    const { chosen } = selectBulletinItems({
      alreadyBroadcast: ['a:2'],
      candidates: [
        candidate('a:1', 'normal', '2023-12-10T00:00:00Z'),
        candidate('a:2', 'normal', '2023-12-10T05:00:00Z'),
        candidate('a:3', 'normal', '2023-12-10T05:00:00Z'),
        candidate('a:3', 'normal', '2023-12-10T05:00:00Z'),
      ],
      maxSeconds: 600,
      since: '2023-12-10T01:00:00Z',
    })
    expect(chosen.map((c) => c.key)).toEqual(['a:3'])
  })

  it('takes an item that fills the bulletin exactly', () => {
    const { chosen, seconds } = selectBulletinItems({ candidates: [candidate('a:1', 'normal', '2023-12-10T01:00:00Z', 40)], maxSeconds: 60, reservedSeconds: 20 })
    expect(chosen.map((c) => c.key)).toEqual(['a:1'])
    expect(seconds).toBe(60)
  })

  it('leaves out an item that went live at the very instant of the last bulletin', () => {
    const { chosen } = selectBulletinItems({
      candidates: [candidate('a:1', 'normal', '2023-12-10T01:00:00Z'), candidate('a:2', 'normal', '2023-12-10T01:00:01Z')],
      maxSeconds: 600,
      since: '2023-12-10T01:00:00Z',
    })
    expect(chosen.map((c) => c.key)).toEqual(['a:2'])
  })

  it('chooses nothing when nothing fits', () => {
    expect(selectBulletinItems({ candidates: [candidate('a:1', 'emergency', '2023-12-10T00:00:00Z', 90)], maxSeconds: 60 }).chosen).toEqual([])
  })

  it('gives the bulletin the highest priority of its items', () => {
    expect(highestPriority([])).toBe('normal')
    expect(highestPriority(['normal', 'emergency', 'priority'])).toBe('emergency')
    expect(highestPriority(['normal', 'priority'])).toBe('priority')
  })
})

describe('buildBulletinScript', () => {
  it('joins intro, items and outro as paragraphs, dropping empty parts', () => {
    expect(buildBulletinScript({ intro: 'Kính thưa bà con.', items: ['Tin một.\r\n\r\n\r\nĐoạn hai.', '  ', 'Tin hai.'], outro: null })).toBe(
      'Kính thưa bà con.\n\nTin một.\n\nĐoạn hai.\n\nTin hai.',
    )
    expect(buildBulletinScript({ items: [] })).toBe('')
  })

  it('reads a lone carriage return as a line break', () => {
    expect(buildBulletinScript({ items: ['Dòng một.\rDòng hai.\r\r\r\rĐoạn hai.'] })).toBe('Dòng một.\nDòng hai.\n\nĐoạn hai.')
  })

  it('titles a bulletin by its slot and priority', () => {
    expect(bulletinTitle({ date: '2023-12-10', priority: 'normal', slot: '17:00' })).toBe('Bản tin 17:00 ngày 10/12/2023')
    expect(bulletinTitle({ date: '2023-12-10', priority: 'emergency', slot: '06:00' })).toBe('Bản tin khẩn cấp 06:00 ngày 10/12/2023')
    expect(bulletinTitle({ date: '2023-12-10', priority: 'priority', slot: '11:30' })).toBe('Bản tin ưu tiên 11:30 ngày 10/12/2023')
  })

  it('titles a bulletin by the day part of a full timestamp', () => {
    expect(bulletinTitle({ date: '2023-12-10T00:00:00.000Z', priority: 'normal', slot: '17:00' })).toBe('Bản tin 17:00 ngày 10/12/2023')
  })
})
