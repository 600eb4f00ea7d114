// The print formats' geometry without rendering anything: the sheets, the safe area and the containment test that
// every proof's text must pass (renderSloganProof.test.ts checks the rendered proofs against them).
import { describe, expect, it } from 'vitest'

import { isInside, PRINT_SHEETS, PROOF_FORMATS, SAFE_MARGIN, safeBoxOf } from '../../../src/proofs/formats'

describe('print formats', () => {
  it('are the banner, the pano and the poster, each with its real size and layout grid', () => {
    expect(PROOF_FORMATS).toEqual(['banner', 'pano', 'poster'])
    expect(PRINT_SHEETS).toEqual({
      banner: { heightMm: 800, heightPx: 400, widthMm: 6000, widthPx: 3000 },
      pano: { heightMm: 3000, heightPx: 1500, widthMm: 6000, widthPx: 3000 },
      poster: { heightMm: 594, heightPx: 3508, widthMm: 420, widthPx: 2480 },
    })
    expect(SAFE_MARGIN).toBe(0.05)
  })
})

describe('safeBoxOf', () => {
  it('keeps 5 % of each edge clear, rounded inwards, on every sheet', () => {
    expect(safeBoxOf(3000, 1500)).toEqual({ height: 1350, width: 2700, x: 150, y: 75 })
    // 5 % of 1001 and 999 are 50.05 and 49.95: the margins round up, so the box shrinks rather than grows.
    expect(safeBoxOf(1001, 999)).toEqual({ height: 899, width: 899, x: 51, y: 50 })
    expect(safeBoxOf(10, 10)).toEqual({ height: 8, width: 8, x: 1, y: 1 })
  })
})

describe('isInside', () => {
  const outer = { height: 100, width: 200, x: 10, y: 20 }

  it('accepts a box inside, and one touching each edge from within', () => {
    expect(isInside({ height: 10, width: 10, x: 50, y: 50 }, outer)).toBe(true)
    expect(isInside(outer, outer)).toBe(true)
    expect(isInside({ height: 1, width: 1, x: 10, y: 20 }, outer)).toBe(true)
    expect(isInside({ height: 1, width: 1, x: 209, y: 119 }, outer)).toBe(true)
  })

  it.each([
    ['left', { height: 10, width: 10, x: 9, y: 50 }],
    ['top', { height: 10, width: 10, x: 50, y: 19 }],
    ['right', { height: 10, width: 10, x: 201, y: 50 }],
    ['bottom', { height: 10, width: 10, x: 50, y: 111 }],
    ['every side', { height: 102, width: 202, x: 9, y: 19 }],
  ])('refuses a box one unit past the %s edge', (_edge, inner) => {
    expect(isInside(inner, outer)).toBe(false)
  })
})
