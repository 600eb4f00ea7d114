// Demo content for Plan 232: what six units wrote during the campaign and how review went, drawn from the plan's own text.
// Every fact and figure below is in Plan 232/VPTT-CAT (or names a document the plan cites); nothing is invented.
// Loaded with the demo users only (src/seed/loadSampleContent.ts); never in production without DEMO_PASSWORD.
import type { BriefDistribution, Channel } from '../content/vocabulary'
import type { DemoUser } from './demoUsers'

type Text = { en: string; vi: string }
type Audience = 'cadres' | 'foreign' | 'press' | 'public'

/** Editors for the units without a demo login, so each sample item is written by its own unit's editor. */
export const SAMPLE_AUTHORS: DemoUser[] = [
  { email: 'propaganda@nguon.local', name: 'Biên tập viên Ban Tuyên giáo Tỉnh ủy', roles: ['editor'], unitCode: 'BTGTU' },
  { email: 'religion@nguon.local', name: 'Biên tập viên Ban Tôn giáo', roles: ['editor'], unitCode: 'BTON' },
  { email: 'labour@nguon.local', name: 'Biên tập viên Sở LĐ-TB&XH', roles: ['editor'], unitCode: 'SLDTBXH' },
]

/** Where an item ends up, and the decisions on the way (Vietnam time; the campaign window is 30 Nov – 30 Dec 2023). */
export type SampleReview =
  | { state: 'draft' }
  | { state: 'in_review'; submittedAt: string }
  | { decidedAt: string; note: string; reviewer: string; state: 'changes_requested'; submittedAt: string }
  | { decidedAt: string; reviewer: string; state: 'published'; submittedAt: string }

type SampleCommon = {
  audiences: Audience[]
  /** Email of the unit editor who writes it. */
  author: string
  channels: Channel[]
  review: SampleReview
  topics: string[]
}

export type SampleArticle = SampleCommon & { body: Text; collection: 'articles'; summary: Text; title: Text }

export type SampleFigure = { asOf: string; label: Text; sourceName: string; unitOfMeasure: Text; value: number }

export type SampleTalkingPoints = SampleCommon & {
  collection: 'talking-points'
  figures: SampleFigure[]
  headline: Text
  keyMessage: Text
  supportingPoints: Text[]
}

export type SampleBrief = SampleCommon & {
  claim: Text
  claimOutlet: string
  collection: 'briefs'
  distribution: BriefDistribution
  evidence: { source: string; statement: Text }[]
  legalReferences: string[]
  response: Text
  title: Text
}

export type SampleItem = SampleArticle | SampleBrief | SampleTalkingPoints

const PLAN = 'Kế hoạch số 232/VPTT-CAT ngày 28/6/2023 của Ban Chỉ đạo Nhân quyền tỉnh Hà Tĩnh'
const TOPICS = ['nhân quyền', 'Kế hoạch 232']

export const SAMPLE_ITEMS: SampleItem[] = [
  // --- Department of Information and Communications (editor@): two published, one in review, a draft, one sent back.
  {
    collection: 'articles',
    author: 'editor@nguon.local',
    audiences: ['public'],
    channels: ['newspaper', 'web'],
    topics: TOPICS,
    title: {
      vi: 'Hà Tĩnh tuyên truyền kỷ niệm 75 năm Ngày Nhân quyền thế giới',
      en: 'Hà Tĩnh marks the 75th anniversary of Human Rights Day',
    },
    summary: {
      vi: 'Từ ngày 30/11 đến hết ngày 30/12/2023, các sở, ban, ngành và địa phương trong tỉnh tuyên truyền trực quan bằng pano, áp phích, băng rôn với tám khẩu hiệu của Kế hoạch số 232/VPTT-CAT.',
      en: 'From 30 November to the end of 30 December 2023, departments and localities across the province put up panels, posters and banners carrying the eight slogans of Plan 232/VPTT-CAT.',
    },
    body: {
      vi: `Thực hiện Kế hoạch số 232/VPTT-CAT ngày 28/6/2023 của Ban Chỉ đạo Nhân quyền tỉnh, các cơ quan, đơn vị trên địa bàn Hà Tĩnh tổ chức các hoạt động tuyên truyền nhân kỷ niệm 75 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2023).

Đợt tuyên truyền nhằm để mỗi người dân hiểu rõ quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước và của địa phương trong việc bảo đảm quyền con người; khẳng định những thành tựu bảo đảm quyền con người trên các lĩnh vực, góp phần quảng bá hình ảnh đất nước Việt Nam ổn định, dân chủ và phát triển.

Tuyên truyền trực quan bằng pano, áp phích, băng rôn, biểu ngữ được thực hiện từ ngày 30/11/2023 đến hết ngày 30/12/2023. Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí, cơ quan truyền thông cấp huyện và hệ thống thông tin cơ sở đưa tin thường xuyên trong suốt thời gian này.`,
      en: `Under Plan 232/VPTT-CAT of 28 June 2023 by the provincial Human Rights Steering Committee, agencies and units in Hà Tĩnh are holding information activities for the 75th anniversary of Human Rights Day (10 December 1948 – 10 December 2023).

The campaign sets out to help every citizen understand the policies and laws of the Party, the State and the province on ensuring human rights, to affirm what has been achieved in each field, and to present Viet Nam as a stable, democratic and developing country.

Panels, posters, banners and slogans go up from 30 November to the end of 30 December 2023. The Department of Information and Communications guides the press, the district media centres and the grassroots information system to report throughout this period.`,
    },
    review: { state: 'published', submittedAt: '2023-11-30T16:00:00+07:00', reviewer: 'reviewer@nguon.local', decidedAt: '2023-12-01T09:30:00+07:00' },
  },
  {
    collection: 'articles',
    author: 'editor@nguon.local',
    audiences: ['public'],
    channels: ['loudspeaker', 'radio'],
    topics: [...TOPICS, 'loa truyền thanh'],
    title: {
      vi: 'Bản tin loa: tháng tuyên truyền kỷ niệm Ngày Nhân quyền thế giới',
      en: 'Loudspeaker bulletin: a month of information for Human Rights Day',
    },
    summary: {
      vi: 'Thông báo trên hệ thống loa truyền thanh cơ sở về đợt tuyên truyền từ ngày 30/11 đến ngày 30/12/2023.',
      en: 'An announcement on the commune loudspeakers about the campaign from 30 November to 30 December 2023.',
    },
    body: {
      vi: `Kính thưa bà con! Năm 2023 là năm kỷ niệm 75 năm Ngày Nhân quyền thế giới, ngày 10 tháng 12. Từ ngày 30 tháng 11 đến hết ngày 30 tháng 12, các cơ quan, địa phương treo pano, áp phích, băng rôn tuyên truyền về quyền con người.

Mời bà con cùng tìm hiểu các khẩu hiệu: Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo! Việt Nam bảo đảm quyền của người dân tộc thiểu số! Việt Nam nỗ lực phòng, chống mua bán người!`,
      en: `Dear residents: 2023 marks 75 years of Human Rights Day, 10 December. From 30 November to the end of 30 December, agencies and localities put up panels, posters and banners about human rights.

Please take a look at the slogans: Viet Nam always ensures freedom of belief and religion! Viet Nam ensures the rights of ethnic minorities! Viet Nam strives to prevent and combat human trafficking!`,
    },
    review: { state: 'published', submittedAt: '2023-12-01T08:30:00+07:00', reviewer: 'chief@nguon.local', decidedAt: '2023-12-01T14:00:00+07:00' },
  },
  {
    collection: 'articles',
    author: 'editor@nguon.local',
    audiences: ['public'],
    channels: ['web'],
    topics: [...TOPICS, 'nền tảng số'],
    title: {
      vi: 'Đưa thông tin chính thống về quyền con người lên nền tảng số',
      en: 'Putting official information on human rights on digital platforms',
    },
    summary: {
      vi: 'Kế hoạch 232 yêu cầu tuyên truyền bằng nhiều hình thức, nhiều ngôn ngữ, chú trọng khai thác thế mạnh của nền tảng số và mạng xã hội.',
      en: 'Plan 232 asks for information in many forms and many languages, making the most of digital platforms and social networks.',
    },
    body: {
      vi: `Một trong những công tác trọng tâm của Kế hoạch số 232/VPTT-CAT là tuyên truyền sâu rộng, bằng nhiều hình thức, nhiều ngôn ngữ, chú trọng khai thác thế mạnh của nền tảng số, mạng xã hội nhằm truyền tải kịp thời thông tin chính thống đến cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn tỉnh.

Các trang thông tin điện tử của sở, ngành, địa phương đăng tải các bài viết, khẩu hiệu của đợt tuyên truyền và dẫn nguồn chính thống khi chia sẻ trên mạng xã hội.`,
      en: `One of the main tasks of Plan 232/VPTT-CAT is to inform widely, in many forms and many languages, making the most of digital platforms and social networks so that official information reaches cadres, party members and people across the province in good time.

The websites of departments and localities publish the campaign's articles and slogans and cite official sources when sharing them on social networks.`,
    },
    review: { state: 'in_review', submittedAt: '2023-12-18T09:00:00+07:00' },
  },
  {
    collection: 'articles',
    author: 'editor@nguon.local',
    audiences: ['public'],
    channels: ['newspaper'],
    topics: [...TOPICS, 'tuyên truyền trực quan'],
    title: {
      vi: 'Phóng sự ảnh: pano, áp phích chào mừng 75 năm Ngày Nhân quyền thế giới',
      en: 'Photo feature: panels and posters for the 75th anniversary of Human Rights Day',
    },
    summary: {
      vi: 'Bản nháp: chờ ảnh pano, áp phích từ các huyện, thành phố, thị xã.',
      en: 'Draft: waiting for photos of panels and posters from the districts, towns and city.',
    },
    body: {
      vi: 'Các địa phương treo pano, áp phích với tám khẩu hiệu của đợt tuyên truyền, từ khẩu hiệu “Chào mừng Kỷ niệm 75 năm ngày Nhân quyền thế giới (10/12/1948 – 10/12/2023)!” đến khẩu hiệu “Việt Nam nỗ lực thực hiện Công ước Chống tra tấn!”.',
      en: 'Localities put up panels and posters with the campaign\'s eight slogans, from "Celebrating the 75th anniversary of World Human Rights Day (10/12/1948 – 10/12/2023)!" to "Viet Nam strives to implement the Convention against Torture!".',
    },
    review: { state: 'draft' },
  },
  {
    collection: 'talking-points',
    author: 'editor@nguon.local',
    audiences: ['cadres'],
    channels: ['radio', 'loudspeaker'],
    topics: [...TOPICS, 'thông tin cơ sở'],
    headline: {
      vi: 'Đề cương tuyên truyền trên hệ thống thông tin cơ sở',
      en: 'Talking points for the grassroots information system',
    },
    keyMessage: {
      vi: 'Hệ thống thông tin cơ sở đưa thông tin chính thống về quyền con người đến từng thôn, xóm trong tháng tuyên truyền.',
      en: 'The grassroots information system takes official information on human rights to every village during the campaign month.',
    },
    supportingPoints: [
      {
        vi: 'Phát các khẩu hiệu của đợt tuyên truyền trên loa truyền thanh trong thời gian tuyên truyền trực quan.',
        en: "Broadcast the campaign's slogans on the loudspeakers while the panels and posters are up.",
      },
      {
        vi: 'Nội dung ngắn gọn, dễ hiểu, phù hợp với từng đối tượng.',
        en: 'Keep it short, easy to follow and suited to each audience.',
      },
    ],
    figures: [],
    review: {
      state: 'changes_requested',
      submittedAt: '2023-12-12T10:00:00+07:00',
      reviewer: 'reviewer@nguon.local',
      decidedAt: '2023-12-13T15:00:00+07:00',
      note: 'Đề cương chưa có số liệu: bổ sung số liệu có nguồn từ Kế hoạch 232 (thời gian tuyên truyền trực quan, số khẩu hiệu) rồi gửi lại. / No figures yet: add sourced figures from Plan 232 (the display period, the number of slogans) and resubmit.',
    },
  },

  // --- Provincial Police (editor2@): an article and a brief for the press published, one article in review.
  {
    collection: 'articles',
    author: 'editor2@nguon.local',
    audiences: ['public'],
    channels: ['television', 'web'],
    topics: [...TOPICS, 'Công ước Chống tra tấn'],
    title: {
      vi: 'Công an tỉnh đẩy mạnh tuyên truyền kết quả thực hiện Công ước Chống tra tấn',
      en: 'Provincial Police steps up information on implementing the Convention against Torture',
    },
    summary: {
      vi: 'Là Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh, Công an tỉnh phối hợp với các cơ quan báo chí thông tin về kết quả thực hiện Công ước Chống tra tấn.',
      en: 'As the standing agency of the provincial Human Rights Steering Committee, the Provincial Police works with the press to report on implementing the Convention against Torture.',
    },
    body: {
      vi: `Theo Kế hoạch số 232/VPTT-CAT, Công an tỉnh phối hợp với các đơn vị cung cấp thông tin, tài liệu cho các cơ quan thông tấn, báo chí về các vụ việc liên quan đến dân chủ, nhân quyền khi có yêu cầu, trong đó có công tác giam giữ, cải tạo phạm nhân và đặc xá, và đẩy mạnh tuyên truyền kết quả thực hiện Công ước Chống tra tấn.

Công an tỉnh đồng thời chủ trì theo dõi, kiểm tra, đôn đốc các đơn vị thực hiện Kế hoạch, tập hợp kết quả và báo cáo Ban Chỉ đạo Nhân quyền Chính phủ theo quy định.`,
      en: `Under Plan 232/VPTT-CAT, the Provincial Police works with other units to provide information and documents to the press on request about cases related to democracy and human rights, including detention, the rehabilitation of prisoners and amnesty, and steps up information on the results of implementing the Convention against Torture.

The Provincial Police also follows up and checks the units' implementation of the plan, compiles the results and reports to the Government's Human Rights Steering Committee.`,
    },
    review: { state: 'published', submittedAt: '2023-12-04T09:00:00+07:00', reviewer: 'reviewer@nguon.local', decidedAt: '2023-12-04T16:00:00+07:00' },
  },
  {
    collection: 'briefs',
    author: 'editor2@nguon.local',
    audiences: ['press'],
    channels: ['newspaper', 'television'],
    distribution: 'press',
    topics: [...TOPICS, 'Công ước Chống tra tấn'],
    title: {
      vi: 'Phản bác luận điệu “Việt Nam không thực hiện Công ước Chống tra tấn”',
      en: 'Answering the claim that "Viet Nam does not implement the Convention against Torture"',
    },
    claim: {
      vi: 'Một số trang mạng cho rằng Việt Nam không thực hiện Công ước Chống tra tấn và che giấu thông tin về công tác giam giữ.',
      en: 'Some websites claim that Viet Nam does not implement the Convention against Torture and hides information about detention.',
    },
    claimOutlet: 'Một số trang mạng xã hội',
    response: {
      vi: `Thực hiện Công ước Chống tra tấn là nhiệm vụ được giao cụ thể trong Kế hoạch số 232/VPTT-CAT: Công an tỉnh đẩy mạnh tuyên truyền kết quả thực hiện Công ước và cung cấp thông tin, tài liệu cho các cơ quan thông tấn, báo chí khi có yêu cầu, trong đó có công tác giam giữ, cải tạo phạm nhân và đặc xá.

“Việt Nam nỗ lực thực hiện Công ước Chống tra tấn!” là một trong tám khẩu hiệu được treo công khai trên pano, áp phích từ ngày 30/11 đến ngày 30/12/2023. Báo chí nhận thông tin về công tác này qua Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh.`,
      en: `Implementing the Convention against Torture is a task set out in Plan 232/VPTT-CAT: the Provincial Police promotes the results of implementing the Convention and provides information and documents to the press on request, including on detention, the rehabilitation of prisoners and amnesty.

"Viet Nam strives to implement the Convention against Torture!" is one of the eight slogans displayed publicly on panels and posters from 30 November to 30 December 2023. The press receives information on this work through the standing agency of the provincial Human Rights Steering Committee.`,
    },
    evidence: [
      {
        statement: {
          vi: 'Kế hoạch giao Công an tỉnh đẩy mạnh tuyên truyền kết quả thực hiện Công ước Chống tra tấn và cung cấp thông tin cho báo chí khi có yêu cầu.',
          en: 'The plan tasks the Provincial Police with promoting the results of implementing the Convention against Torture and with informing the press on request.',
        },
        source: `${PLAN}, mục III.3`,
      },
      {
        statement: {
          vi: '“Việt Nam nỗ lực thực hiện Công ước Chống tra tấn!” là khẩu hiệu thứ tám của đợt tuyên truyền trực quan.',
          en: '"Viet Nam strives to implement the Convention against Torture!" is the eighth slogan of the visual campaign.',
        },
        source: `${PLAN}, mục II.4`,
      },
    ],
    legalReferences: ['Công ước Chống tra tấn và các hình thức đối xử hoặc trừng phạt tàn bạo, vô nhân đạo hoặc hạ nhục con người'],
    review: { state: 'published', submittedAt: '2023-12-06T09:00:00+07:00', reviewer: 'chief@nguon.local', decidedAt: '2023-12-06T17:00:00+07:00' },
  },
  {
    collection: 'articles',
    author: 'editor2@nguon.local',
    audiences: ['press'],
    channels: ['radio', 'newspaper'],
    topics: [...TOPICS, 'báo chí'],
    title: {
      vi: 'Cung cấp thông tin cho báo chí về các vụ việc liên quan đến dân chủ, nhân quyền',
      en: 'Informing the press about cases related to democracy and human rights',
    },
    summary: {
      vi: 'Công an tỉnh hướng dẫn phóng viên cách đề nghị cung cấp thông tin, tài liệu qua Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh.',
      en: 'The Provincial Police explains how reporters can request information and documents through the standing agency of the provincial Human Rights Steering Committee.',
    },
    body: {
      vi: 'Khi có yêu cầu, Công an tỉnh phối hợp với các đơn vị cung cấp thông tin, tài liệu cho các cơ quan thông tấn, báo chí về các vụ việc liên quan đến dân chủ, nhân quyền. Đề nghị của cơ quan báo chí gửi về Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh.',
      en: 'On request, the Provincial Police works with other units to provide the press with information and documents about cases related to democracy and human rights. Requests from the press go to the standing agency of the provincial Human Rights Steering Committee.',
    },
    review: { state: 'in_review', submittedAt: '2023-12-19T10:00:00+07:00' },
  },

  // --- Standing Office of the Steering Committee (chief@): talking points and a training article published, a brief in review.
  {
    collection: 'talking-points',
    author: 'chief@nguon.local',
    audiences: ['press', 'cadres'],
    channels: ['newspaper', 'television', 'radio'],
    topics: TOPICS,
    headline: {
      vi: 'Kỷ niệm 75 năm Ngày Nhân quyền thế giới: thông điệp và số liệu chính',
      en: '75th anniversary of Human Rights Day: key messages and figures',
    },
    keyMessage: {
      vi: 'Việt Nam cam kết đóng góp vào các nỗ lực chung của thế giới nhằm thúc đẩy và bảo vệ quyền con người; Hà Tĩnh huy động cả hệ thống chính trị từ tỉnh tới cơ sở tuyên truyền thành tựu bảo đảm quyền con người.',
      en: 'Viet Nam is committed to the world\'s common efforts to promote and protect human rights; Hà Tĩnh mobilises the whole political system, from the province to the grassroots, to inform people about what has been achieved.',
    },
    supportingPoints: [
      {
        vi: 'Thông tin chính xác, kịp thời, thống nhất, sinh động và phù hợp với từng đối tượng.',
        en: 'Information that is accurate, timely, consistent, lively and suited to each audience.',
      },
      {
        vi: 'Tuyên truyền bằng nhiều hình thức, nhiều ngôn ngữ, chú trọng nền tảng số và mạng xã hội.',
        en: 'Many forms and many languages, with attention to digital platforms and social networks.',
      },
      {
        vi: 'Gắn tuyên truyền thành tựu với đấu tranh, phản bác các luận điệu vu cáo, xuyên tạc về dân chủ, nhân quyền.',
        en: 'Pair information on achievements with answers to slanderous and distorted claims about democracy and human rights.',
      },
    ],
    figures: [
      {
        label: { vi: 'Năm kỷ niệm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2023)', en: 'Anniversary of World Human Rights Day (10/12/1948 – 10/12/2023)' },
        value: 75,
        unitOfMeasure: { vi: 'năm', en: 'years' },
        asOf: '2023-12-10',
        sourceName: PLAN,
      },
      {
        label: { vi: 'Ngày tuyên truyền trực quan (30/11 – 30/12/2023)', en: 'Days of the visual campaign (30 Nov – 30 Dec 2023)' },
        value: 31,
        unitOfMeasure: { vi: 'ngày', en: 'days' },
        asOf: '2023-11-30',
        sourceName: `${PLAN}, mục II.4`,
      },
      {
        label: { vi: 'Khẩu hiệu tuyên truyền trực quan', en: 'Slogans for panels, posters and banners' },
        value: 8,
        unitOfMeasure: { vi: 'khẩu hiệu', en: 'slogans' },
        asOf: '2023-06-28',
        sourceName: `${PLAN}, mục II.4`,
      },
      {
        label: { vi: 'Đầu mối được phân công nhiệm vụ', en: 'Units assigned duties' },
        value: 10,
        unitOfMeasure: { vi: 'đầu mối', en: 'units' },
        asOf: '2023-06-28',
        sourceName: `${PLAN}, mục III`,
      },
    ],
    review: { state: 'published', submittedAt: '2023-11-30T10:00:00+07:00', reviewer: 'reviewer@nguon.local', decidedAt: '2023-11-30T15:00:00+07:00' },
  },
  {
    collection: 'articles',
    author: 'chief@nguon.local',
    audiences: ['cadres', 'public'],
    channels: ['radio', 'loudspeaker'],
    topics: [...TOPICS, 'tập huấn'],
    title: {
      vi: 'Tập huấn nhân quyền cho cán bộ cơ sở',
      en: 'Human-rights training for grassroots officials',
    },
    summary: {
      vi: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền tỉnh phối hợp với các sở, ban, ngành và địa phương tổ chức tập huấn nhân quyền cho lãnh đạo, cán bộ trực tiếp làm công tác nhân quyền cấp cơ sở.',
      en: 'The Standing Office of the provincial Human Rights Steering Committee works with departments and localities to train leaders and officials who handle human-rights work at the grassroots.',
    },
    body: {
      vi: `Kế hoạch số 232/VPTT-CAT đặt mục tiêu tổ chức các chương trình bồi dưỡng, tập huấn, hội thảo nâng cao kiến thức, kỹ năng chuyên sâu về công tác nhân quyền cho đội ngũ cán bộ các cấp, đặc biệt là cấp cơ sở.

Văn phòng Thường trực phối hợp với các sở, ban, ngành, các địa phương tổ chức hội nghị tập huấn nhân quyền cho lãnh đạo, cán bộ trực tiếp làm công tác nhân quyền cấp cơ sở, và phối hợp cung cấp thông tin, định hướng truyền thông về quyền con người cho các cơ quan báo chí khi có yêu cầu.`,
      en: `Plan 232/VPTT-CAT sets out to hold courses, training and workshops that deepen the knowledge and skills of officials at every level in human-rights work, especially at the grassroots.

The Standing Office works with departments and localities to train leaders and officials who handle human-rights work at the grassroots, and provides information and guidance on human rights to the press on request.`,
    },
    review: { state: 'published', submittedAt: '2023-12-07T09:00:00+07:00', reviewer: 'reviewer@nguon.local', decidedAt: '2023-12-07T14:30:00+07:00' },
  },
  {
    collection: 'briefs',
    author: 'chief@nguon.local',
    audiences: ['cadres'],
    channels: ['newspaper', 'television'],
    distribution: 'internal',
    topics: [...TOPICS, 'Hội đồng Nhân quyền Liên Hợp quốc'],
    title: {
      vi: 'Phản bác luận điệu cho rằng Việt Nam tham gia Hội đồng Nhân quyền Liên Hợp quốc chỉ để “đánh bóng” hình ảnh',
      en: 'Answering the claim that Viet Nam sits on the UN Human Rights Council only to polish its image',
    },
    claim: {
      vi: 'Việt Nam trở thành thành viên Hội đồng Nhân quyền Liên Hợp quốc chỉ để đánh bóng hình ảnh, không thực hiện các cam kết quốc tế về quyền con người.',
      en: 'Viet Nam became a member of the UN Human Rights Council only to polish its image and does not honour its international human-rights commitments.',
    },
    claimOutlet: 'Một số trang mạng xã hội',
    response: {
      vi: `Việt Nam tích cực, chủ động với vai trò thành viên Hội đồng Nhân quyền Liên Hợp quốc và ưu tiên thực hiện các cam kết quốc tế về quyền con người. Kế hoạch số 232/VPTT-CAT được xây dựng để thực hiện chương trình công tác năm 2023 của Ban Chỉ đạo Nhân quyền Chính phủ, nhất là trước thời điểm Việt Nam bảo vệ Báo cáo quốc gia thực thi Công ước xóa bỏ mọi hình thức phân biệt chủng tộc (CERD).

Việc báo cáo định kỳ trước cơ quan công ước của Liên Hợp quốc là cam kết cụ thể, không phải khẩu hiệu.`,
      en: `Viet Nam is active and proactive as a member of the UN Human Rights Council and gives priority to its international human-rights commitments. Plan 232/VPTT-CAT carries out the 2023 work programme of the Government's Human Rights Steering Committee, notably ahead of Viet Nam defending its national report on implementing the Convention on the Elimination of All Forms of Racial Discrimination (CERD).

Reporting regularly to a UN treaty body is a concrete commitment, not a slogan.`,
    },
    evidence: [
      {
        statement: {
          vi: 'Việt Nam chuẩn bị bảo vệ Báo cáo quốc gia thực thi Công ước xóa bỏ mọi hình thức phân biệt chủng tộc (CERD).',
          en: 'Viet Nam was preparing to defend its national report on implementing CERD.',
        },
        source: `${PLAN}, phần mở đầu`,
      },
      {
        statement: {
          vi: 'Kế hoạch thực hiện Kế hoạch số 04/KH-BCĐNQ ngày 12/5/2023 của Ban Chỉ đạo về Nhân quyền Chính phủ và Công văn số 2716/UBND-NC ngày 31/5/2023 của UBND tỉnh.',
          en: "The plan implements Plan 04/KH-BCĐNQ of 12 May 2023 by the Government's Human Rights Steering Committee and Official Letter 2716/UBND-NC of 31 May 2023 by the Provincial People's Committee.",
        },
        source: `${PLAN}, phần mở đầu`,
      },
    ],
    legalReferences: [
      'Kế hoạch số 04/KH-BCĐNQ ngày 12/5/2023 của Ban Chỉ đạo về Nhân quyền Chính phủ',
      'Công văn số 2716/UBND-NC ngày 31/5/2023 của UBND tỉnh Hà Tĩnh',
    ],
    review: { state: 'in_review', submittedAt: '2023-12-15T16:00:00+07:00' },
  },

  // --- Provincial Party Committee's Propaganda Department (propaganda@): an article and talking points for the press.
  {
    collection: 'articles',
    author: 'propaganda@nguon.local',
    audiences: ['press', 'cadres'],
    channels: ['newspaper'],
    topics: [...TOPICS, 'báo chí'],
    title: {
      vi: 'Định hướng báo chí mở loạt bài về thành tựu bảo đảm quyền con người',
      en: 'Press agencies asked to run series on achievements in ensuring human rights',
    },
    summary: {
      vi: 'Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan thông tấn, báo chí trên địa bàn tổ chức các đợt, chuỗi tuyên truyền thành tựu bảo đảm nhân quyền của cả nước và của Hà Tĩnh.',
      en: "The Provincial Party Committee's Propaganda Department steers the press to run campaigns and series on human-rights achievements in Viet Nam and in Hà Tĩnh.",
    },
    body: {
      vi: `Tại các hội nghị giao ban báo chí, hội nghị báo cáo viên và hội nghị cộng tác viên dư luận xã hội, Ban Tuyên giáo Tỉnh ủy thường xuyên quán triệt, tuyên truyền kết quả bảo đảm quyền con người và chỉ đạo đẩy mạnh thông tin đối ngoại về thành tựu nhân quyền.

Ban Tuyên giáo Tỉnh ủy cũng chỉ đạo Hội Nhà báo tỉnh và các cơ quan, đơn vị liên quan phối hợp với Công an tỉnh – Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh tập huấn về công tác nhân quyền cho phóng viên, biên tập viên.`,
      en: `At press conferences, speakers' conferences and meetings of public-opinion collaborators, the Propaganda Department regularly briefs on and promotes the results of ensuring human rights, and steers external information on human-rights achievements.

It steers the provincial Journalists' Association and other bodies to work with the Provincial Police, the standing agency of the provincial Human Rights Steering Committee, on human-rights training for reporters and editors.`,
    },
    review: { state: 'published', submittedAt: '2023-12-01T08:00:00+07:00', reviewer: 'reviewer@nguon.local', decidedAt: '2023-12-01T11:00:00+07:00' },
  },
  {
    collection: 'talking-points',
    author: 'propaganda@nguon.local',
    audiences: ['cadres', 'press'],
    channels: ['newspaper', 'web'],
    topics: [...TOPICS, 'báo cáo viên'],
    headline: {
      vi: 'Gợi ý nội dung cho hội nghị báo cáo viên tháng 12/2023',
      en: "Suggested content for the December 2023 speakers' conference",
    },
    keyMessage: {
      vi: 'Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về quyền con người và ý thức cảnh giác trước thủ đoạn lợi dụng dân chủ, nhân quyền chống phá Đảng, Nhà nước.',
      en: 'Raise the awareness of cadres, party members and the public of human rights, and their vigilance against attempts to exploit democracy and human rights against the Party and the State.',
    },
    supportingPoints: [
      {
        vi: 'Tầm quan trọng của công tác bảo vệ và đấu tranh về quyền con người.',
        en: 'Why protecting human rights, and answering attacks on the record, matters.',
      },
      {
        vi: 'Các khẩu hiệu về quyền của từng nhóm, lĩnh vực: tự do tín ngưỡng, tôn giáo; người dân tộc thiểu số; phòng, chống mua bán người; Công ước Chống tra tấn.',
        en: 'The slogans on specific rights: freedom of belief and religion; ethnic minorities; preventing human trafficking; the Convention against Torture.',
      },
    ],
    figures: [
      {
        label: { vi: 'Năm kỷ niệm Ngày Nhân quyền thế giới', en: 'Anniversary of World Human Rights Day' },
        value: 75,
        unitOfMeasure: { vi: 'năm', en: 'years' },
        asOf: '2023-12-10',
        sourceName: PLAN,
      },
      {
        label: { vi: 'Khẩu hiệu về quyền của từng nhóm, lĩnh vực (khẩu hiệu 5–8)', en: 'Slogans on specific rights (slogans 5–8)' },
        value: 4,
        unitOfMeasure: { vi: 'khẩu hiệu', en: 'slogans' },
        asOf: '2023-06-28',
        sourceName: `${PLAN}, mục II.4`,
      },
    ],
    review: { state: 'published', submittedAt: '2023-12-05T08:00:00+07:00', reviewer: 'chief@nguon.local', decidedAt: '2023-12-05T10:30:00+07:00' },
  },

  // --- Religious Affairs Committee (religion@): a public brief.
  {
    collection: 'briefs',
    author: 'religion@nguon.local',
    audiences: ['public'],
    channels: ['newspaper', 'radio', 'web'],
    distribution: 'public',
    topics: [...TOPICS, 'tự do tín ngưỡng, tôn giáo'],
    title: {
      vi: 'Phản bác luận điệu “Việt Nam không có tự do tín ngưỡng, tôn giáo”',
      en: 'Answering the claim that "there is no freedom of belief and religion in Viet Nam"',
    },
    claim: {
      vi: 'Các đối tượng chống đối cho rằng ở Việt Nam không có tự do tín ngưỡng, tôn giáo.',
      en: 'Hostile groups claim that there is no freedom of belief and religion in Viet Nam.',
    },
    claimOutlet: 'Một số trang mạng xã hội',
    response: {
      vi: `Quyền tự do tín ngưỡng, tôn giáo được bảo đảm bằng pháp luật: Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật đang được tiếp tục triển khai thực hiện trên địa bàn tỉnh.

Ban Tôn giáo (Sở Nội vụ) được giao cập nhật số liệu các tổ chức tôn giáo mới được công nhận và số lượng tín đồ các tôn giáo, cung cấp cho các đơn vị khi có yêu cầu để làm rõ các cáo buộc. “Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo!” là một trong tám khẩu hiệu của đợt tuyên truyền.`,
      en: `Freedom of belief and religion is guaranteed by law: the Law on Belief and Religion and the Government's Decree 162/2017/ND-CP of 30 December 2017, which details and implements it, continue to be applied in the province.

The Religious Affairs Committee (Department of Home Affairs) keeps the figures on newly recognised religious organisations and on followers up to date and provides them to other units on request to answer such claims. "Viet Nam always ensures freedom of belief and religion!" is one of the campaign's eight slogans.`,
    },
    evidence: [
      {
        statement: {
          vi: 'Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP tiếp tục được triển khai thực hiện trên địa bàn tỉnh.',
          en: 'The Law on Belief and Religion and Decree 162/2017/ND-CP continue to be implemented in the province.',
        },
        source: `${PLAN}, mục III.8`,
      },
      {
        statement: {
          vi: '“Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo!” là khẩu hiệu thứ năm của đợt tuyên truyền trực quan.',
          en: '"Viet Nam always ensures freedom of belief and religion!" is the fifth slogan of the visual campaign.',
        },
        source: `${PLAN}, mục II.4`,
      },
    ],
    legalReferences: ['Luật Tín ngưỡng, tôn giáo', 'Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ'],
    review: { state: 'published', submittedAt: '2023-12-08T09:00:00+07:00', reviewer: 'reviewer@nguon.local', decidedAt: '2023-12-08T15:00:00+07:00' },
  },

  // --- Department of Labour, Invalids and Social Affairs (labour@): one article for radio, loudspeakers and the web.
  {
    collection: 'articles',
    author: 'labour@nguon.local',
    audiences: ['public'],
    channels: ['loudspeaker', 'radio', 'web'],
    topics: [...TOPICS, 'trẻ em', 'bình đẳng giới'],
    title: {
      vi: 'Bảo vệ trẻ em, thúc đẩy bình đẳng giới và quyền của người khuyết tật',
      en: 'Protecting children, promoting gender equality and the rights of people with disabilities',
    },
    summary: {
      vi: 'Sở Lao động - Thương binh và Xã hội đẩy mạnh tuyên truyền nâng cao nhận thức về quyền của trẻ em, phụ nữ và người khuyết tật trong tháng kỷ niệm Ngày Nhân quyền thế giới.',
      en: 'The Department of Labour, Invalids and Social Affairs steps up information on the rights of children, women and people with disabilities during the Human Rights Day month.',
    },
    body: {
      vi: `Theo Kế hoạch số 232/VPTT-CAT, Sở Lao động - Thương binh và Xã hội chủ trì cung cấp thông tin, kết quả thực thi các Công ước quốc tế về quyền của người lao động và nhóm dễ bị tổn thương, và đẩy mạnh tuyên truyền nâng cao nhận thức về bảo vệ, chăm sóc trẻ em, bảo đảm, thúc đẩy quyền phụ nữ, bình đẳng giới và quyền của người khuyết tật.

Cùng với đó là khẩu hiệu của đợt tuyên truyền: Việt Nam nỗ lực phòng, chống mua bán người!`,
      en: `Under Plan 232/VPTT-CAT, the Department of Labour, Invalids and Social Affairs leads on information about implementing international conventions on the rights of workers and vulnerable groups, and steps up awareness of child protection and care, women's rights, gender equality and the rights of people with disabilities.

Alongside this runs the campaign slogan: Viet Nam strives to prevent and combat human trafficking!`,
    },
    review: { state: 'published', submittedAt: '2023-12-11T09:00:00+07:00', reviewer: 'reviewer@nguon.local', decidedAt: '2023-12-11T16:00:00+07:00' },
  },
]
