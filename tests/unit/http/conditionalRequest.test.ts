// RFC 9110 conditional requests and ranges, case by case: who gets 304, 412, 206, 416 or the whole representation.
import { describe, expect, it } from 'vitest'

import { answerFor, type ConditionalHeaders, etagForCoding, isNotModified, isStrongMatch, isWeakMatch, listedTags } from '../../../src/http/conditionalRequest'

const ETAG = '"abc"'
const MODIFIED = new Date('2023-12-10T08:00:00Z')
const validators = { etag: ETAG, lastModified: MODIFIED }
const SIZE = 1000
const at = (iso: string) => new Date(iso).toUTCString()

describe('entity-tag comparison', () => {
  it.each([
    ['"abc"', '"abc"', true, true],
    ['W/"abc"', '"abc"', true, false],
    ['W/"abc"', 'W/"abc"', true, false],
    ['"abc"', '"abd"', false, false],
    ['"abc-gzip"', '"abc"', false, false],
  ])('%s against %s: weak %s, strong %s', (a, b, weak, strong) => {
    expect(isWeakMatch(a, b)).toBe(weak)
    expect(isStrongMatch(a, b)).toBe(strong)
  })
})

describe('listedTags', () => {
  it('lists the tags of a header, trimmed, without empty members', () => {
    expect(listedTags(` "x", W/${ETAG} ,, * `)).toEqual(['"x"', `W/${ETAG}`, '*'])
    expect(listedTags(' , ')).toEqual([])
  })
})

describe('isNotModified (the feeds’ fast path)', () => {
  it.each<[string, ConditionalHeaders, boolean]>([
    ['the same tag', { 'if-none-match': ETAG }, true],
    ['the same tag, weak', { 'if-none-match': `W/${ETAG}` }, true],
    ['a list holding it', { 'if-none-match': `"x", W/${ETAG} , "y"` }, true],
    ['*', { 'if-none-match': '*' }, true],
    ['another tag', { 'if-none-match': '"other"' }, false],
    ['another coding’s tag', { 'if-none-match': etagForCoding(ETAG, 'gzip') }, false],
    ['an empty list', { 'if-none-match': ' , ' }, false],
    ['If-Modified-Since equal to Last-Modified', { 'if-modified-since': at('2023-12-10T08:00:00Z') }, true],
    ['If-Modified-Since after it', { 'if-modified-since': at('2023-12-11T00:00:00Z') }, true],
    ['If-Modified-Since before it', { 'if-modified-since': at('2023-12-09T00:00:00Z') }, false],
    ['If-Modified-Since that is no date', { 'if-modified-since': 'yesterday' }, false],
    ['If-Modified-Since ignored beside a failing If-None-Match', { 'if-modified-since': at('2023-12-11T00:00:00Z'), 'if-none-match': '"other"' }, false],
    ['no conditions', {}, false],
  ])('%s → %s', (_case, headers, expected) => {
    expect(isNotModified(headers, validators)).toBe(expected)
  })

  it('never answers If-Modified-Since for a representation without a date', () => {
    expect(isNotModified({ 'if-modified-since': at('2030-01-01T00:00:00Z') }, { etag: ETAG, lastModified: null })).toBe(false)
  })

  it('never answers 304 without a condition, even for a representation dated at the epoch', () => {
    expect(isNotModified({}, { etag: ETAG, lastModified: new Date(0) })).toBe(false)
  })
})

describe('answerFor', () => {
  it.each<[string, string, ConditionalHeaders, ReturnType<typeof answerFor>]>([
    ['a plain GET', 'GET', {}, { status: 200 }],
    ['If-Match with the tag', 'GET', { 'if-match': ETAG }, { status: 200 }],
    ['If-Match *', 'GET', { 'if-match': '*' }, { status: 200 }],
    ['If-Match with another tag', 'GET', { 'if-match': '"other"' }, { status: 412 }],
    ['If-Match with the weak tag (strong comparison)', 'GET', { 'if-match': `W/${ETAG}` }, { status: 412 }],
    ['If-Unmodified-Since before the change', 'GET', { 'if-unmodified-since': at('2023-12-01T00:00:00Z') }, { status: 412 }],
    ['If-Unmodified-Since after the change', 'GET', { 'if-unmodified-since': at('2023-12-31T00:00:00Z') }, { status: 200 }],
    ['If-Unmodified-Since at the change', 'GET', { 'if-unmodified-since': at('2023-12-10T08:00:00Z') }, { status: 200 }],
    ['If-Unmodified-Since ignored beside a matching If-Match', 'GET', { 'if-match': ETAG, 'if-unmodified-since': at('2023-12-01T00:00:00Z') }, { status: 200 }],
    ['If-None-Match weak', 'GET', { 'if-none-match': `W/${ETAG}` }, { status: 304 }],
    ['If-None-Match on HEAD', 'HEAD', { 'if-none-match': ETAG }, { status: 304 }],
    ['a failed If-Match before a matching If-None-Match', 'GET', { 'if-match': '"other"', 'if-none-match': ETAG }, { status: 412 }],
    ['a range', 'GET', { range: 'bytes=100-199' }, { end: 199, start: 100, status: 206 }],
    ['an open range', 'GET', { range: 'bytes=900-' }, { end: 999, start: 900, status: 206 }],
    ['a suffix range', 'GET', { range: 'bytes=-10' }, { end: 999, start: 990, status: 206 }],
    ['a range past the end, clipped', 'GET', { range: 'bytes=990-5000' }, { end: 999, start: 990, status: 206 }],
    ['a range beyond the end', 'GET', { range: 'bytes=1000-' }, { status: 416 }],
    ['a malformed range', 'GET', { range: 'bytes=abc' }, { status: 200 }],
    ['another unit', 'GET', { range: 'items=1-2' }, { status: 200 }],
    ['two ranges (served whole)', 'GET', { range: 'bytes=0-9,500-509' }, { status: 200 }],
    ['two adjacent ranges (combined)', 'GET', { range: 'bytes=0-9,10-19' }, { end: 19, start: 0, status: 206 }],
    ['a range on HEAD (ignored)', 'HEAD', { range: 'bytes=0-9' }, { status: 200 }],
    ['If-Range with the tag', 'GET', { 'if-range': ETAG, range: 'bytes=0-9' }, { end: 9, start: 0, status: 206 }],
    ['If-Range with the tag, padded', 'GET', { 'if-range': ` ${ETAG} `, range: 'bytes=0-9' }, { end: 9, start: 0, status: 206 }],
    ['If-Range with another tag', 'GET', { 'if-range': '"old"', range: 'bytes=0-9' }, { status: 200 }],
    ['If-Range with a weak tag', 'GET', { 'if-range': `W/${ETAG}`, range: 'bytes=0-9' }, { status: 200 }],
    // V8's Date.parse reads both as the Last-Modified date; what starts like an entity tag is compared as one.
    ['If-Range with a weak tag quoting the date', 'GET', { 'if-range': `W/"${at('2023-12-10T08:00:00Z')}"`, range: 'bytes=0-9' }, { status: 200 }],
    ['If-Range with an unclosed tag quoting the date', 'GET', { 'if-range': `"${at('2023-12-10T08:00:00Z')}`, range: 'bytes=0-9' }, { status: 200 }],
    ['If-Range with the exact date', 'GET', { 'if-range': at('2023-12-10T08:00:00Z'), range: 'bytes=0-9' }, { end: 9, start: 0, status: 206 }],
    ['If-Range with another date', 'GET', { 'if-range': at('2023-12-10T08:00:01Z'), range: 'bytes=0-9' }, { status: 200 }],
    ['a range the client already has', 'GET', { 'if-none-match': ETAG, range: 'bytes=0-9' }, { status: 304 }],
  ])('%s → %o', (_case, method, headers, expected) => {
    expect(answerFor({ headers, method, size: SIZE, validators })).toEqual(expected)
  })

  it.each<[string, ConditionalHeaders, ReturnType<typeof answerFor>]>([
    ['If-Unmodified-Since passes', { 'if-unmodified-since': at('2023-12-01T00:00:00Z') }, { status: 200 }],
    ['If-Range with a date never matches', { 'if-range': at('2023-12-10T08:00:00Z'), range: 'bytes=0-9' }, { status: 200 }],
    ['If-Range with the tag still matches', { 'if-range': ETAG, range: 'bytes=0-9' }, { end: 9, start: 0, status: 206 }],
  ])('for a representation without a date: %s', (_case, headers, expected) => {
    expect(answerFor({ headers, method: 'GET', size: SIZE, validators: { etag: ETAG, lastModified: null } })).toEqual(expected)
  })

  it('answers 416 to any range of an empty representation', () => {
    expect(answerFor({ headers: { range: 'bytes=0-' }, method: 'GET', size: 0, validators })).toEqual({ status: 416 })
  })
})

describe('etagForCoding', () => {
  it('gives each content-coding its own strong tag', () => {
    expect([etagForCoding(ETAG, 'identity'), etagForCoding(ETAG, 'gzip'), etagForCoding(ETAG, 'br')]).toEqual(['"abc"', '"abc-gzip"', '"abc-br"'])
  })
})
