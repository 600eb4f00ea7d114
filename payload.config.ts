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
import { Slogans } from './collections/Slogans'
import { TalkingPoints } from './collections/TalkingPoints'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { databaseAdapter } from './src/db'
import { loadSettings } from './src/settings'

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
    Users,
  ],
  db: databaseAdapter(settings.database),
  editor: lexicalEditor(),
  i18n: { fallbackLanguage: 'vi', supportedLanguages: { en, vi } },
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
