import { describe, expect, it } from 'vitest'

import { isShownInline } from '../../../src/media/serveMediaFile'
import { describeUploadRefusal, fieldsWithWrongMedia, judgeUploadContent, MEDIA_CONTENT_TYPES } from '../../../src/media/uploadContent'

describe('uploads judged by content', () => {
  it.each([
    // declared, detected from the bytes, verdict
    ['image/png', 'image/png', { mimeType: 'image/png', ok: true }],
    ['image/png', 'image/jpeg', { mimeType: 'image/jpeg', ok: true }], // a misnamed photo: stored as what it is
    ['audio/mpeg', 'audio/mpeg', { mimeType: 'audio/mpeg', ok: true }],
    ['audio/x-wav', 'audio/wav', { mimeType: 'audio/wav', ok: true }],
    ['video/mp4', 'audio/x-m4a', { mimeType: 'audio/mp4', ok: true }], // audio and video share containers
    ['application/octet-stream', 'application/pdf', { mimeType: 'application/pdf', ok: true }],
    ['', 'image/gif', { mimeType: 'image/gif', ok: true }],
    ['audio/mpeg', undefined, { ok: false, reason: 'unknown' }], // text, HTML, anything without a known signature
    ['image/svg+xml', 'application/xml', { detected: 'application/xml', ok: false, reason: 'notAllowed' }],
    ['application/pdf', 'application/x-msdownload', { detected: 'application/x-msdownload', ok: false, reason: 'notAllowed' }],
    ['image/png', 'image/svg+xml', { detected: 'image/svg+xml', ok: false, reason: 'notAllowed' }],
    ['audio/mpeg', 'application/pdf', { detected: 'application/pdf', ok: false, reason: 'mismatch' }],
    ['image/png', 'audio/mpeg', { detected: 'audio/mpeg', ok: false, reason: 'mismatch' }],
    ['application/pdf', 'image/png', { detected: 'image/png', ok: false, reason: 'mismatch' }],
  ])('declared %s, content %s', (declared, detected, verdict) => {
    expect(judgeUploadContent({ allowed: MEDIA_CONTENT_TYPES, declared, detected })).toEqual(verdict)
  })

  it('explains a refusal in both languages without echoing a file name', () => {
    expect(describeUploadRefusal({ detected: 'application/pdf', ok: false, reason: 'mismatch' }, 'vi')).toContain('Nội dung tệp là application/pdf')
    expect(describeUploadRefusal({ ok: false, reason: 'unknown' }, 'en')).toContain('checked by its bytes, not its name')
  })

  it('lets each field show only its kinds of media', () => {
    expect(fieldsWithWrongMedia({ collection: 'articles', shown: [{ field: 'heroImage', mimeType: 'image/webp' }] })).toEqual([])
    expect(fieldsWithWrongMedia({ collection: 'articles', shown: [{ field: 'heroImage', mimeType: 'application/pdf' }] })).toEqual(['heroImage'])
    expect(fieldsWithWrongMedia({ collection: 'bulletins', shown: [{ field: 'recording', mimeType: 'audio/wav' }] })).toEqual(['recording'])
    expect(fieldsWithWrongMedia({ collection: 'bulletins', shown: [{ field: 'recording', mimeType: 'audio/mpeg' }] })).toEqual([])
    expect(fieldsWithWrongMedia({ collection: 'slogans', shown: [{ field: 'assets', mimeType: 'application/pdf' }, { field: 'assets', mimeType: 'video/mp4' }] })).toEqual(['assets'])
    expect(fieldsWithWrongMedia({ collection: 'articles', shown: [{ field: 'heroImage', mimeType: null }] })).toEqual(['heroImage'])
  })

  it('shows raster images and audio inline, and offers the rest (SVG, PDF, video, unknown) as downloads', () => {
    for (const type of ['image/png', 'image/jpeg', 'audio/mpeg', 'AUDIO/MPEG; charset=x']) expect(isShownInline(type), type).toBe(true)
    for (const type of ['image/svg+xml', 'application/pdf', 'video/mp4', 'text/html', '', null, undefined]) expect(isShownInline(type), String(type)).toBe(false)
  })
})
