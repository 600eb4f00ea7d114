// What an item must have before it can be sent for review and approved, per content type; drafts may stay incomplete.
import type { ReviewedCollection } from './vocabulary'

import { textFromLexical } from './lexical'

export type CompletenessLanguage = 'en' | 'vi'
/** The workflow step the item is checked for: approval also needs what only exists after submission (a bulletin's audio). */
export type CompletenessStep = 'approve' | 'submit'
/** One thing missing, at the field's path in the document, said in the reader's language. */
export type MissingField = { message: string; path: string }

type Doc = Record<string, unknown>
type Words = { en: string; vi: string }
type Rule = {
  path: string
  /** Only checked for approval. */
  onlyToApprove?: boolean
  isMet: (doc: Doc) => boolean
  words: Words
}

const LANGUAGE_OF_DOC = 'vi'

/** A localized value read as its Vietnamese (default-locale) text when the document was loaded with `locale: 'all'`. */
const inDefaultLocale = (value: unknown): unknown => {
  if (value && typeof value === 'object' && !Array.isArray(value) && LANGUAGE_OF_DOC in value && !('root' in value)) {
    return (value as Record<string, unknown>)[LANGUAGE_OF_DOC]
  }
  return value
}

const hasText = (value: unknown): boolean => {
  const text = inDefaultLocale(value)
  return typeof text === 'string' && text.trim().length > 0
}

// Stryker disable next-line MethodExpression: textFromLexical already trims every line and drops empty ones, so trim() changes nothing
const hasRichText = (value: unknown): boolean => textFromLexical(inDefaultLocale(value)).trim().length > 0

/** A relation given as an id, a populated document, or a polymorphic `{ relationTo, value }`. */
const hasRelation = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false
  if (typeof value === 'object') {
    const relation = value as { id?: unknown; value?: unknown }
    if ('value' in relation) return hasRelation(relation.value)
    return relation.id !== null && relation.id !== undefined && relation.id !== ''
  }
  return true
}

const hasSome = (value: unknown): boolean => Array.isArray(value) && value.some((entry) => entry !== null && entry !== undefined && entry !== '')

const hasNumber = (value: unknown): boolean =>
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything but a number; the typeof test narrows the type
  typeof value === 'number' &&
  Number.isFinite(value)

/** Array rows whose `field` has text: a supporting point or an evidence statement counts only when written. */
const hasRowWith = (field: string) => (value: unknown) =>
  Array.isArray(value) &&
  value.some(
    (row) =>
      row &&
      // Stryker disable next-line ConditionalExpression: a truthy row that is not an object (text, a number) has no `point` or `statement`, so hasText is false anyway
      typeof row === 'object' &&
      hasText((row as Doc)[field]),
  )

const rule = (path: string, isMet: (value: unknown) => boolean, vi: string, en: string, onlyToApprove = false): Rule => ({
  isMet: (doc) => isMet(doc[path]),
  onlyToApprove,
  path,
  words: { en, vi },
})

const campaign = rule('campaign', hasRelation, 'Chưa chọn chiến dịch', 'No campaign chosen')
const unit = rule('unit', hasRelation, 'Chưa chọn đơn vị', 'No unit chosen')
const channels = rule('channels', hasSome, 'Chưa chọn kênh phát hành nào', 'No channel chosen')
const audiences = rule('audiences', hasSome, 'Chưa chọn đối tượng nào', 'No audience chosen')

/** The rules in the order the checklist shows them (the order of the edit form). */
export const COMPLETENESS_RULES: Readonly<Record<ReviewedCollection, readonly Rule[]>> = {
  articles: [
    rule('title', hasText, 'Chưa có tiêu đề', 'The title is missing'),
    rule('body', hasRichText, 'Chưa có nội dung', 'The body is empty'),
    campaign,
    unit,
    channels,
    audiences,
  ],
  'talking-points': [
    rule('headline', hasText, 'Chưa có tiêu đề', 'The headline is missing'),
    rule('keyMessage', hasText, 'Chưa có thông điệp chính', 'The key message is missing'),
    rule('supportingPoints', hasRowWith('point'), 'Cần ít nhất một ý hỗ trợ', 'At least one supporting point is needed'),
    campaign,
    unit,
    channels,
    audiences,
  ],
  briefs: [
    rule('title', hasText, 'Chưa có tiêu đề', 'The title is missing'),
    rule('claim', hasText, 'Chưa nêu luận điệu cần phản bác', 'The claim to answer is missing'),
    rule('response', hasRichText, 'Chưa có lập luận phản bác', 'The response is empty'),
    rule('evidence', hasRowWith('statement'), 'Cần ít nhất một chứng cứ có nguồn', 'At least one sourced piece of evidence is needed'),
    rule('distribution', hasText, 'Chưa chọn phạm vi phổ biến', 'No distribution chosen'),
    campaign,
    unit,
    channels,
    audiences,
  ],
  slogans: [
    rule('number', hasNumber, 'Chưa có số thứ tự', 'The number is missing'),
    rule('text', hasText, 'Chưa có nội dung khẩu hiệu', 'The slogan text is missing'),
    rule('displayFrom', hasText, 'Chưa có ngày bắt đầu treo', 'No display start date'),
    rule('displayUntil', hasText, 'Chưa có ngày kết thúc treo', 'No display end date'),
    rule('formats', hasSome, 'Chưa chọn hình thức nào', 'No format chosen'),
    campaign,
    unit,
    channels,
    audiences,
  ],
  bulletins: [
    rule('date', hasText, 'Chưa có ngày phát', 'No broadcast date'),
    rule('slot', hasText, 'Chưa có khung giờ', 'No slot'),
    rule('items', hasSome, 'Bản tin chưa có tin bài nào', 'The bulletin has no items'),
    rule('script', hasText, 'Chưa có kịch bản đọc', 'The script is empty'),
    {
      isMet: (doc) => doc.audioStatus === 'ready' && hasRelation(doc.audio),
      onlyToApprove: true,
      path: 'audio',
      words: { en: 'The audio is not ready (generate it or upload a recording)', vi: 'Chưa có âm thanh sẵn sàng (tạo âm thanh hoặc tải bản ghi âm)' },
    },
  ],
}

/** Paths whose value differs by content language; completeness reads their Vietnamese text. */
export const LOCALIZED_PATHS: Readonly<Record<ReviewedCollection, readonly string[]>> = {
  articles: ['title', 'body'],
  'talking-points': ['headline', 'keyMessage', 'supportingPoints'],
  briefs: ['title', 'claim', 'response', 'evidence'],
  slogans: ['text'],
  bulletins: [],
}

/**
 * What the item still lacks for the step, in form order, each with a message in `language`. An empty list means it
 * may go ahead. `doc` is the item as stored in one locale (Vietnamese) or with `locale: 'all'`.
 */
export function missingFields({
  collection,
  doc,
  language,
  // Stryker disable next-line StringLiteral: any step but 'approve' checks the submit rules, so another default behaves as 'submit'
  step = 'submit',
}: {
  collection: ReviewedCollection
  doc: Record<string, unknown>
  language: CompletenessLanguage
  step?: CompletenessStep
}): MissingField[] {
  return COMPLETENESS_RULES[collection]
    .filter((check) => (step === 'approve' || !check.onlyToApprove) && !check.isMet(doc))
    .map((check) => ({ message: check.words[language], path: check.path }))
}

/** Both languages at once, "Vietnamese / English", for answers that do not know the reader's language. */
export function missingFieldsBilingual(args: { collection: ReviewedCollection; doc: Record<string, unknown>; step?: CompletenessStep }): MissingField[] {
  const vi = missingFields({ ...args, language: 'vi' })
  const en = missingFields({ ...args, language: 'en' })
  return vi.map((field, index) => ({ message: `${field.message} / ${en[index].message}`, path: field.path }))
}

export const INCOMPLETE_WORDS: Words = {
  en: 'The item is not complete yet',
  vi: 'Tin bài chưa đủ nội dung',
}
