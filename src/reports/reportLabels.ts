// Words of the progress report in the two admin languages, shared by the CSV, the dashboard and the print page.
import type { Channel, ContentCollection, Locale, WorkflowState } from '../content/vocabulary'
import type { DeadlineFlag } from './campaignProgress'

type Words<K extends string> = Record<K, Record<Locale, string>>

export const TYPE_LABELS: Words<ContentCollection> = {
  articles: { vi: 'Bài viết', en: 'Articles' },
  'talking-points': { vi: 'Đề cương', en: 'Talking points' },
  briefs: { vi: 'Lập luận phản bác', en: 'Briefs' },
  slogans: { vi: 'Khẩu hiệu', en: 'Slogans' },
}

export const STATE_LABELS: Words<WorkflowState> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  in_review: { vi: 'Chờ duyệt', en: 'In review' },
  changes_requested: { vi: 'Yêu cầu sửa', en: 'Changes requested' },
  scheduled: { vi: 'Chờ đăng', en: 'Scheduled' },
  published: { vi: 'Đã đăng', en: 'Published' },
  withdrawn: { vi: 'Đã gỡ', en: 'Withdrawn' },
}

export const CHANNEL_LABELS: Words<Channel> = {
  newspaper: { vi: 'Báo in', en: 'Newspaper' },
  television: { vi: 'Truyền hình', en: 'Television' },
  radio: { vi: 'Phát thanh', en: 'Radio' },
  loudspeaker: { vi: 'Loa cơ sở', en: 'Loudspeakers' },
  web: { vi: 'Trang điện tử', en: 'Web' },
}

export const FLAG_LABELS: Words<DeadlineFlag> = {
  'deadline-near': { vi: 'Sắp đến hạn, chưa đăng tin', en: 'Due soon, nothing published' },
  overdue: { vi: 'Quá hạn, chưa đăng tin', en: 'Overdue, nothing published' },
}

export const REPORT_WORDS = {
  code: { vi: 'Mã đơn vị', en: 'Unit code' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  duty: { vi: 'Nhiệm vụ được giao', en: 'Duty' },
  items: { vi: 'Tổng số tin bài', en: 'Items' },
  published: { vi: 'Đã đăng', en: 'Published' },
  outlets: { vi: 'Cơ quan nhận tin', en: 'Outlets reached' },
  lastActivity: { vi: 'Hoạt động gần nhất', en: 'Last activity' },
  flag: { vi: 'Cảnh báo', en: 'Flag' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  title: { vi: 'Tiến độ chiến dịch', en: 'Campaign progress' },
  reportDue: { vi: 'Hạn báo cáo', en: 'Report due' },
  daysLeft: { vi: 'Còn lại', en: 'Days left' },
  days: { vi: 'ngày', en: 'days' },
  overdueBy: { vi: 'Quá hạn', en: 'Overdue by' },
  asOf: { vi: 'Số liệu tính đến', en: 'Figures as of' },
  byChannel: { vi: 'Tin đã đăng theo kênh', en: 'Published by channel' },
  byState: { vi: 'Theo trạng thái duyệt', en: 'By review status' },
  print: { vi: 'Bản in báo cáo', en: 'Printable report' },
  csv: { vi: 'Tải CSV', en: 'Download CSV' },
  notTracked: { vi: 'chưa theo dõi', en: 'not tracked' },
  none: { vi: 'Chưa có', en: 'None yet' },
  noCampaign: { vi: 'Chưa có chiến dịch nào.', en: 'No campaign yet.' },
  viewItems: { vi: 'Xem tin bài', en: 'View items' },
  preparedFor: { vi: 'Kính gửi: Trưởng Ban Chỉ đạo', en: 'For: the head of the steering committee' },
} as const satisfies Record<string, Record<Locale, string>>
