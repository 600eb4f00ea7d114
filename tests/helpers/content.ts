// Complete content for tests: only complete items can be submitted and approved (src/content/completeness.ts), so
// items a test sends for review get what they lack from here, and keep whatever the test gave them.
import type { ReviewedCollection } from '../../src/content/vocabulary'

import { lexicalFromText } from '../../src/content/lexical'

type Id = number | string
type Data = Record<string, unknown>

const DEFAULTS: Record<ReviewedCollection, (data: Data) => Data> = {
  articles: () => ({ body: lexicalFromText('Nội dung bài viết để thử.') }),
  briefs: () => ({
    claim: 'Luận điệu cần phản bác.',
    distribution: 'public',
    evidence: [{ source: 'Kế hoạch 232', statement: 'Chứng cứ có nguồn.' }],
    response: lexicalFromText('Lập luận phản bác.'),
    title: 'Lập luận thử',
  }),
  bulletins: () => ({}),
  slogans: () => ({ displayFrom: '2023-11-30T00:00:00.000Z', displayUntil: '2099-12-30T00:00:00.000Z', formats: ['banner'], number: 99, text: 'Khẩu hiệu thử' }),
  'talking-points': () => ({ headline: 'Đề cương thử', keyMessage: 'Thông điệp chính.', supportingPoints: [{ point: 'Ý hỗ trợ.' }] }),
}

/** `data` with everything review needs that it does not set itself (campaign, audience, channel, body…). */
export function complete(collection: ReviewedCollection, data: Data, { campaign }: { campaign: Id }): Data {
  const audience = collection === 'bulletins' ? {} : { audiences: ['public'] }
  return { ...audience, campaign, channels: ['web'], ...DEFAULTS[collection](data), ...data }
}
