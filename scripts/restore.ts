// npm run restore -- <archive> [--force]: an archive of npm run backup onto DATABASE_URL and the data folder (README, Backups).
import { BackupError, restoreBackup } from '../src/ops/backup'
import { loadSettings, redactUrl, SettingsError } from '../src/settings'

const args = process.argv.slice(2)
const archive = args.find((a) => !a.startsWith('--'))
if (!archive) {
  console.error('usage: npm run restore -- <nguon-backup-….tar.gz> [--force]   (stop Nguồn first)')
  process.exit(2)
}
try {
  const settings = loadSettings()
  console.log(`nguon restore: ${archive} onto ${redactUrl(settings.database.url)} and ${settings.dataDir}`)
  const { asides, manifest } = await restoreBackup({ archive, databaseUrl: settings.database.url, dataDir: settings.dataDir, mediaStorage: settings.mediaStorage, force: args.includes('--force'), log: (line) => console.log(line) })
  console.log(`nguon restore: done — the backup of ${manifest.createdAt} (Nguồn ${manifest.version}); every table's rows and every media file checked`)
  for (const aside of asides) console.log(`nguon restore: what was there before is kept as ${aside}`)
  console.log('nguon restore: start Nguồn with the same PAYLOAD_SECRET as when the backup was taken (signed media links and sessions depend on it)')
} catch (err) {
  if (err instanceof BackupError || err instanceof SettingsError) {
    console.error(`nguon restore: ${err.message}`)
    process.exit(1)
  }
  throw err
}
