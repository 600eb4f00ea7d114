// Composes Nguồn's Payload configuration; settings come from src/settings.ts, the adapter from src/db.ts.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type CollectionConfig, type GlobalConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Briefs } from './collections/Briefs'
import { Bulletins } from './collections/Bulletins'
import { Campaigns } from './collections/Campaigns'
import { Deliveries } from './collections/Deliveries'
import { Fanouts } from './collections/Fanouts'
import { FeedFetches } from './collections/FeedFetches'
import { FeedGenerations } from './collections/FeedGenerations'
import { Incoming } from './collections/Incoming'
import { IngestReceipts } from './collections/IngestReceipts'
import { Media } from './collections/Media'
import { Outlets } from './collections/Outlets'
import { Slogans } from './collections/Slogans'
import { Sources } from './collections/Sources'
import { TalkingPoints } from './collections/TalkingPoints'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { answerUnusableInput } from './hooks/answerUnusableInput'
import { withObjectBodies, withObjectBodiesForCollection } from './hooks/requireObjectBody'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { BroadcastSettings } from './globals/BroadcastSettings'
import { FeedState } from './globals/FeedState'
import { ProofSettings } from './globals/ProofSettings'
import { isAdminUser } from './src/access/roles'
import { withAdminOnlyApiTab } from './src/admin/adminOnlyApiTab'
import { withContentLanguageAids } from './src/admin/contentLanguage/withContentLanguageAids'
import { databaseAdapter } from './src/db'
import { nguonEmailAdapter } from './src/email/adapter'
import { ADMIN_TRANSLATIONS } from './src/i18n/adminTranslations'
import { DATE_TIME_FORMAT } from './src/i18n/dates'
import { label } from './src/i18n/label'
import { mediaStoragePlugins } from './src/media/mediaStorage'
import { ensureSearchIndex } from './src/search/ensureSearchIndex'
import { searchMaintenanceTask } from './src/search/searchMaintenanceTask'
import { loadSettings } from './src/settings'
import { SCHEDULED_QUEUE } from './src/workflow/performWorkflowAction'
import { publishScheduledTask } from './src/workflow/publishScheduledTask'
import { DELIVERY_QUEUE, deliverWebhooksTask } from './src/delivery/deliverWebhooksTask'
import { BULLETINS_QUEUE } from './src/audio/bulletinAudio'
import { assembleBulletinTask, generateBulletinAudioTask } from './src/audio/bulletinTasks'
import { assembleEmergencyBulletinTask } from './src/audio/emergencyBulletin'
import { INGEST_QUEUE, pollSourcesTask } from './src/ingest/pollSourcesTask'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = loadSettings()

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — Nguồn' },
    dateFormat: DATE_TIME_FORMAT,
    // Initials drawn locally: no gravatar (it sends each user's e-mail hash abroad and fails offline).
    avatar: { Component: '/src/admin/brand/Avatar#NguonAvatar' },
    components: {
      // Nguồn's name, home, the review queue and campaign progress at the top of the navigation.
      beforeNavLinks: ['/src/admin/brand/NavHome#NavHome', '/src/admin/search/GlobalSearch#GlobalSearch'],
      // Works around Payload's content-language switch reading "undefined" for a moment after login.
      actions: ['/src/admin/contentLanguage/LocaleLabelGuard#LocaleLabelGuard'],
      graphics: { Icon: '/src/admin/brand/Icon#NguonIcon', Logo: '/src/admin/brand/Logo#NguonLogo' },
      afterNavLinks: ['/src/admin/incoming/DeskNavLink#DeskNavLink', '/src/admin/about/AboutNavLink#AboutNavLink'],
      views: {
        about: { Component: '/src/admin/about/AboutView#AboutView', exact: true, path: '/about' },
        // The home page by role instead of Payload's collection cards.
        dashboard: { Component: '/src/admin/home/HomeView#HomeView' },
        campaignProgress: { Component: '/src/admin/campaignProgress/CampaignProgressView#CampaignProgressView', exact: true, path: '/campaign-progress' },
        campaignProgressPrint: { Component: '/src/admin/campaignProgress/CampaignPrintView#CampaignPrintView', exact: true, path: '/campaign-progress/print' },
        desk: { Component: '/src/admin/incoming/DeskView#DeskView', exact: true, path: '/tin-den' },
        reviewQueue: { Component: '/src/admin/workflow/ReviewQueueView#ReviewQueueView', exact: true, path: '/review-queue' },
      },
    },
  },
  collections: ([
    Articles,
    TalkingPoints,
    Briefs,
    Slogans,
    Bulletins,
    Campaigns,
    Units,
    { ...(Media as CollectionConfig), upload: { ...(Media.upload as object), staticDir: path.join(settings.dataDir, 'media') } },
    Outlets,
    Users,
    WorkflowEvents,
    Deliveries,
    Fanouts,
    FeedFetches,
    FeedGenerations,
    Sources,
    Incoming,
    IngestReceipts,
  ] as CollectionConfig[])
    .map(withContentLanguageAids)
    .map(withAdminOnlyApiTab)
    .map(withObjectBodiesForCollection),
  db: databaseAdapter(settings.database),
  // Rich text embeds no uploads or relationships: media reaches an item only through its upload fields, which the
  // review rules and media access know (src/media/mediaUse.ts).
  editor: lexicalEditor({ features: ({ defaultFeatures }) => defaultFeatures.filter((feature) => !['relationship', 'upload'].includes(feature.key)) }),
  email: nguonEmailAdapter({ fromAddress: settings.mailFrom, smtpUrl: settings.smtpUrl }),
  globals: ([FeedState, ProofSettings, BroadcastSettings] as GlobalConfig[]).map(withAdminOnlyApiTab).map(withObjectBodies),
  // Bodies and values Payload cannot use answer 400, not 500 (hooks/answerUnusableInput.ts).
  hooks: { afterError: [answerUnusableInput] },
  i18n: { fallbackLanguage: 'vi', supportedLanguages: { en, vi }, translations: ADMIN_TRANSLATIONS },
  jobs: {
    access: { run: ({ req }) => isAdminUser(req.user as never) },
    // Checked every five seconds in the server process; `npm run jobs` runs the same queue in a worker.
    autoRun: [
      { cron: '*/5 * * * * *', limit: 50, queue: SCHEDULED_QUEUE },
      // The sender round is queued every two seconds: Payload's "Running 1 jobs" would say so each time, so the round
      // logs itself only when it sends or expires something (errors are still logged).
      { cron: '*/2 * * * * *', limit: 1, queue: DELIVERY_QUEUE, silent: { error: false, info: true } },
      { cron: '*/2 * * * * *', limit: 1, queue: BULLETINS_QUEUE },
      // Starts a polling round of due sources (src/ingest/pollSourcesTask.ts); it says something only when it polls.
      { cron: '*/10 * * * * *', limit: 1, queue: INGEST_QUEUE, silent: { error: false, info: true } },
    ],
    // Payload starts these crons in every process that serves /api (its request handler asks for them), so a
    // process whose jobs run in a separate `npm run jobs` worker opts out here (NGUON_RUN_JOBS=false).
    shouldAutoRun: () => process.env.NGUON_RUN_JOBS !== 'false',
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, group: label('Quản trị', 'Administration'), hidden: ({ user }) => !isAdminUser(user as never) },
    }),
    tasks: [publishScheduledTask, deliverWebhooksTask, assembleBulletinTask, assembleEmergencyBulletinTask, generateBulletinAudioTask, pollSourcesTask, searchMaintenanceTask],
  },
  // Refusals (four-eyes, states, media in use) are the rules working; they are logged as information, not errors.
  loggingLevels: { Refusal: 'info' } as never,
  // The search index exists and holds the content (src/search/); on MongoDB, says that search is not supported.
  onInit: ensureSearchIndex,
  localization: {
    defaultLocale: 'vi',
    fallback: true,
    locales: [
      // Each language named in itself, as language pickers do.
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
  },
  // Uploads go to the S3 bucket when S3_BUCKET is set (src/media/mediaStorage.ts); the data folder otherwise.
  plugins: mediaStoragePlugins(settings.mediaStorage),
  secret: settings.secret,
  serverURL: settings.serverURL,
  telemetry: false,
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
