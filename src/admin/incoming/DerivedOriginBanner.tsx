// Above the form of an item adapted from the desk whose upstream item changed or was withdrawn since: says so, when,
// and links to the desk row. A server component: it reads the row with the user's own access.
import type { UIFieldServerProps } from 'payload'

import { formatDateTime, uiLanguage } from '../workflow/words'
import { loadOriginChange } from './loadChangedOrigins'
import type { DerivedFrom } from './originChange'
import { BANNER_WORDS, originChangeText } from './words'

export async function DerivedOriginBanner({ data, i18n, req }: UIFieldServerProps) {
  const derivedFrom = (data as { derivedFrom?: DerivedFrom } | undefined)?.derivedFrom
  if (!derivedFrom?.incoming) return null
  const change = await loadOriginChange({ derivedFrom, payload: req.payload, user: req.user as never })
  if (!change) return null
  const language = uiLanguage(i18n?.language)
  const at = 'at' in change && change.at ? formatDateTime(change.at) : ''
  return (
    <div className="nguon-origin-banner" data-change={change.kind} data-testid="derived-origin-banner" role="status">
      <p>
        <strong>{originChangeText(change, at, language)}</strong> {BANNER_WORDS.check[language]}
      </p>
      {change.kind !== 'gone' && (
        <p>
          <a href={`${req.payload.config.routes.admin}/collections/incoming/${encodeURIComponent(derivedFrom.incoming)}`}>{BANNER_WORDS.openDeskRow[language]}</a>
        </p>
      )}
    </div>
  )
}
