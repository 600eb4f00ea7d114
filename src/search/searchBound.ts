// What a search's total means when the engines count at most a bound of matches; pure.

/**
 * The total of a search whose engine looked for at most `bound` + 1 readable matches and found `found`: exact up to
 * the bound; past it the bound itself, flagged as a lower bound (the pages then rank the first `bound` matches found).
 */
export function boundedTotal({ bound, found }: { bound: number; found: number }): { totalDocs: number; totalIsLowerBound: boolean } {
  return found > bound ? { totalDocs: bound, totalIsLowerBound: true } : { totalDocs: found, totalIsLowerBound: false }
}
