// npm run backup [-- --out <folder>]: the database and media into a dated archive (README, Backups).
import path from 'node:path'

import { BackupError, createBackup } from '../src/ops/backup'
import { loadSettings, redactUrl, SettingsError } from '../src/settings'

const outFlag = process.argv.indexOf('--out')
try {
  const settings = loadSettings()
  const outDir = outFlag > 0 && process.argv[outFlag + 1] ? process.argv[outFlag + 1]! : process.env.NGUON_BACKUP_DIR?.trim() || path.join(settings.dataDir, '..', 'backups')
  console.log(`nguon backup: ${redactUrl(settings.database.url)} and ${settings.mediaStorage.kind === 's3' ? `the bucket ${settings.mediaStorage.bucket}` : path.join(settings.dataDir, 'media')}`)
  const started = Date.now()
  const { archive, manifest } = await createBackup({ databaseUrl: settings.database.url, dataDir: settings.dataDir, mediaStorage: settings.mediaStorage, log: (line) => console.log(line), outDir })
  console.log(`nguon backup: ${archive} (Nguồn ${manifest.version}, ${manifest.migrations.length} migrations, ${manifest.media.length} media files) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (err) {
  if (err instanceof BackupError || err instanceof SettingsError) {
    console.error(`nguon backup: ${err.message}`)
    process.exit(1)
  }
  throw err
}
