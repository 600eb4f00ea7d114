'use client'
// The account picture: the user's initials, drawn here (no gravatar: it would send each user's e-mail hash abroad and fail offline).
import { useAuth } from '@payloadcms/ui'

/** "Biên tập viên Sở TT&TT" → "BS"; an e-mail address gives its first letter. */
export const initialsOf = (name: null | string | undefined, email: null | string | undefined): string => {
  const words = (name ?? '').trim().split(/\s+/).filter((word) => /^\p{L}/u.test(word))
  if (words.length >= 2) return (words[0]![0]! + words.at(-1)![0]!).toLocaleUpperCase('vi')
  if (words.length === 1) return words[0]!.slice(0, 2).toLocaleUpperCase('vi')
  return (email ?? '?').slice(0, 1).toLocaleUpperCase('vi')
}

export function NguonAvatar() {
  const { user } = useAuth()
  const person = user as null | { email?: string; name?: string }
  return (
    <span aria-hidden="true" className="nguon-avatar" data-testid="nguon-avatar">
      {initialsOf(person?.name, person?.email)}
    </span>
  )
}
