// S3_BUCKET and friends: local disk unless S3_BUCKET is set; then every required value, or one message naming it (and no secret).
import { describe, expect, it } from 'vitest'

import { resolveMediaStorage, SettingsError } from '../../src/settings'

const COMPLETE = { S3_ACCESS_KEY_ID: 'AKIA-TEST', S3_BUCKET: 'nguon-media', S3_REGION: 'ap-southeast-1', S3_SECRET_ACCESS_KEY: 'very-secret-key' }

describe('resolveMediaStorage', () => {
  it('keeps media on local disk when S3_BUCKET is unset or blank, whatever else is set', () => {
    expect(resolveMediaStorage({})).toEqual({ kind: 'local' })
    expect(resolveMediaStorage({ ...COMPLETE, S3_BUCKET: '  ' })).toEqual({ kind: 'local' })
  })

  it('reads a complete S3 configuration, with an optional endpoint and path-style addressing', () => {
    expect(resolveMediaStorage(COMPLETE)).toEqual({
      accessKeyId: 'AKIA-TEST',
      bucket: 'nguon-media',
      forcePathStyle: false,
      kind: 's3',
      region: 'ap-southeast-1',
      secretAccessKey: 'very-secret-key',
    })
    expect(resolveMediaStorage({ ...COMPLETE, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'TRUE' })).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
    })
    expect(resolveMediaStorage({ ...COMPLETE, S3_FORCE_PATH_STYLE: '0' })).toMatchObject({ forcePathStyle: false })
  })

  it.each([
    ['S3_REGION', { ...COMPLETE, S3_REGION: undefined }],
    ['S3_ACCESS_KEY_ID', { ...COMPLETE, S3_ACCESS_KEY_ID: '' }],
    ['S3_SECRET_ACCESS_KEY', { ...COMPLETE, S3_SECRET_ACCESS_KEY: ' ' }],
    ['S3_ENDPOINT', { ...COMPLETE, S3_ENDPOINT: 'ftp://files.example.vn' }],
    ['S3_ENDPOINT', { ...COMPLETE, S3_ENDPOINT: 'not a url' }],
    ['S3_FORCE_PATH_STYLE', { ...COMPLETE, S3_FORCE_PATH_STYLE: 'maybe' }],
  ])('refuses a configuration with a wrong or missing %s, naming it and never a secret', (name, env) => {
    let thrown: unknown
    try {
      resolveMediaStorage(env)
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(SettingsError)
    expect((thrown as Error).message).toContain(name)
    expect((thrown as Error).message).not.toContain('very-secret-key')
    expect((thrown as Error).message).not.toContain('AKIA-TEST')
  })
})
