// Composes Nguồn's Payload configuration; settings come from src/settings.ts, the adapter from src/db.ts.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type CollectionConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Briefs } from './collections/Briefs'
import { Campaigns } from './collections/Campaigns'
import { Media } from './collections/Media'
import { Outlets } from './collections/Outlets'
import { Slogans } from './collections/Slogans'
import { TalkingPoints } from './collections/TalkingPoints'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { FeedState } from './globals/FeedState'
import { isAdminUser } from './src/access/roles'
import { databaseAdapter } from './src/db'
import { nguonEmailAdapter } from './src/email/adapter'
import { loadSettings } from './src/settings'
import { SCHEDULED_QUEUE } from './src/workflow/performWorkflowAction'
import { publishScheduledTask } from './src/workflow/publishScheduledTask'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = loadSettings()

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — Nguồn' },
    dateFormat: 'dd/MM/yyyy HH:mm',
  },
  collections: [
    Articles,
    TalkingPoints,
    Briefs,
    Slogans,
    Campaigns,
    Units,
    { ...(Media as CollectionConfig), upload: { ...(Media.upload as object), staticDir: path.join(settings.dataDir, 'media') } },
    Outlets,
    Users,
    WorkflowEvents,
  ],
  db: databaseAdapter(settings.database),
  editor: lexicalEditor(),
  email: nguonEmailAdapter({ fromAddress: settings.mailFrom, smtpUrl: settings.smtpUrl }),
  globals: [FeedState],
  i18n: { fallbackLanguage: 'vi', supportedLanguages: { en, vi } },
  jobs: {
    access: { run: ({ req }) => isAdminUser(req.user as never) },
    // Checked every five seconds in the server process; `npm run jobs` runs the same queue in a worker.
    autoRun: [{ cron: '*/5 * * * * *', limit: 50, queue: SCHEDULED_QUEUE }],
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, group: 'Quản trị / Administration', hidden: ({ user }) => !isAdminUser(user as never) },
    }),
    tasks: [publishScheduledTask],
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
