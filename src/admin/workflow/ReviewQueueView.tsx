// Admin view /admin/review-queue ("Hàng chờ duyệt"): what is waiting for this reviewer's decision, oldest first.
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame, requireLogin } from '../AdminViewFrame'
import { loadReviewQueue } from './loadReviewQueue'
import { StatusBadge } from './StatusBadge'
import { formatDateTime, uiLanguage, WORDS } from './words'

export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  requireLogin(initPageResult, '/review-queue')
  const language = uiLanguage(req.i18n?.language)
  const w = (key: keyof typeof WORDS) => WORDS[key][language]
  const { entries, isReviewer } = await loadReviewQueue({ language, req })

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="nguon-queue" data-testid="review-queue">
        <h1>
          {w('reviewQueue')} {isReviewer && <span className="nguon-queue__count">({entries.length})</span>}
        </h1>
        {!isReviewer ? (
          <p>{w('onlyReviewers')}</p>
        ) : (
          <>
            <p className="nguon-queue__intro">{w('queueIntro')}</p>
            {entries.length === 0 ? (
              <p data-testid="review-queue-empty">{w('emptyQueue')}</p>
            ) : (
              <div className="table">
                <table cellPadding={0} cellSpacing={0}>
                  <thead>
                    <tr>
                      <th>{w('title')}</th>
                      <th>{w('collection')}</th>
                      <th>{w('unit')}</th>
                      <th>{w('author')}</th>
                      <th>{w('submittedAt')}</th>
                      <th>{w('status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry) => (
                      <tr data-collection={entry.collection} data-id={String(entry.id)} key={`${entry.collection}:${entry.id}`}>
                        <td>
                          <a href={`${adminRoute}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a>
                        </td>
                        <td>{entry.collectionLabel}</td>
                        <td>{entry.unit}</td>
                        <td>{entry.author}</td>
                        <td>{formatDateTime(entry.submittedAt, language)}</td>
                        <td>
                          <StatusBadge language={language} state="in_review" />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </div>
    </AdminViewFrame>
  )
}
