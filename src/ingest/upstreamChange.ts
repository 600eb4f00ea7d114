// Whether the origin of an item adapted from the incoming desk moved since it was adapted. Pure, no Payload import.

/** What happened upstream since adapting: updated, withdrawn (withheld or canceled), or the desk row is gone. */
export type UpstreamChange = 'gone' | 'updated' | 'withdrawn'

export type DerivedOrigin = { adaptedAt?: null | string; incoming?: null | string }
export type DeskRowState = { pubStatus?: null | string; upstreamChangedAt?: null | string }

const timeOf = (value: null | string | undefined): null | number => {
  // Stryker disable next-line StringLiteral: equivalent, any text in place of '' that is not a date parses as NaN too
  const time = Date.parse(value ?? '')
  return Number.isNaN(time) ? null : time
}

/**
 * `null` when nothing moved (or the item was not adapted). `row` is the desk row the item names, `null` when it no
 * longer exists (deleted with its source). A withdrawal outranks an update: the copy must not be used.
 */
export function upstreamChange({ derivedFrom, row }: { derivedFrom: DerivedOrigin | null | undefined; row: DeskRowState | null }): null | UpstreamChange {
  if (!derivedFrom?.incoming) return null
  if (!row) return 'gone'
  if (row.pubStatus === 'withheld' || row.pubStatus === 'canceled') return 'withdrawn'
  const changed = timeOf(row.upstreamChangedAt)
  if (changed === null) return null
  const adapted = timeOf(derivedFrom.adaptedAt)
  // Without a recorded adaptation time any recorded change may be newer than the copy: say so.
  // Stryker disable next-line ConditionalExpression: equivalent for times after 1970, as `changed > null` compares with 0
  return adapted === null || changed > adapted ? 'updated' : null
}

/** The banner's words for each change, Vietnamese first. */
export const UPSTREAM_CHANGE_WORDS: Record<UpstreamChange, { en: string; vi: string }> = {
  gone: { en: 'The incoming item this was adapted from no longer exists (its source was removed).', vi: 'Tin đầu vào gốc không còn (nguồn đã bị xóa).' },
  updated: { en: 'The source has updated the item this was adapted from; check the changes.', vi: 'Nguồn đã sửa tin gốc sau khi biên tập lại; hãy kiểm tra thay đổi.' },
  withdrawn: { en: 'The source has withdrawn the item this was adapted from.', vi: 'Nguồn đã rút (tạm giữ hoặc hủy) tin gốc.' },
}
