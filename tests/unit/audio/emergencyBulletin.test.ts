import { describe, expect, it } from 'vitest'

import { isEmergencyBroadcast, vietnamDateAndSlot } from '../../../src/audio/emergencyBulletin'

describe('emergency broadcasts', () => {
  it('are emergency items on the loudspeaker channel, and never bulletins themselves', () => {
    expect(isEmergencyBroadcast('articles', { channels: ['radio', 'loudspeaker'], id: 1, priority: 'emergency' })).toBe(true)
    expect(isEmergencyBroadcast('slogans', { channels: ['loudspeaker'], id: 1, priority: 'emergency' })).toBe(true)
    expect(isEmergencyBroadcast('articles', { channels: ['loudspeaker'], id: 1, priority: 'priority' })).toBe(false)
    expect(isEmergencyBroadcast('articles', { channels: ['newspaper'], id: 1, priority: 'emergency' })).toBe(false)
    expect(isEmergencyBroadcast('articles', { channels: null, id: 1, priority: 'emergency' })).toBe(false)
    expect(isEmergencyBroadcast('bulletins', { channels: ['loudspeaker'], id: 1, priority: 'emergency' })).toBe(false)
  })

  it('air at the minute they are made, in Vietnam time', () => {
    expect(vietnamDateAndSlot(new Date('2023-12-09T23:07:59Z'))).toEqual({ date: '2023-12-10', slot: '06:07' })
    expect(vietnamDateAndSlot(new Date('2023-12-10T16:59:00Z'))).toEqual({ date: '2023-12-10', slot: '23:59' })
    expect(vietnamDateAndSlot(new Date('2023-12-10T17:00:00Z'))).toEqual({ date: '2023-12-11', slot: '00:00' })
  })
})
