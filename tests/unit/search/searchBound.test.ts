import { describe, expect, it } from 'vitest'

import { boundedTotal } from '../../../src/search/searchBound'

describe('boundedTotal', () => {
  it.each([
    [0, { totalDocs: 0, totalIsLowerBound: false }],
    [1, { totalDocs: 1, totalIsLowerBound: false }],
    [1000, { totalDocs: 1000, totalIsLowerBound: false }],
    [1001, { totalDocs: 1000, totalIsLowerBound: true }],
  ])('%i found with a bound of 1,000 reads as %j', (found, total) => {
    expect(boundedTotal({ bound: 1000, found })).toEqual(total)
  })
})
