// Composes Nguồn's Payload configuration; settings come from src/settings.ts, the adapter from src/db.ts.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type CollectionConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Briefs } from './collections/Briefs'
import { Bulletins } from './collections/Bulletins'
import { Campaigns } from './collections/Campaigns'
import { Deliveries } from './collections/Deliveries'
import { Media } from './collections/Media'
import { Outlets } from './collections/Outlets'
import { Slogans } from './collections/Slogans'
import { TalkingPoints } from './collections/TalkingPoints'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { BroadcastSettings } from './globals/BroadcastSettings'
import { FeedState } from './globals/FeedState'
import { ProofSettings } from './globals/ProofSettings'
import { isAdminUser } from './src/access/roles'
import { databaseAdapter } from './src/db'
import { nguonEmailAdapter } from './src/email/adapter'
import { loadSettings } from './src/settings'
import { SCHEDULED_QUEUE } from './src/workflow/performWorkflowAction'
import { publishScheduledTask } from './src/workflow/publishScheduledTask'
import { DELIVERY_QUEUE, deliverWebhooksTask } from './src/delivery/deliverWebhooksTask'
import { BULLETINS_QUEUE } from './src/audio/bulletinAudio'
import { assembleBulletinTask, generateBulletinAudioTask } from './src/audio/bulletinTasks'
import { assembleEmergencyBulletinTask } from './src/audio/emergencyBulletin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = loadSettings()

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — Nguồn' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    components: {
      afterNavLinks: [
        '/src/admin/campaignProgress/CampaignProgressNavLink#CampaignProgressNavLink',
        // Workflow admin UI: the reviewers' queue.
        '/src/admin/workflow/ReviewQueueNavLink#ReviewQueueNavLink',
        '/src/admin/about/AboutNavLink#AboutNavLink',
      ],
      views: {
        about: { Component: '/src/admin/about/AboutView#AboutView', exact: true, path: '/about' },
        campaignProgress: { Component: '/src/admin/campaignProgress/CampaignProgressView#CampaignProgressView', exact: true, path: '/campaign-progress' },
        campaignProgressPrint: { Component: '/src/admin/campaignProgress/CampaignPrintView#CampaignPrintView', exact: true, path: '/campaign-progress/print' },
        reviewQueue: { Component: '/src/admin/workflow/ReviewQueueView#ReviewQueueView', exact: true, path: '/review-queue' },
      },
    },
  },
  collections: [
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
  ],
  db: databaseAdapter(settings.database),
  editor: lexicalEditor(),
  email: nguonEmailAdapter({ fromAddress: settings.mailFrom, smtpUrl: settings.smtpUrl }),
  globals: [FeedState, ProofSettings, BroadcastSettings],
  i18n: { fallbackLanguage: 'vi', supportedLanguages: { en, vi } },
  jobs: {
    access: { run: ({ req }) => isAdminUser(req.user as never) },
    // Checked every five seconds in the server process; `npm run jobs` runs the same queue in a worker.
    autoRun: [
      { cron: '*/5 * * * * *', limit: 50, queue: SCHEDULED_QUEUE },
      { cron: '*/2 * * * * *', limit: 1, queue: DELIVERY_QUEUE },
      { cron: '*/2 * * * * *', limit: 1, queue: BULLETINS_QUEUE },
    ],
    // Payload starts these crons in every process that serves /api (its request handler asks for them), so a
    // process whose jobs run in a separate `npm run jobs` worker opts out here (NGUON_RUN_JOBS=false).
    shouldAutoRun: () => process.env.NGUON_RUN_JOBS !== 'false',
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, group: 'Quản trị / Administration', hidden: ({ user }) => !isAdminUser(user as never) },
    }),
    tasks: [publishScheduledTask, deliverWebhooksTask, assembleBulletinTask, assembleEmergencyBulletinTask, generateBulletinAudioTask],
  },
  localization: {
    defaultLocale: 'vi',
    fallback: true,
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
  },
  secret: settings.secret,
  serverURL: settings.serverURL,
  telemetry: false,
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
