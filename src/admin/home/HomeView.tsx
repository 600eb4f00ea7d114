// The admin's home page (replaces Payload's collection cards): what each user has to do next, by role.
import type { AdminViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import { formatDateTime, formatDay } from '../../i18n/dates'
import { StatusBadge } from '../workflow/StatusBadge'
import { uiLanguage, type UiLanguage } from '../workflow/words'
import { DeskHomeSections } from './DeskHomeSections'
import { type HomeItem, itemHref, loadHome, type UnitAtRisk } from './loadHome'

const WORDS = {
  allDone: { en: 'Nothing here.', vi: 'Không có gì.' },
  campaign: { en: 'Campaign', vi: 'Chiến dịch' },
  campaignProgress: { en: 'Campaign progress', vi: 'Tiến độ chiến dịch' },
  daysLeft: { en: 'days left', vi: 'ngày nữa' },
  drafts: { en: 'Your drafts', vi: 'Bản nháp của bạn' },
  ends: { en: 'Ends', vi: 'Kết thúc' },
  greeting: { en: 'Hello', vi: 'Xin chào' },
  inReview: { en: 'Waiting for review', vi: 'Đang chờ duyệt' },
  newArticle: { en: 'New article', vi: 'Viết bài mới' },
  noCampaign: { en: 'No campaign yet.', vi: 'Chưa có chiến dịch nào.' },
  noQueue: { en: 'Nothing is waiting for your review.', vi: 'Không có tin bài nào đang chờ bạn duyệt.' },
  noRisk: { en: 'Every assigned unit has published something.', vi: 'Mọi đơn vị được giao đều đã có tin bài được đăng.' },
  oldest: { en: 'Waiting longest', vi: 'Chờ lâu nhất' },
  overdueBy: { en: 'overdue by', vi: 'quá hạn' },
  published: { en: 'Recently published (your unit)', vi: 'Mới đăng (đơn vị của bạn)' },
  queue: { en: 'Review queue', vi: 'Hàng chờ duyệt' },
  queueSize: { en: 'items waiting for your decision', vi: 'tin bài đang chờ bạn duyệt' },
  reportDue: { en: 'Report due', vi: 'Hạn báo cáo' },
  reviewerNote: { en: "Reviewer's note", vi: 'Ghi chú của người duyệt' },
  sentBack: { en: 'Sent back to you', vi: 'Bị trả lại cần sửa' },
  since: { en: 'submitted', vi: 'gửi lúc' },
  today: { en: 'due today', vi: 'đến hạn hôm nay' },
  unitsAtRisk: { en: 'Units at risk', vi: 'Đơn vị có nguy cơ chậm' },
  yourWork: { en: 'Your work', vi: 'Việc của bạn' },
} as const

const RISK_WORDS: Record<UnitAtRisk['flag'], { en: string; vi: string }> = {
  'deadline-near': { en: 'nothing published, deadline near', vi: 'chưa có tin bài được đăng, sắp đến hạn' },
  'none-published': { en: 'nothing published yet', vi: 'chưa có tin bài được đăng' },
  overdue: { en: 'nothing published, overdue', vi: 'chưa có tin bài được đăng, đã quá hạn' },
}

function countdown(daysLeft: null | number, language: UiLanguage): string {
  if (daysLeft === null) return ''
  if (daysLeft < 0) return `${WORDS.overdueBy[language]} ${-daysLeft} ${language === 'en' ? 'days' : 'ngày'}`
  if (daysLeft === 0) return WORDS.today[language]
  return `${language === 'en' ? '' : 'còn '}${daysLeft} ${WORDS.daysLeft[language]}`.trim()
}

function ItemList({ adminRoute, items, language, testId, withNote = false }: { adminRoute: string; items: HomeItem[]; language: UiLanguage; testId: string; withNote?: boolean }) {
  if (items.length === 0) return <p className="nguon-home__empty">{WORDS.allDone[language]}</p>
  return (
    <ul className="nguon-home__items" data-testid={testId}>
      {items.map((item) => (
        <li data-collection={item.collection} data-id={String(item.id)} key={`${item.collection}:${item.id}`}>
          <a href={itemHref(adminRoute, item)}>{item.title}</a> <span className="nguon-home__meta">· {item.collectionLabel} · {formatDateTime(item.updatedAt)}</span>{' '}
          <StatusBadge language={language} state={item.state} />
          {withNote && item.note && (
            <blockquote className="nguon-home__note" data-testid="home-review-note">
              <strong>{WORDS.reviewerNote[language]}:</strong> {item.note}
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  )
}

export async function HomeView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const language = uiLanguage(req.i18n?.language)
  const w = (key: keyof typeof WORDS) => WORDS[key][language]
  const home = await loadHome({ language, req })
  const user = req.user as null | { email?: string; name?: string }

  return (
    <Gutter>
      <div className="nguon-home" data-sections={home.sections.join(' ')} data-testid="home">
        <h1>
          {w('greeting')}, {user?.name ?? user?.email}
        </h1>
        <nav className="nguon-home__links" data-testid="home-links">
          {home.queue && (
            <a className="btn btn--style-primary btn--size-medium" href={`${adminRoute}/review-queue`} id="home-review-queue">
              {w('queue')} ({home.queue.size})
            </a>
          )}
          <a className="btn btn--style-secondary btn--size-medium" href={`${adminRoute}/campaign-progress`} id="home-campaign-progress">
            {w('campaignProgress')}
          </a>
          {home.myWork && (
            <a className="btn btn--style-secondary btn--size-medium" href={`${adminRoute}/collections/articles/create`} id="home-new-article">
              {w('newArticle')}
            </a>
          )}
        </nav>

        {home.sections.includes('campaign') && (
          <section className="nguon-home__card" data-testid="home-campaign">
            <h2>{w('campaign')}</h2>
            {!home.campaign ? (
              <p>{w('noCampaign')}</p>
            ) : (
              <>
                <p>
                  <strong>{home.campaign.title}</strong>
                  {home.campaign.endsAt && (
                    <>
                      {' '}
                      · {w('ends')} {formatDay(home.campaign.endsAt)}
                    </>
                  )}
                  {home.campaign.reportDueAt && (
                    <>
                      {' '}
                      · {w('reportDue')} <span data-testid="home-deadline">{formatDay(home.campaign.reportDueAt)}</span>{' '}
                      <b>({countdown(home.campaign.daysLeft, language)})</b>
                    </>
                  )}
                </p>
                <h3>
                  {w('unitsAtRisk')} ({home.campaign.unitsAtRisk.length}/{home.campaign.unitsTotal})
                </h3>
                {home.campaign.unitsAtRisk.length === 0 ? (
                  <p>{w('noRisk')}</p>
                ) : (
                  <ul className="nguon-home__risks" data-testid="home-units-at-risk">
                    {home.campaign.unitsAtRisk.map((unit) => (
                      <li data-flag={unit.flag} data-unit={unit.code} key={unit.code}>
                        <a href={`${adminRoute}/campaign-progress?campaign=${home.campaign!.id}#unit-${unit.code}`}>{unit.name}</a>{' '}
                        <span className="nguon-home__meta">({unit.code}) — {RISK_WORDS[unit.flag][language]}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        )}

        {home.queue && (
          <section className="nguon-home__card" data-testid="home-queue">
            <h2>{w('queue')}</h2>
            {home.queue.size === 0 ? (
              <p>{w('noQueue')}</p>
            ) : (
              <>
                <p>
                  <b data-testid="home-queue-size">{home.queue.size}</b> {w('queueSize')}
                </p>
                {home.queue.oldest && (
                  <p data-testid="home-queue-oldest">
                    {w('oldest')}:{' '}
                    <a href={itemHref(adminRoute, home.queue.oldest)}>{home.queue.oldest.title}</a>{' '}
                    <span className="nguon-home__meta">
                      · {home.queue.oldest.unit} · {w('since')} {formatDateTime(home.queue.oldest.submittedAt)}
                    </span>
                  </p>
                )}
              </>
            )}
          </section>
        )}

        {home.myWork && (
          <section className="nguon-home__card" data-testid="home-my-work">
            <h2>{w('yourWork')}</h2>
            <h3>
              {w('sentBack')} ({home.myWork.sentBack.length})
            </h3>
            <ItemList adminRoute={adminRoute} items={home.myWork.sentBack} language={language} testId="home-sent-back" withNote />
            <h3>
              {w('drafts')} ({home.myWork.drafts.length})
            </h3>
            <ItemList adminRoute={adminRoute} items={home.myWork.drafts} language={language} testId="home-drafts" />
            <h3>
              {w('inReview')} ({home.myWork.inReview.length})
            </h3>
            <ItemList adminRoute={adminRoute} items={home.myWork.inReview} language={language} testId="home-in-review" />
            <h3>{w('published')}</h3>
            <ItemList adminRoute={adminRoute} items={home.myWork.published} language={language} testId="home-published" />
          </section>
        )}

        <DeskHomeSections language={language} req={req} />
      </div>
    </Gutter>
  )
}
