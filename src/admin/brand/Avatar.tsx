'use client'
// The account picture: the user's initials, drawn here (no gravatar: it would send each user's e-mail hash abroad and fail offline).
import { useAuth } from '@payloadcms/ui'

import { initialsOf } from './initials'

export function NguonAvatar() {
  const { user } = useAuth()
  const person = user as null | { email?: string; name?: string }
  return (
    <span aria-hidden="true" className="nguon-avatar" data-testid="nguon-avatar">
      {initialsOf(person?.name, person?.email)}
    </span>
  )
}
