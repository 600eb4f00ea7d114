// The desk admin's words (Tin đến, sources' health, changed origins, write-only secrets), Vietnamese first.
import type { UiLanguage } from '../workflow/words'
import type { DerivedCollection } from './loadChangedOrigins'
import type { SourceHealth } from './sourceHealth'

type Words = { en: string; vi: string }

export const DESK_WORDS = {
  adaptFailed: { en: 'Not adapted:', vi: 'Chưa biên tập lại được:' },
  adapting: { en: 'Creating the draft…', vi: 'Đang tạo bản nháp…' },
  all: { en: 'All', vi: 'Tất cả' },
  body: { en: 'Body', vi: 'Nội dung' },
  changedAt: { en: 'changed upstream', vi: 'nguồn đổi lúc' },
  changes: { en: 'Changes at the source', vi: 'Thay đổi ở nguồn' },
  changesIntro: { en: 'Against the previous version the source sent', vi: 'So với bản trước nguồn đã gửi' },
  desk: { en: 'Incoming', vi: 'Tin đến' },
  deskIntro: {
    en: 'Items taken in from the sources. Read the preview, then adapt an item into a draft of ours.',
    vi: 'Tin nhận về từ các nguồn. Xem trước, rồi biên tập lại thành bản nháp của cơ quan.',
  },
  empty: { en: 'No incoming item matches.', vi: 'Không có tin đến nào phù hợp.' },
  filter: { en: 'Filter', vi: 'Lọc' },
  filters: { en: 'Filters', vi: 'Bộ lọc' },
  group: { en: 'Incoming', vi: 'Tin đầu vào' },
  language: { en: 'Language', vi: 'Ngôn ngữ' },
  networkError: { en: 'The server could not be reached.', vi: 'Không kết nối được với máy chủ.' },
  next: { en: 'Next page', vi: 'Trang sau' },
  noSummary: { en: 'No summary.', vi: 'Không có tóm tắt.' },
  onlyStaff: { en: 'Only editors, reviewers and administrators read the incoming desk.', vi: 'Chỉ biên tập viên, người duyệt và quản trị viên xem được tin đến.' },
  openAtSource: { en: 'Open at the source', vi: 'Mở ở nguồn' },
  page: { en: 'Page', vi: 'Trang' },
  preview: { en: 'Preview', vi: 'Xem trước' },
  previous: { en: 'Previous page', vi: 'Trang trước' },
  publishedAt: { en: 'published', vi: 'đăng lúc' },
  source: { en: 'Source', vi: 'Nguồn' },
  status: { en: 'Upstream status', vi: 'Trạng thái ở nguồn' },
  summary: { en: 'Summary', vi: 'Tóm tắt' },
  title: { en: 'Title', vi: 'Tiêu đề' },
  total: { en: 'items', vi: 'tin' },
  versions: { en: 'earlier versions', vi: 'bản trước' },
} satisfies Record<string, Words>

export const PUB_STATUS_WORDS: Record<'canceled' | 'usable' | 'withheld', Words> = {
  canceled: { en: 'Canceled', vi: 'Đã hủy' },
  usable: { en: 'Usable', vi: 'Dùng được' },
  withheld: { en: 'Withheld', vi: 'Tạm giữ' },
}

/** "Biên tập lại thành …": what each adapt button makes. */
export const ADAPT_WORDS: Record<DerivedCollection, Words> = {
  articles: { en: 'Adapt into an article', vi: 'Biên tập lại thành bài viết' },
  briefs: { en: 'Adapt into a rebuttal brief', vi: 'Biên tập lại thành bản phản bác' },
  bulletins: { en: 'Adapt into a bulletin', vi: 'Biên tập lại thành bản tin' },
  'talking-points': { en: 'Adapt into talking points', vi: 'Biên tập lại thành luận điểm' },
}

export const HEALTH_WORDS: Record<SourceHealth, Words> = {
  failing: { en: 'Failing', vi: 'Đang lỗi' },
  inactive: { en: 'Switched off', vi: 'Đã tắt' },
  late: { en: 'Not polled on time', vi: 'Không lấy tin đúng hạn' },
  never: { en: 'Not polled yet', vi: 'Chưa lấy tin lần nào' },
  ok: { en: 'Working', vi: 'Hoạt động tốt' },
}

export const HOME_DESK_WORDS = {
  changedOrigins: { en: 'Adapted items whose origin changed', vi: 'Tin bài biên tập lại có tin gốc đã thay đổi' },
  changedOriginsIntro: {
    en: 'The source updated or withdrew the item these were adapted from: check them before they go out.',
    vi: 'Nguồn đã cập nhật hoặc thu hồi tin gốc của các tin bài này: hãy rà soát trước khi phát hành.',
  },
  consecutiveFailures: { en: 'failures in a row', vi: 'lần lỗi liên tiếp' },
  lastError: { en: 'Last error', vi: 'Lỗi lần cuối' },
  lastSuccess: { en: 'Last success', vi: 'Lấy tin thành công lúc' },
  never: { en: 'never', vi: 'chưa có' },
  nextPoll: { en: 'Next poll', vi: 'Lấy tin lần tới' },
  noChangedOrigins: { en: 'No adapted item has a changed origin.', vi: 'Không có tin bài nào có tin gốc thay đổi.' },
  noSources: { en: 'No source yet.', vi: 'Chưa có nguồn nào.' },
  openDesk: { en: 'Incoming', vi: 'Tin đến' },
  sourceHealth: { en: 'Sources', vi: 'Tình trạng các nguồn tin' },
  sourcesNeedAttention: { en: 'need attention', vi: 'cần xử lý' },
} satisfies Record<string, Words>

/** What the banner and the home list say about an origin that changed. */
export function originChangeText(change: { at?: null | string; kind: 'gone' | 'updated' | 'withdrawn'; status?: string }, at: string, language: UiLanguage): string {
  if (change.kind === 'gone') return language === 'en' ? 'The original item is no longer on the desk (its source was removed).' : 'Tin gốc không còn trên bàn nhận tin (nguồn đã bị xóa).'
  if (change.kind === 'withdrawn') {
    const how = change.status === 'canceled' ? { en: 'canceled', vi: 'hủy' } : { en: 'withheld', vi: 'tạm giữ' }
    return language === 'en' ? `The source withdrew the original item (${how.en})${at ? ` at ${at}` : ''}.` : `Tin gốc đã bị nguồn thu hồi (${how.vi})${at ? ` lúc ${at}` : ''}.`
  }
  return language === 'en' ? `The source updated the original item at ${at}.` : `Tin gốc đã được nguồn cập nhật lúc ${at}.`
}

export const BANNER_WORDS = {
  check: { en: 'Compare it with this item before it goes out.', vi: 'Hãy đối chiếu với tin bài này trước khi phát hành.' },
  openDeskRow: { en: 'Open the original on the desk', vi: 'Mở tin gốc trên bàn nhận tin' },
} satisfies Record<string, Words>

export const SECRET_WORDS = {
  clear: { en: 'Remove', vi: 'Xóa' },
  cleared: { en: 'Removed.', vi: 'Đã xóa.' },
  heading: { en: 'Write-only secrets', vi: 'Mã bí mật (chỉ ghi)' },
  intro: {
    en: 'Stored values are never shown again; type a new one to replace it.',
    vi: 'Giá trị đã lưu không bao giờ được hiển thị lại; nhập giá trị mới để thay.',
  },
  isNotSet: { en: 'Not set', vi: 'Chưa đặt' },
  isSet: { en: 'Set', vi: 'Đã đặt' },
  newValue: { en: 'New value', vi: 'Giá trị mới' },
  pushSecret: { en: 'Push signing secret (whsec_…)', vi: 'Khóa ký tin đẩy (whsec_…)' },
  save: { en: 'Save', vi: 'Lưu' },
  saveSourceFirst: { en: 'Save the source first, then set its secrets here.', vi: 'Hãy lưu nguồn trước, sau đó đặt mã ở đây.' },
  saved: { en: 'Saved.', vi: 'Đã lưu.' },
  token: { en: 'Access token (Bearer)', vi: 'Mã truy cập (Bearer)' },
  typeFirst: { en: 'Type the new value first.', vi: 'Hãy nhập giá trị mới trước.' },
} satisfies Record<string, Words>
