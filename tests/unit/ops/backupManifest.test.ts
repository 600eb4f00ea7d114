import { describe, expect, it } from 'vitest'

import { asideSuffix, backupFileName, type BackupManifest, mediaMismatches, parseManifest, refuseRestore, rowMismatches } from '../../../src/ops/backupManifest'

const manifest = (over: Partial<BackupManifest> = {}): BackupManifest => ({
  createdAt: '2026-12-02T17:45:01.123Z',
  database: { kind: 'sqlite', rows: { articles: 3, users: 2 } },
  format: 1,
  media: [{ bytes: 5, path: 'anh.png', sha256: 'a'.repeat(64) }],
  migrations: ['20261128_024300_initial', '20261202_143309_user_deactivation_no_lockout'],
  version: '0.2.0',
  ...over,
})

describe('backup archive names', () => {
  it('are dated in UTC to the second, and what a restore moves aside is named after its own time', () => {
    expect(backupFileName(new Date('2026-12-02T17:45:01.999Z'))).toBe('nguon-backup-20261202-174501.tar.gz')
    expect(backupFileName(new Date('2027-01-09T03:04:05+07:00'))).toBe('nguon-backup-20270108-200405.tar.gz')
    expect(asideSuffix(new Date('2026-12-03T01:02:03Z'))).toBe('before-restore-20261203-010203')
  })
})

describe('reading a manifest', () => {
  it('accepts what a backup writes', () => {
    expect(parseManifest(JSON.stringify(manifest()))).toEqual(manifest())
    const fromBucket = manifest({ media: [{ bytes: 5, contentType: 'image/png', path: 'anh.png', sha256: 'a'.repeat(64) }], mediaSource: 'bucket' })
    expect(parseManifest(JSON.stringify(fromBucket))).toEqual(fromBucket)
  })
  it.each([
    ['not json', /not JSON/],
    [JSON.stringify({ ...manifest(), format: 2 }), /^manifest\.json: format:/],
    [JSON.stringify({ ...manifest(), database: { kind: 'mongodb', rows: {} } }), /^manifest\.json: database\.kind:/],
    [JSON.stringify({ ...manifest(), media: [{ bytes: 1, path: '../../etc/passwd', sha256: 'a'.repeat(64) }] }), /^manifest\.json: media\.0\.path: a path inside the media folder/],
    [JSON.stringify({ ...manifest(), media: [{ bytes: 1, path: '/etc/passwd', sha256: 'a'.repeat(64) }] }), /media\.0\.path/],
    [JSON.stringify({ ...manifest(), media: [{ bytes: 1, path: 'a//b', sha256: 'a'.repeat(64) }] }), /media\.0\.path/],
    [JSON.stringify({ ...manifest(), media: [{ bytes: 1, path: 'a.png', sha256: 'xyz' }] }), /media\.0\.sha256/],
    [JSON.stringify({ ...manifest(), createdAt: 'yesterday' }), /createdAt/],
    [JSON.stringify({ ...manifest(), media: [{ bytes: 1, contentType: '', path: 'a.png', sha256: 'a'.repeat(64) }] }), /media\.0\.contentType/],
  ])('refuses %s, naming the field', (text, message) => {
    expect(() => parseManifest(text)).toThrow(message)
  })
})

describe('whether a backup may be restored here', () => {
  const known = ['20261128_024300_initial', '20261202_143309_user_deactivation_no_lockout']
  it('may when the kind matches and this version knows every migration it recorded', () => {
    expect(refuseRestore({ knownMigrations: known, manifest: manifest(), targetKind: 'sqlite' })).toBeNull()
    expect(refuseRestore({ knownMigrations: [...known, '20270101_000000_later'], manifest: manifest(), targetKind: 'sqlite' })).toBeNull()
    expect(refuseRestore({ knownMigrations: known, manifest: manifest({ migrations: [...known, 'dev'] }), targetKind: 'sqlite' })).toBeNull()
  })
  it('may not onto another kind of database', () => {
    expect(refuseRestore({ knownMigrations: known, manifest: manifest(), targetKind: 'postgres' })).toBe(
      'this backup holds a sqlite database and DATABASE_URL names a postgres one; restore it to a sqlite database',
    )
  })
  it('may not when a newer version wrote it', () => {
    expect(refuseRestore({ knownMigrations: known.slice(0, 1), manifest: manifest({ version: '0.3.0' }), targetKind: 'sqlite' })).toBe(
      "this backup was taken by Nguồn 0.3.0, whose schema this version does not know (20261202_143309_user_deactivation_no_lockout); restore it with Nguồn 0.3.0 or newer",
    )
  })
})

describe('checking what was restored', () => {
  it('names tables whose rows differ, absent on either side', () => {
    expect(rowMismatches({ a: 1, b: 2 }, { a: 1, b: 2 })).toEqual([])
    expect(rowMismatches({ a: 1, b: 2, c: 0 }, { a: 1, b: 3, d: 4 })).toEqual(['b: 2 in the backup, 3 restored', 'c: 0 in the backup, absent restored', 'd: absent in the backup, 4 restored'])
  })
  it('names media missing or different', () => {
    const file = { bytes: 5, path: 'x.png', sha256: 'a'.repeat(64) }
    expect(mediaMismatches([file], [file, { ...file, path: 'extra.png' }])).toEqual([])
    expect(mediaMismatches([file], [])).toEqual(['x.png: missing'])
    expect(mediaMismatches([file], [{ ...file, sha256: 'b'.repeat(64) }])).toEqual(['x.png: content differs from the backup'])
    expect(mediaMismatches([file], [{ ...file, bytes: 6 }])).toEqual(['x.png: content differs from the backup'])
  })
})
