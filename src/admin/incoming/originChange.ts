// Whether the upstream item an adapted item came from changed since it was adapted, with what the banner and the
// reviewers' list show of it (when, which withdrawal). The decision itself is src/ingest/upstreamChange.ts.
import { type DerivedOrigin, type DeskRowState, upstreamChange } from '../../ingest/upstreamChange'

export type DerivedFrom = DerivedOrigin
export type { DeskRowState }

export type OriginChange =
  | { at: null | string; kind: 'withdrawn'; status: 'canceled' | 'withheld' }
  | { at: string; kind: 'updated' }
  | { kind: 'gone' }

/**
 * `row` is the desk row `derivedFrom.incoming` names, or null when it no longer exists (deleted with its source).
 * A withdrawal wins over an update; an item never adapted (no `incoming`) has no origin to change.
 */
export function originChange(derivedFrom: DerivedFrom | null | undefined, row: DeskRowState | null): null | OriginChange {
  const change = upstreamChange({ derivedFrom, row })
  if (change === null) return null
  if (change === 'gone' || !row) return { kind: 'gone' }
  if (change === 'withdrawn') return { at: row.upstreamChangedAt ?? null, kind: 'withdrawn', status: row.pubStatus as 'canceled' | 'withheld' }
  return { at: row.upstreamChangedAt!, kind: 'updated' }
}
