// A word diff as text: removed words struck through, added ones underlined; usable on server and client.
import type { DiffPart } from './wordDiff'

export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <span className="nguon-diff">
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  )
}
