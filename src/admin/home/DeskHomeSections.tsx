// The home page's part of the incoming desk: the sources' health (admins) and adapted items whose origin changed
// (reviewers and admins always; editors when their unit has any).
import type { PayloadRequest } from 'payload'

import { canReview, type RoleHolder } from '../../access/roles'
import { loadChangedOrigins } from '../incoming/loadChangedOrigins'
import { loadSourceHealth } from '../incoming/loadSourceHealth'
import { needsAttention } from '../incoming/sourceHealth'
import { HEALTH_WORDS, HOME_DESK_WORDS, originChangeText } from '../incoming/words'
import { formatDateTime, type UiLanguage } from '../workflow/words'

export async function DeskHomeSections({ language, req }: { language: UiLanguage; req: PayloadRequest }) {
  const adminRoute = req.payload.config.routes.admin
  const user = req.user as never
  const w = (key: keyof typeof HOME_DESK_WORDS) => HOME_DESK_WORDS[key][language]
  const [health, changed] = await Promise.all([loadSourceHealth({ payload: req.payload, user }), loadChangedOrigins({ limit: 20, payload: req.payload, user })])
  const showChanged = canReview(req.user as null | RoleHolder) || changed.length > 0
  const failing = health?.filter((source) => needsAttention(source.health)).length ?? 0

  return (
    <>
      {showChanged && (
        <section aria-labelledby="home-changed-origins-title" className="nguon-home__card" data-testid="home-changed-origins">
          <h2 id="home-changed-origins-title">
            {w('changedOrigins')} ({changed.length})
          </h2>
          {changed.length === 0 ? (
            <p className="nguon-home__meta">{w('noChangedOrigins')}</p>
          ) : (
            <>
              <p className="nguon-home__meta">{w('changedOriginsIntro')}</p>
              <ul className="nguon-home__items">
                {changed.map((entry) => (
                  <li data-change={entry.change.kind} data-collection={entry.collection} data-id={String(entry.id)} key={`${entry.collection}:${entry.id}`}>
                    <a href={`${adminRoute}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a>{' '}
                    <span className="nguon-home__meta">
                      · {entry.sourceName ? `${entry.sourceName} · ` : ''}
                      {originChangeText(entry.change, 'at' in entry.change ? formatDateTime(entry.change.at) : '', language)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {health && (
        <section aria-labelledby="home-source-health-title" className="nguon-home__card" data-testid="home-source-health">
          <h2 id="home-source-health-title">
            {w('sourceHealth')}
            {failing > 0 && (
              <>
                {' '}
                <span className="nguon-source-flag">
                  ({failing} {w('sourcesNeedAttention')})
                </span>
              </>
            )}
          </h2>
          <p>
            <a href={`${adminRoute}/tin-den`}>{w('openDesk')}</a>
          </p>
          {health.length === 0 ? (
            <p className="nguon-home__meta">{w('noSources')}</p>
          ) : (
            <ul className="nguon-home__items">
              {health.map((source) => (
                <li data-health={source.health} data-id={String(source.id)} key={String(source.id)}>
                  <a href={`${adminRoute}/collections/sources/${source.id}`}>{source.name}</a>{' '}
                  <span className={needsAttention(source.health) ? 'nguon-source-flag' : 'nguon-home__meta'}>— {HEALTH_WORDS[source.health][language]}</span>
                  <span className="nguon-home__meta">
                    {' '}
                    · {w('lastSuccess')}: {source.lastSuccessAt ? formatDateTime(source.lastSuccessAt) : w('never')}
                    {source.active && source.nextPollAt && (
                      <>
                        {' '}
                        · {w('nextPoll')}: {formatDateTime(source.nextPollAt)}
                      </>
                    )}
                    {source.failures > 0 && (
                      <>
                        {' '}
                        · {source.failures} {w('consecutiveFailures')}
                      </>
                    )}
                  </span>
                  {source.lastError && source.failures > 0 && (
                    <blockquote className="nguon-home__note">
                      <strong>{w('lastError')}:</strong> {source.lastError}
                    </blockquote>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  )
}
