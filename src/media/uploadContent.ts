// What an uploaded file is, read from its bytes (magic numbers, `file-type`), and whether that may be stored: the type
// the client declares or the file name suggests is never taken on trust.

/** Raster images: shown inline, drawn in feeds. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const
export const AUDIO_TYPES = ['audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/ogg'] as const
export const VIDEO_TYPES = ['video/mp4', 'video/webm'] as const
export const DOCUMENT_TYPES = ['application/pdf'] as const

/** What the media collection stores. SVG, HTML and XML are absent on purpose: they can carry scripts. */
export const MEDIA_CONTENT_TYPES: readonly string[] = [...IMAGE_TYPES, ...AUDIO_TYPES, ...VIDEO_TYPES, ...DOCUMENT_TYPES]

/** Spellings of one type that detectors and browsers use interchangeably. */
const SAME_TYPE: Record<string, string> = { 'audio/mp3': 'audio/mpeg', 'audio/x-m4a': 'audio/mp4', 'audio/x-wav': 'audio/wav', 'audio/vnd.wave': 'audio/wav', 'image/jpg': 'image/jpeg' }

export const canonicalType = (mimeType: string): string => {
  const essence = mimeType.split(';')[0]!.trim().toLowerCase()
  return SAME_TYPE[essence] ?? essence
}

/** Audio and video share containers (MP4, Ogg, WebM), so they are one family; images and documents are their own. */
const familyOf = (mimeType: string) => {
  const [top] = canonicalType(mimeType).split('/')
  return top === 'audio' || top === 'video' ? 'av' : mimeType === 'application/pdf' ? 'pdf' : top
}

/** A declared type says nothing when it is empty or generic. */
const isClaim = (declared: null | string | undefined): declared is string =>
  Boolean(declared) && !['application/octet-stream', 'binary/octet-stream'].includes(canonicalType(declared!))

export type UploadVerdict =
  | { mimeType: string; ok: true }
  | { detected?: string; ok: false; reason: 'mismatch' | 'notAllowed' | 'unknown' }

/**
 * Judges an upload by what its bytes are (`detected`, undefined when no known signature matched): unknown content is
 * refused, so is content outside `allowed`, and content of another family than the client said (a PDF sent as audio).
 */
export function judgeUploadContent({ allowed, declared, detected }: { allowed: readonly string[]; declared?: null | string; detected?: string }): UploadVerdict {
  if (!detected) return { ok: false, reason: 'unknown' }
  const mimeType = canonicalType(detected)
  if (!allowed.map(canonicalType).includes(mimeType)) return { detected: mimeType, ok: false, reason: 'notAllowed' }
  if (isClaim(declared) && familyOf(declared) !== familyOf(mimeType)) return { detected: mimeType, ok: false, reason: 'mismatch' }
  return { mimeType, ok: true }
}

const TYPE_NAMES = 'JPEG, PNG, WebP, GIF, MP3, M4A, WAV, Ogg, MP4, WebM, PDF'

/** The refusal in the uploader's language; it names what the content is, never echoes the file name. */
export function describeUploadRefusal(verdict: Extract<UploadVerdict, { ok: false }>, language: 'en' | 'vi'): string {
  const en = {
    mismatch: `The file's content is ${verdict.detected}, not what its name or type says; upload it under its real type.`,
    notAllowed: `Files of type ${verdict.detected} are not accepted here. Accepted: ${TYPE_NAMES}.`,
    unknown: `The file's content is not a recognised image, audio, video or PDF file (checked by its bytes, not its name). Accepted: ${TYPE_NAMES}.`,
  }
  const vi = {
    mismatch: `Nội dung tệp là ${verdict.detected}, không khớp với tên hoặc kiểu tệp đã khai; hãy tải lên đúng kiểu thật của tệp.`,
    notAllowed: `Không nhận tệp kiểu ${verdict.detected} ở đây. Chấp nhận: ${TYPE_NAMES}.`,
    unknown: `Nội dung tệp không phải ảnh, âm thanh, video hay PDF được hỗ trợ (kiểm tra theo nội dung, không theo tên tệp). Chấp nhận: ${TYPE_NAMES}.`,
  }
  return (language === 'en' ? en : vi)[verdict.reason]
}

/** What each upload field of the reviewed items may show, by the media's (content-checked) type. */
export const MEDIA_FIELD_TYPES: Record<string, Record<string, readonly string[]>> = {
  articles: { heroImage: IMAGE_TYPES },
  bulletins: { audio: ['audio/mpeg'], recording: ['audio/mpeg'], syntheticAudio: ['audio/mpeg'] },
  slogans: { assets: [...IMAGE_TYPES, ...DOCUMENT_TYPES] },
}

/** The fields of `collection` that would show media of a type they do not take. */
export function fieldsWithWrongMedia({ collection, shown }: { collection: string; shown: { field: string; mimeType?: null | string }[] }): string[] {
  const table = MEDIA_FIELD_TYPES[collection] ?? {}
  const wrong = shown.filter(({ field, mimeType }) => table[field] && !table[field].includes(canonicalType(mimeType ?? '')))
  return [...new Set(wrong.map((w) => w.field))]
}

export function describeWrongMedia(fields: string[], language: 'en' | 'vi'): string {
  return language === 'en'
    ? `This media file is of the wrong type for ${fields.join(', ')}: a hero image takes JPEG, PNG, WebP or GIF, a recording MP3, slogan assets images or PDF.`
    : `Tư liệu không đúng loại cho ${fields.join(', ')}: ảnh đại diện nhận JPEG, PNG, WebP hoặc GIF, bản ghi âm nhận MP3, ma-két khẩu hiệu nhận ảnh hoặc PDF.`
}
