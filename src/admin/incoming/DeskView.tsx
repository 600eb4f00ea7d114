// Admin view /admin/tin-den ("Tin đến"): the incoming desk by source, upstream status and language, each item with a
// preview, what changed at the source, and the buttons that adapt it into a draft (editors only).
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame, requireLogin } from '../AdminViewFrame'
import { formatDateTime, uiLanguage, type UiLanguage } from '../workflow/words'
import { AdaptButtons } from './AdaptButtons'
import { DiffText } from './DiffText'
import { type DeskFilters, deskFilters, type DeskRow, loadDesk, PUB_STATUSES } from './loadDesk'
import { DESK_WORDS, PUB_STATUS_WORDS } from './words'

const pageHref = (base: string, filters: DeskFilters, page: number) => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...filters, page: page > 1 ? page : undefined })) if (value !== undefined) query.set(key, String(value))
  const text = query.toString()
  return text ? `${base}?${text}` : base
}

function DeskItem({ adminRoute, canAdapt, language, row }: { adminRoute: string; canAdapt: boolean; language: UiLanguage; row: DeskRow }) {
  const w = (key: keyof typeof DESK_WORDS) => DESK_WORDS[key][language]
  const headingId = `desk-item-${row.id}`
  return (
    <article aria-labelledby={headingId} className="nguon-desk__item" data-id={String(row.id)} data-pub-status={row.pubStatus} data-testid="desk-item">
      <h2 id={headingId}>
        <a href={`${adminRoute}/collections/incoming/${row.id}`}>{row.title}</a>
      </h2>
      <p className="nguon-home__meta">
        {row.sourceName} · <span className={`nguon-desk__status nguon-desk__status--${row.pubStatus}`}>{PUB_STATUS_WORDS[row.pubStatus][language]}</span>
        {row.language && <> · {row.language}</>}
        {row.publishedAt && (
          <>
            {' '}
            · {w('publishedAt')} {formatDateTime(row.publishedAt)}
          </>
        )}
        {row.upstreamChangedAt && (
          <>
            {' '}
            · {w('changedAt')} {formatDateTime(row.upstreamChangedAt)}
          </>
        )}
        {row.versionCount > 0 && <> · {row.versionCount} {w('versions')}</>}
        {row.link && (
          <>
            {' '}
            ·{' '}
            <a href={row.link} rel="noopener noreferrer nofollow" target="_blank">
              {w('openAtSource')}
            </a>
          </>
        )}
      </p>
      <p>{row.summary || <span className="nguon-home__meta">{w('noSummary')}</span>}</p>
      {row.previewHtml && (
        <details className="nguon-desk__preview">
          <summary>{w('preview')}</summary>
          {/* The stored body is sanitised at ingest and again by previewHtml(): no script, style, frame or picture remains. */}
          <div className="nguon-desk__body" dangerouslySetInnerHTML={{ __html: row.previewHtml }} lang={row.language ?? undefined} />
        </details>
      )}
      {row.change && (
        <details className="nguon-desk__changes" data-testid="desk-changes" open>
          <summary>
            {w('changes')} <span className="nguon-home__meta">({w('changesIntro')})</span>
          </summary>
          <dl>
            <dt>{w('title')}</dt>
            <dd>
              <DiffText parts={row.change.title} />
            </dd>
            <dt>{w('summary')}</dt>
            <dd>
              <DiffText parts={row.change.summary} />
            </dd>
            <dt>{w('body')}</dt>
            <dd>
              <DiffText parts={row.change.body} />
            </dd>
          </dl>
        </details>
      )}
      {canAdapt && row.pubStatus === 'usable' && <AdaptButtons incomingId={row.id} />}
    </article>
  )
}

export async function DeskView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  requireLogin(initPageResult, '/tin-den')
  const language = uiLanguage(req.i18n?.language)
  const w = (key: keyof typeof DESK_WORDS) => DESK_WORDS[key][language]
  const filters = deskFilters((searchParams ?? {}) as Record<string, string | string[] | undefined>)
  const desk = await loadDesk({ filters, payload: req.payload, user: req.user as never })
  const base = `${adminRoute}/tin-den`

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="nguon-desk" data-testid="desk">
        <h1>
          {w('desk')} {desk.allowed && <span className="nguon-queue__count">({desk.totalDocs} {w('total')})</span>}
        </h1>
        {!desk.allowed ? (
          <p>{w('onlyStaff')}</p>
        ) : (
          <>
            <p className="nguon-queue__intro">{w('deskIntro')}</p>
            <form action={base} aria-label={w('filters')} className="nguon-desk__filters" method="get" role="search">
              <label>
                {w('source')}
                <select defaultValue={filters.source ?? ''} name="source">
                  <option value="">{w('all')}</option>
                  {desk.sources.map((source) => (
                    <option key={String(source.id)} value={String(source.id)}>
                      {source.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {w('status')}
                <select defaultValue={filters.pubStatus ?? ''} name="pubStatus">
                  <option value="">{w('all')}</option>
                  {PUB_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {PUB_STATUS_WORDS[status][language]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {w('language')}
                <select defaultValue={filters.language ?? ''} name="language">
                  <option value="">{w('all')}</option>
                  {[...new Set([...desk.languages, ...(filters.language ? [filters.language] : [])])].map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </select>
              </label>
              <button className="btn btn--style-primary btn--size-small" type="submit">
                {w('filter')}
              </button>
            </form>
            {desk.rows.length === 0 ? (
              <p data-testid="desk-empty">{w('empty')}</p>
            ) : (
              desk.rows.map((row) => <DeskItem adminRoute={adminRoute} canAdapt={desk.canAdapt} key={String(row.id)} language={language} row={row} />)
            )}
            {desk.totalPages > 1 && (
              <nav aria-label={w('page')} className="nguon-desk__pages">
                {desk.page > 1 && <a href={pageHref(base, filters, desk.page - 1)}>{w('previous')}</a>}
                <span>
                  {w('page')} {desk.page}/{desk.totalPages}
                </span>
                {desk.page < desk.totalPages && <a href={pageHref(base, filters, desk.page + 1)}>{w('next')}</a>}
              </nav>
            )}
          </>
        )}
      </div>
    </AdminViewFrame>
  )
}
