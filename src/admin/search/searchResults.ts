// The global search's words and how it groups what /api/search answered, by type in a fixed order; pure.
import { STATE_WORDS, type UiLanguage } from '../workflow/words'

export type SearchDoc = {
  collection: string
  id: number
  snippet: string
  status: null | string
  title: string
  unit: null | { code: string; id: number; name: string }
  updatedAt: string
}

export const SEARCH_WORDS = {
  button: { en: 'Search', vi: 'Tìm kiếm' },
  close: { en: 'Close', vi: 'Đóng' },
  empty: { en: 'Nothing found. Try fewer words, or without marks.', vi: 'Không tìm thấy. Hãy thử ít từ hơn hoặc gõ không dấu.' },
  failed: { en: 'Search failed', vi: 'Không tìm được' },
  hint: { en: 'With or without diacritics; "quotes" for a phrase', vi: 'Gõ có dấu hoặc không dấu; đặt "trong ngoặc kép" để tìm cụm từ' },
  more: { en: 'more', vi: 'kết quả nữa' },
  placeholder: { en: 'Search articles, briefs, slogans, media…', vi: 'Tìm bài viết, đề cương, lập luận, khẩu hiệu, tư liệu…' },
  total: { en: 'results', vi: 'kết quả' },
}

/**
 * The count over the results: exact, or (when more match than a search counts, `totalIsLowerBound`) "more than", with
 * the way to narrow them.
 */
export function totalText({ totalDocs, totalIsLowerBound }: { totalDocs: number; totalIsLowerBound?: boolean }, language: UiLanguage): string {
  if (!totalIsLowerBound) return `${totalDocs} ${SEARCH_WORDS.total[language]}`
  return language === 'vi' ? `Hơn ${totalDocs} kết quả; gõ thêm từ để thu hẹp` : `More than ${totalDocs} results; type more words to narrow them`
}

export const TYPE_WORDS: Record<string, { en: string; vi: string }> = {
  articles: { en: 'Articles', vi: 'Bài viết' },
  briefs: { en: 'Counter-argument briefs', vi: 'Lập luận phản bác' },
  bulletins: { en: 'Loudspeaker bulletins', vi: 'Bản tin truyền thanh' },
  media: { en: 'Media', vi: 'Tư liệu' },
  slogans: { en: 'Slogans', vi: 'Khẩu hiệu' },
  'talking-points': { en: 'Talking points', vi: 'Đề cương tuyên truyền' },
}

const ORDER = ['articles', 'talking-points', 'briefs', 'slogans', 'bulletins', 'media']

/** The results grouped by type, types in a fixed order, each keeping the ranking within it. */
export function groupByType(docs: SearchDoc[]): { collection: string; docs: SearchDoc[] }[] {
  const groups = new Map<string, SearchDoc[]>()
  for (const doc of docs) groups.set(doc.collection, [...(groups.get(doc.collection) ?? []), doc])
  return [...groups].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)).map(([collection, list]) => ({ collection, docs: list }))
}

export const statusWord = (status: null | string, language: UiLanguage): null | string =>
  status && status in STATE_WORDS ? STATE_WORDS[status as keyof typeof STATE_WORDS][language] : null

export const typeWord = (collection: string, language: UiLanguage): string => TYPE_WORDS[collection]?.[language] ?? collection
