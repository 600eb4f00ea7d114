// Admin view /admin/about ("Giới thiệu"): the version, the database and what its schema was last upgraded by,
// the licence and where the source and the third-party notices are.
import type { AdminViewServerProps } from 'payload'

import { APP_VERSION } from '../../release/version'
import { SCHEMA_RECORD_KEY } from '../../schema/migrateOnStart'
import { AdminViewFrame, requireLogin } from '../AdminViewFrame'
import { formatDateTime, uiLanguage } from '../workflow/words'
import { ABOUT_WORDS } from './words'

type SchemaRecord = { at?: string; version?: string }

export async function AboutView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  requireLogin(initPageResult, '/about')
  const language = uiLanguage(req.i18n?.language)
  const w = (key: keyof typeof ABOUT_WORDS) => ABOUT_WORDS[key][language]
  const schema = (await req.payload.kv.get(SCHEMA_RECORD_KEY).catch(() => null)) as null | SchemaRecord

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="nguon-about" data-testid="about">
        <h1>{w('aboutNguon')}</h1>
        <dl>
          <dt>{w('version')}</dt>
          <dd data-testid="about-version">{`Nguồn ${APP_VERSION}`}</dd>
          <dt>{w('database')}</dt>
          <dd>
            {req.payload.db.name}
            {schema?.version && (
              <>
                {' '}
                ({w('schemaBy')} {schema.version}
                {schema.at ? `, ${formatDateTime(schema.at, language)}` : ''})
              </>
            )}
          </dd>
          <dt>{w('licence')}</dt>
          <dd>
            {w('licenceText')} <a href="/LICENSE">{w('licenceLink')}</a>
          </dd>
          <dt>{w('source')}</dt>
          <dd>{w('sourceText')}</dd>
          <dt>{w('noticesLink')}</dt>
          <dd>
            {w('noticesText')} <a href="/THIRD-PARTY-NOTICES">{w('noticesLink')}</a>
          </dd>
        </dl>
      </div>
    </AdminViewFrame>
  )
}
