// Which parts of the home page a user sees, from their roles: the day's work of an editor, a reviewer and the standing office.
import { hasRole, type RoleHolder } from '../../access/roles'

export type HomeSection = 'campaign' | 'myWork' | 'queue'

/**
 * Editors see their own work (drafts, items sent back with the note, items waiting, recently published); reviewers the
 * queue; someone who both writes and reviews (the standing office, chief@) and admins also the campaign's deadline and
 * the units at risk. The order is the order on the page.
 */
export function homeSections(user: null | RoleHolder | undefined): HomeSection[] {
  const isEditor = hasRole(user, 'editor')
  const isReviewer = hasRole(user, 'reviewer')
  const isAdmin = hasRole(user, 'admin')
  const sections: HomeSection[] = []
  if (isAdmin || (isEditor && isReviewer)) sections.push('campaign')
  if (isReviewer || isAdmin) sections.push('queue')
  if (isEditor) sections.push('myWork')
  return sections
}
