// A word-level diff of two plain texts (an incoming item's earlier upstream version against its current one), for the desk.

export type DiffPart = { kind: 'added' | 'removed' | 'same'; text: string }

/** Above this many words on either side the texts are shown as one removal and one addition (the table is n × m). */
const MAX_WORDS = 1500

/** Words with the spaces after them, so that joining the parts gives back each text exactly. */
export const words = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? []

const push = (parts: DiffPart[], kind: DiffPart['kind'], text: string) => {
  const last = parts[parts.length - 1]
  if (last?.kind === kind) last.text += text
  else parts.push({ kind, text })
}

/** The parts of `before` kept, removed and added in `after`, in reading order; words compare by their letters, not their spacing. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before)
  const b = words(after)
  const parts: DiffPart[] = []
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    if (before) parts.push({ kind: 'removed', text: before })
    if (after) parts.push({ kind: 'added', text: after })
    return parts
  }
  const key = (token: string) => token.trim()
  // lengths[i][j]: the longest common run of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = key(a[i]!) === key(b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      push(parts, 'same', b[j]!)
      i++
      j++
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push(parts, 'removed', a[i++]!)
    else push(parts, 'added', b[j++]!)
  }
  while (i < a.length) push(parts, 'removed', a[i++]!)
  while (j < b.length) push(parts, 'added', b[j++]!)
  return parts
}

/** Whether a diff changes anything. */
export const hasChanges = (parts: DiffPart[]): boolean => parts.some((part) => part.kind !== 'same')
