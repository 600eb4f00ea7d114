// The workflow UI's words in the two admin languages, and the language the admin is shown in.
import { formatDateTime as formatVietnamDateTime } from '../../i18n/dates'
import type { WorkflowState } from '../../content/vocabulary'
import type { WorkflowAction } from '../../workflow/stateMachine'

export type UiLanguage = 'en' | 'vi'
type Words = { en: string; vi: string }

/** The admin language as the workflow UI speaks it: English when chosen, Vietnamese otherwise. */
export const uiLanguage = (language: null | string | undefined): UiLanguage => (language === 'en' ? 'en' : 'vi')

export const STATE_WORDS: Record<WorkflowState, Words> = {
  changes_requested: { en: 'Changes requested', vi: 'Yêu cầu sửa' },
  draft: { en: 'Draft', vi: 'Bản nháp' },
  in_review: { en: 'In review', vi: 'Chờ duyệt' },
  published: { en: 'Published', vi: 'Đã đăng' },
  scheduled: { en: 'Scheduled', vi: 'Đã duyệt, chờ đăng' },
  withdrawn: { en: 'Withdrawn', vi: 'Đã gỡ' },
}

/** Button labels: what the user does. */
export const ACTION_WORDS: Record<WorkflowAction, Words> = {
  approve: { en: 'Approve', vi: 'Duyệt' },
  recall: { en: 'Recall', vi: 'Thu hồi' },
  reopen: { en: 'Reopen as draft', vi: 'Mở lại thành bản nháp' },
  'request-changes': { en: 'Request changes', vi: 'Yêu cầu sửa' },
  submit: { en: 'Submit for review', vi: 'Gửi duyệt' },
  withdraw: { en: 'Withdraw', vi: 'Gỡ tin' },
}

/** History entries: what happened (the scheduled publication is an event too). */
export const EVENT_WORDS: Record<WorkflowAction | 'publish', Words> = {
  approve: { en: 'approved', vi: 'đã duyệt' },
  publish: { en: 'published (embargo ended)', vi: 'đã đăng (hết hạn cấm đăng)' },
  recall: { en: 'recalled it to edit', vi: 'đã thu hồi để sửa' },
  reopen: { en: 'reopened', vi: 'đã mở lại' },
  'request-changes': { en: 'requested changes', vi: 'đã yêu cầu sửa' },
  submit: { en: 'submitted for review', vi: 'đã gửi duyệt' },
  withdraw: { en: 'withdrew', vi: 'đã gỡ' },
}

/** What confirming an action does, said in its dialog where it is not obvious. */
export const ACTION_EFFECT_WORDS: Partial<Record<WorkflowAction, Words>> = {
  recall: {
    en: 'The item goes back to draft and leaves the review queue. Edit it, then submit it again.',
    vi: 'Tin bài trở về bản nháp và rời khỏi hàng chờ duyệt. Sửa xong, hãy gửi duyệt lại.',
  },
  reopen: { en: 'The item becomes a draft that can be edited and submitted again.', vi: 'Tin bài trở thành bản nháp để sửa và gửi duyệt lại.' },
  withdraw: { en: 'The item is taken down from every feed and outlet.', vi: 'Tin bài được gỡ khỏi mọi kênh và cơ quan nhận tin.' },
}

export const WORDS = {
  actionDone: { en: 'Done:', vi: 'Đã thực hiện:' },
  actions: { en: 'Actions', vi: 'Thao tác' },
  author: { en: 'Author', vi: 'Người soạn' },
  cancel: { en: 'Cancel', vi: 'Hủy' },
  collection: { en: 'Type', vi: 'Loại' },
  confirm: { en: 'Confirm', vi: 'Xác nhận' },
  emptyQueue: { en: 'Nothing is waiting for your review.', vi: 'Không có tin bài nào đang chờ bạn duyệt.' },
  fixFirst: { en: 'Complete the missing items above first.', vi: 'Cần bổ sung các mục còn thiếu ở trên trước.' },
  history: { en: 'History', vi: 'Lịch sử duyệt' },
  liveStaysLive: {
    en: 'The published version stays live until this correction is approved.',
    vi: 'Bản đã đăng vẫn hiển thị cho đến khi bản sửa này được duyệt.',
  },
  itemEmbargo: {
    en: "Left empty, the item's own embargo applies:",
    vi: 'Để trống thì áp dụng thời điểm cấm đăng đã đặt cho tin bài:',
  },
  loading: { en: 'Loading…', vi: 'Đang tải…' },
  networkError: { en: 'The server could not be reached.', vi: 'Không kết nối được với máy chủ.' },
  noActions: { en: 'No action is open to you now.', vi: 'Hiện bạn không có thao tác nào.' },
  noEvents: { en: 'No decisions yet.', vi: 'Chưa có quyết định nào.' },
  note: { en: 'Note', vi: 'Ghi chú' },
  noteOptional: { en: 'Note (optional)', vi: 'Ghi chú (không bắt buộc)' },
  noteRequired: { en: 'Note (required)', vi: 'Ghi chú (bắt buộc)' },
  noteMissing: { en: 'Please write a note.', vi: 'Vui lòng nhập ghi chú.' },
  open: { en: 'Open', vi: 'Mở' },
  onlyReviewers: { en: 'Only reviewers and administrators have a review queue.', vi: 'Chỉ người duyệt và quản trị viên có hàng chờ duyệt.' },
  panelTitle: { en: 'Review workflow', vi: 'Quy trình duyệt' },
  publishAt: { en: 'Publish at (embargo, optional)', vi: 'Đăng lúc (cấm đăng trước, không bắt buộc)' },
  publishAtHint: {
    en: 'Leave empty to publish at once; a future time schedules the item.',
    vi: 'Để trống để đăng ngay; thời điểm trong tương lai sẽ hẹn giờ đăng.',
  },
  queueIntro: {
    en: 'Items waiting for review that you may decide on (your own work and units you do not review are left out).',
    vi: 'Tin bài đang chờ duyệt mà bạn được quyết định (không gồm bài do chính bạn soạn/sửa và đơn vị bạn không được phân công).',
  },
  readOnly: { en: 'Read only.', vi: 'Chỉ xem.' },
  refused: { en: 'Not done:', vi: 'Chưa thực hiện được:' },
  reviewNote: { en: 'Latest review note', vi: 'Ghi chú duyệt gần nhất' },
  reviewQueue: { en: 'Review queue', vi: 'Hàng chờ duyệt' },
  saveFirst: { en: 'Save the item first to send it for review.', vi: 'Lưu tin bài trước khi gửi duyệt.' },
  saveChangesFirst: { en: 'Save your changes (Save draft) before taking an action.', vi: 'Hãy lưu thay đổi (Lưu bản nháp) trước khi thực hiện thao tác.' },
  startCorrection: { en: 'Write a correction', vi: 'Soạn bản đính chính' },
  status: { en: 'Status', vi: 'Trạng thái' },
  submittedAt: { en: 'Submitted', vi: 'Gửi duyệt lúc' },
  title: { en: 'Title', vi: 'Tiêu đề' },
  unit: { en: 'Unit', vi: 'Đơn vị' },
  version: { en: 'Approved version', vi: 'Phiên bản đã duyệt' },
  working: { en: 'Working…', vi: 'Đang xử lý…' },
} satisfies Record<string, Words>

/**
 * Dates as people in the province read them: dd/MM/yyyy HH:mm in Vietnam time — the same on a page the server
 * renders (whose clock may be UTC) and in the browser, in both languages (see src/i18n/dates.ts).
 */
export const formatDateTime = (iso: null | string | undefined, _language?: UiLanguage): string => formatVietnamDateTime(iso)
