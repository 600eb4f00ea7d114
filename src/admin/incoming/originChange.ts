// Whether the upstream item an adapted item came from changed since it was adapted: the banner and the reviewers' list.

export type DerivedFrom = { adaptedAt?: null | string; incoming?: null | string }
export type DeskRowState = { pubStatus?: null | string; upstreamChangedAt?: null | string }

export type OriginChange =
  | { at: null | string; kind: 'withdrawn'; status: 'canceled' | 'withheld' }
  | { at: string; kind: 'updated' }
  | { kind: 'gone' }

/**
 * `row` is the desk row `derivedFrom.incoming` names, or null when it no longer exists (deleted with its source).
 * A withdrawal wins over an update; an item never adapted (no `incoming`) has no origin to change.
 */
export function originChange(derivedFrom: DerivedFrom | null | undefined, row: DeskRowState | null): null | OriginChange {
  if (!derivedFrom?.incoming) return null
  if (!row) return { kind: 'gone' }
  if (row.pubStatus === 'withheld' || row.pubStatus === 'canceled') return { at: row.upstreamChangedAt ?? null, kind: 'withdrawn', status: row.pubStatus }
  const changed = row.upstreamChangedAt ? Date.parse(row.upstreamChangedAt) : NaN
  if (!Number.isFinite(changed)) return null
  const adapted = derivedFrom.adaptedAt ? Date.parse(derivedFrom.adaptedAt) : NaN
  // Without an adaptation time the change cannot be shown to be older: say so rather than stay silent.
  if (Number.isFinite(adapted) && changed <= adapted) return null
  return { at: row.upstreamChangedAt!, kind: 'updated' }
}
