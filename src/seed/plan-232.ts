// Plan No. 232/VPTT-CAT (Hà Tĩnh, 28 June 2023): the first campaign, copied as the project's own demo data.
// Source: the public plan of the provincial Human Rights Steering Committee; Vietnamese text as issued, English as a gloss.

export type PlanUnit = {
  /** Numbering as in the plan, which skips 6. */
  planNumber: number
  code: string
  kind: 'committee' | 'department' | 'district'
  name: { en: string; vi: string }
  duties: { en: string; vi: string }
}

export type PlanSlogan = { number: number; text: { en: string; vi: string } }

export const PLAN_232_CAMPAIGN = {
  slug: 'plan-232-human-rights-75',
  title: {
    vi: 'Tuyên truyền Kỷ niệm 75 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2023)',
    en: '75th anniversary of Human Rights Day (10 Dec 1948 – 10 Dec 2023): information campaign',
  },
  summary: {
    vi: "Kế hoạch số 232/VPTT-CAT ngày 28/6/2023 của Ban Chỉ đạo Nhân quyền tỉnh Hà Tĩnh: tuyên truyền thành tựu bảo đảm quyền con người, đấu tranh phản bác luận điệu xuyên tạc; tuyên truyền trực quan từ ngày 30/11/2023 đến hết ngày 30/12/2023; các đơn vị báo cáo kết quả trước ngày 20/12/2023.",
    en: "Plan 232/VPTT-CAT of 28 June 2023 by the Hà Tĩnh Human Rights Steering Committee: inform the public about human-rights achievements and answer distorted claims; visual campaign from 30 Nov to 30 Dec 2023; every unit reports its results before 20 Dec 2023.",
  },
  // Dates in Vietnam time (UTC+7).
  startsAt: '2023-11-30T00:00:00+07:00',
  endsAt: '2023-12-30T23:59:59+07:00',
  reportDueAt: '2023-12-20T00:00:00+07:00',
} as const

/** The slogans' display window: 30 Nov 2023 to the end of 30 Dec 2023. */
export const PLAN_232_DISPLAY_WINDOW = { from: '2023-11-30T00:00:00+07:00', until: '2023-12-30T23:59:59+07:00' } as const

export const PLAN_232_UNITS: PlanUnit[] = [
  {
    planNumber: 1,
    code: 'BTGTU',
    kind: 'committee',
    name: { vi: "Ban Tuyên giáo Tỉnh ủy", en: "Provincial Party Committee's Propaganda Department" },
    duties: {
      vi: "Ban Tuyên giáo tỉnh ủy chỉ đạo, định hướng các cơ quan thông tấn, báo chí trên địa bàn tổ chức các đợt, chuỗi tuyên truyền thành tựu bảo đảm nhân quyền trên địa bàn cả nước và Hà Tĩnh nói riêng. Thường xuyên quán triệt, tuyên truyền kết quả bảo đảm quyền con người trong các hội nghị giao ban báo chí, hội nghị báo cáo viên và hội nghị cộng tác viên dư luận xã hội. Chỉ đạo đẩy mạnh công tác thông tin đối ngoại về thành tựu nhân quyền. Chỉ đạo Hội nhà báo tỉnh, các cơ quan, đơn vị liên quan phối hợp với Công an tỉnh - Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh tổ chức tập huấn về công tác nhân quyền cho đội ngũ phóng viên, biên tập viên các cơ quan truyền thông báo chí.",
      en: "Steers press agencies and article series on human-rights achievements; briefs press conferences, speakers' and public-opinion collaborators' meetings; steers external information; with the Provincial Police, trains reporters and editors on human-rights work.",
    },
  },
  {
    planNumber: 2,
    code: 'SNGV',
    kind: 'department',
    name: { vi: "Sở Ngoại vụ", en: "Department of Foreign Affairs" },
    duties: {
      vi: "Sở Ngoại vụ thông qua các hoạt động giao lưu, hợp tác quốc tế trên lĩnh vực nhân quyền, phối hợp với các sở, ban, ngành liên quan thường xuyên trao đổi thông tin về thành tựu nhân quyền, kết quả tham gia các cơ chế, các diễn đàn, biên bản trao đổi, biên bản ghi nhớ của địa phương với các nước có quan hệ đối ngoại; phối hợp với các đơn vị chức năng trong việc đấu tranh, phản bác các luận điệu vu cáo, xuyên tạc của các đối tượng phản động, chống đối về tình hình dân chủ, nhân quyền ở nước ta nói chung và tại Hà Tĩnh nói riêng.",
      en: "Through international exchanges and cooperation, shares information on human-rights achievements and on the province's participation in mechanisms and forums; provides information for foreign audiences; helps answer slanderous claims about democracy and human rights.",
    },
  },
  {
    planNumber: 3,
    code: 'CA',
    kind: 'department',
    name: { vi: "Công an tỉnh", en: "Provincial Police" },
    duties: {
      vi: "Công an tỉnh phối hợp với các sở, ban, ngành và các địa phương chủ động nắm tình hình hoạt động của các hệ loại đối tượng, các vụ việc liên quan đến dân chủ, nhân quyền để tham mưu UBND tỉnh chỉ đạo giải quyết dứt điểm ngay tại cơ sở; phối hợp với các đơn vị cung cấp thông tin, tài liệu cho các cơ quan thông tấn, báo chí về các vụ việc liên quan đến dân chủ, nhân quyền khi có yêu cầu; hoạt động của số đối tượng cực đoan chống đối trong tôn giáo, dân tộc, số chống đối chính trị bị xử lý theo pháp luật; công tác giam giữ, cải tạo phạm nhân và đặc xá; đẩy mạnh tuyên truyền kết quả thực hiện Công ước Chống tra tấn. Chủ trì theo dõi, kiểm tra, đôn đốc các đơn vị thực hiện nội dung Kế hoạch; tập hợp kết quả, báo cáo Ban Chỉ đạo Nhân quyền Chính phủ theo đúng quy định.",
      en: "Standing agency of the steering committee. Follows cases related to democracy and human rights; supplies information and documents to the press on request; promotes the results of implementing the Convention against Torture; follows up and checks the units' implementation of the plan and compiles the final report.",
    },
  },
  {
    planNumber: 4,
    code: 'STTTT',
    kind: 'department',
    name: { vi: "Sở Thông tin và Truyền thông", en: "Department of Information and Communications" },
    duties: {
      vi: "Sở Thông tin và Truyền thông chỉ đạo, hướng dẫn các cơ quan báo chí, cơ quan truyền thông cấp huyện và hệ thống thông tin cơ sở tăng cường công tác thông tin, tuyên truyền đối ngoại về chủ trương, đường lối, thành tựu dân chủ, nhân quyền của Việt Nam, thành tựu nhân quyền trên địa bàn tỉnh. Phối hợp với Ban Tuyên giáo Tỉnh ủy thường xuyên quán triệt các nội dung bảo đảm quyền con người trong các hội nghị giao ban báo chí và qua hệ thống văn bản chỉ đạo, điều hành. Phối hợp các cơ quan báo chí đấu tranh, phản bác luận điệu xuyên tạc, vu cáo của các thế lực thù địch lợi dụng vấn đề dân chủ, nhân quyền chống phá Việt Nam; vạch trần âm mưu của các thế lực thù địch lợi dụng vấn đề nhân quyền, các vụ việc nổi cộm được dư luận xã hội quan tâm để xuyên tạc, phủ nhận thành tựu về nhân quyền, dân chủ, tự do tôn giáo, tự do ngôn luận ở Việt Nam nói chung và trên địa bàn tỉnh nói riêng. Phối hợp với các cơ quan, đơn vị liên quan tổ chức các hội nghị, hội thảo, tập huấn nhằm nâng cao nhận thức về nhân quyền cho cán bộ làm công tác thông tin truyền thông.",
      en: "Steers and guides press agencies, district media centres and the grassroots information system (commune loudspeakers) to step up information on human-rights policy and achievements; with the press, answers distorted claims; organises conferences and training for information staff.",
    },
  },
  {
    planNumber: 5,
    code: 'STP',
    kind: 'department',
    name: { vi: "Sở Tư pháp", en: "Department of Justice" },
    duties: {
      vi: "Sở Tư pháp phối hợp với các cơ quan liên quan tham mưu xây dựng, sửa đổi, bổ sung, bãi bỏ văn bản quy phạm pháp luật thực hiện điều ước quốc tế về quyền con người; chủ động nghiên cứu, xây dựng lập luận đấu tranh phản bác các luận điệu xuyên tạc hệ thống pháp luật của ta, cập nhật kết quả công tác cải cách tư pháp, tình hình sửa đổi, bổ sung và ban hành các văn bản pháp luật mới nhằm đảm bảo quyền con người ở nước ta... Phối hợp trao đổi thông tin với các sở, ban, ngành và Cơ quan Thường trực BCD Nhân quyền tỉnh phục vụ công tác đấu tranh đối ngoại và tuyên truyền thành tựu nhân quyền trên các phương tiện truyền thông. Tăng cường hướng dẫn triển khai phổ biến, giáo dục pháp luật, văn bản mới ban hành để giúp người dân hiểu rõ quyền và nghĩa vụ của mình.",
      en: "Advises on legal documents implementing international human-rights treaties; builds argument briefs answering distortions of the legal system; updates results of judicial reform and new legislation; steps up legal education so people know their rights and duties.",
    },
  },
  {
    planNumber: 7,
    code: 'SLDTBXH',
    kind: 'department',
    name: { vi: "Sở Lao động - Thương binh và Xã hội", en: "Department of Labour, Invalids and Social Affairs" },
    duties: {
      vi: "Sở Lao động - Thương binh và xã hội chủ trì cung cấp thông tin, kết quả thực thi các Công ước quốc tế về quyền của người lao động và nhóm dễ bị tổn thương; phối hợp, trao đổi thông tin với các bộ, ngành liên quan và Cơ quan Thường trực BCD Nhân quyền tỉnh những thành tựu đã đạt được trên lĩnh vực nhân quyền và xây dựng lập luận đấu tranh, phản bác các thông tin vu cáo, xuyên tạc phục vụ công tác tuyên truyền và đối thoại về nhân quyền; đẩy mạnh các hoạt động tuyên truyền nâng cao nhận thức về bảo vệ, chăm sóc trẻ em, bảo đảm thúc đẩy quyền phụ nữ, bình đẳng giới; quyền của người khuyết tật... Thông qua kênh hợp tác đối ngoại trên lĩnh vực nhân quyền nắm chắc tình hình, dự báo các quan điểm và hoạt động của các đối tác trong lĩnh vực lao động và phúc lợi xã hội để có ứng phó phù hợp, chuẩn bị các thông tin phục vụ cho việc phê chuẩn Công ước quốc tế thuộc lĩnh vực ngành phụ trách.",
      en: "Provides information and results on international conventions on workers' rights and vulnerable groups; builds argument briefs; promotes awareness of child protection, women's rights, gender equality and the rights of people with disabilities.",
    },
  },
  {
    planNumber: 8,
    code: 'BTON',
    kind: 'department',
    name: { vi: "Ban Tôn giáo (Sở Nội vụ)", en: "Religious Affairs Committee (Department of Home Affairs)" },
    duties: {
      vi: "Ban Tôn giáo (Sở Nội vụ) tiếp tục triển khai thực hiện Luật Tín ngưỡng, tôn giáo, Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật tín ngưỡng, tôn giáo, các quy định khác của pháp luật có liên quan...; đẩy mạnh tuyên truyền thành tựu bảo đảm quyền tự do tín ngưỡng, tôn giáo (cập nhật số liệu các tổ chức tôn giáo mới được phong, số lượng tín đồ các tôn giáo); cung cấp thông tin cho các đơn vị liên quan khi có yêu cầu nhằm góp phần giải tỏa cáo buộc của các tổ chức nhân quyền thế giới, các đối tượng phản động, chống đối xuyên tạc về tình hình tự do tôn giáo ở Việt Nam nói chung, sớm đưa Việt Nam ra khỏi “Danh sách Theo dõi đặc biệt về tự do tôn giáo và Danh sách các quốc gia cần quan tâm đặc biệt về tự do tôn giáo”. Tập hợp các vụ việc phức tạp có yếu tố tôn giáo trên địa bàn, kết quả xử lý; xây dựng lập luận đấu tranh, phản bác các luận điệu vu cáo, xuyên tạc lợi dụng vấn đề tôn giáo; phối hợp, trao đổi thông tin với các sở, ban, ngành liên quan và Cơ quan Thường trực Ban chỉ đạo Nhân quyền tỉnh phục vụ công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng, đối thoại về nhân quyền và các cuộc tiếp xúc với các cá nhân, tổ chức nước ngoài quan tâm đến tình hình tôn giáo trên địa bàn Hà Tĩnh.",
      en: "Implements the Law on Belief and Religion and Decree 162/2017/ND-CP; promotes achievements in ensuring freedom of belief and religion with updated figures (newly recognised religious organisations, numbers of followers); builds argument briefs answering claims about religion.",
    },
  },
  {
    planNumber: 9,
    code: 'VPUBND',
    kind: 'department',
    name: { vi: "Văn phòng UBND tỉnh", en: "Office of the Provincial People's Committee" },
    duties: {
      vi: "Văn phòng UBND tỉnh tham mưu Chủ tịch UBND tỉnh theo dõi, đôn đốc các sở, ban, ngành và UBND các huyện, thành phố, thị xã đẩy mạnh công tác thông tin, tuyên truyền về chính sách, thành tựu đảm bảo quyền con người trên mọi lĩnh vực xã hội và thực hiện hiệu quả các nhiệm vụ được phân công trong Kế hoạch này.\n\nĐồng thời thực hiện tốt công tác tuyên truyền, giáo dục, nâng cao nhận thức cho đồng bào dân tộc thiểu số về đường lối, chính sách của Đảng, Nhà nước; tăng cường tuyên truyền phổ biến và giáo dục pháp luật về bảo vệ và thúc đẩy quyền của người dân tộc thiểu số, đặc biệt là phụ nữ và trẻ em bằng nhiều hình thức; cập nhật những thành tựu phát triển kinh tế, văn hóa, xã hội, nâng cao đời sống, xóa đói, giảm nghèo đối với đồng bào dân tộc thiểu số ở vùng sâu, vùng xa; xây dựng, lập luận đấu tranh phản bác các luận điệu chia rẽ khối đại đoàn kết toàn dân tộc, kích động tư tưởng ly khai tự trị lợi dụng “Quyền của người bản địa” để chống phá ta; phối hợp, trao đổi với các sở, ngành liên quan và Cơ quan Thường trực BCD Nhân quyền tỉnh phục vụ công tác tuyên truyền.",
      en: "Advises the chair of the Provincial People's Committee on following up departments and districts; information and legal education for ethnic-minority communities, especially women and children, in suitable forms; answers claims that divide national unity.",
    },
  },
  {
    planNumber: 10,
    code: 'VPTT',
    kind: 'committee',
    name: { vi: "Văn phòng Thường trực Ban Chỉ đạo Nhân quyền tỉnh", en: "Standing Office of the Provincial Human Rights Steering Committee" },
    duties: {
      vi: "Văn phòng Thường trực Ban Chỉ đạo về Nhân quyền tỉnh chủ trì, phối hợp với các sở, ban, ngành thành viên BCD về Nhân quyền tỉnh xây dựng dữ liệu thành tựu bảo đảm quyền con người trên địa bàn; xây dựng hệ thống lập luận đấu tranh, phản bác luận điệu xuyên tạc của các thế lực thù địch lợi dụng dân chủ, nhân quyền, phục vụ công tác thông tin, tuyên truyền tại các cuộc đối thoại nhân quyền và trên các phương tiện truyền thông; khi có yêu cầu cần phối hợp chặt chẽ với sở, ban, ngành liên quan cung cấp thông tin xây dựng lập luận, cùng đơn vị chủ trì trả lời kháng thư của Liên hợp quốc nhằm giảm thiểu sức ép từ bên ngoài. Phối hợp với các cơ quan báo, đài nhằm tăng cường hơn nữa công tác thông tin, tuyên truyền về thành tựu bảo đảm quyền con người và đấu tranh phản bác các luận điệu vu cáo, xuyên tạc, thù địch lợi dụng vấn đề dân chủ, nhân quyền chống phá ta. Tập trung thực hiện một số nhiệm vụ sau:\n\n- Phối hợp với Đài Truyền hình tỉnh và các cơ quan báo chí đẩy mạnh tuyên truyền về thành tựu bảo đảm quyền con người và đấu tranh phản bác các luận điệu vu cáo, xuyên tạc về tình hình nhân quyền.\n\n- Phối hợp với các sở, ban, ngành tổ chức hội thảo, tập huấn nhằm nâng cao hiệu quả công tác thông tin, tuyên truyền về thành tựu bảo đảm, thúc đẩy quyền con người ở Việt Nam và tuyên truyền về chính sách, thành tựu đã đạt được trong việc đảm bảo quyền con người, đấu tranh phản bác thông tin xuyên tạc của các thế lực thù địch.\n\n- Phối hợp với các sở, ban, ngành, các địa phương tổ chức Hội nghị tập huấn nhân quyền cho lãnh đạo, cán bộ trực tiếp làm công tác nhân quyền cấp cơ sở.\n\n- Phối hợp cung cấp thông tin, định hướng truyền thông về quyền con người cho các cơ quan thông tấn, báo chí khi có yêu cầu.",
      en: "Builds the database of human-rights achievements in the province and the system of argument briefs; works with the TV station and the press; organises workshops and training for cadres, including grassroots human-rights training; guides the press on request.",
    },
  },
  {
    planNumber: 11,
    code: 'UBNDH',
    kind: 'district',
    name: { vi: "UBND các huyện, thành phố, thị xã", en: "District, town and city People's Committees" },
    duties: {
      vi: "UBND các huyện, thành phố, thị xã xây dựng kế hoạch tổ chức các hoạt động tuyên truyền về thành tựu bảo đảm quyền con người thời gian qua như tọa đàm, in và treo các pano, áp phích, tờ rơi tuyên truyền về quyền con người với các nội dung:\n\n- Chỉ đạo các đơn vị chức năng của địa phương tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến tới cán bộ, đảng viên và các tầng lớp nhân dân về quan điểm, chủ trương của đảng, chính sách, pháp luật của Nhà nước về dân chủ, nhân quyền.\n\n- Xây dựng kế hoạch, tổ chức tuyên truyền đậm nét những thành tựu về phát triển kinh tế - xã hội trên các lĩnh vực ở địa phương, trong đó chú trọng tuyên truyền thành tựu bảo đảm quyền con người nhân dịp kỷ niệm 75 năm Ngày Nhân quyền thế giới theo hướng dẫn của Ban Chỉ đạo về Nhân quyền tỉnh đảm bảo tiến độ, hiệu quả.",
      en: "Draw up local plans: seminars, panels (pano), posters and leaflets on human rights; promote local socio-economic achievements and human-rights achievements for the 75th anniversary, on schedule and to effect.",
    },
  },
]

export const PLAN_232_SLOGANS: PlanSlogan[] = [
  { number: 1, text: { vi: "Chào mừng Kỷ niệm 75 năm ngày Nhân quyền thế giới (10/12/1948 – 10/12/2023)!", en: "Celebrating the 75th anniversary of World Human Rights Day (10/12/1948 – 10/12/2023)!" } },
  { number: 2, text: { vi: "Việt Nam tích cực, chủ động với vai trò thành viên Hội đồng Nhân quyền Liên Hợp quốc!", en: "Viet Nam is active and proactive as a member of the UN Human Rights Council!" } },
  { number: 3, text: { vi: "Việt Nam cam kết đóng góp vào các nỗ lực chung của thế giới nhằm thúc đẩy và bảo vệ quyền con người!", en: "Viet Nam is committed to the world's common efforts to promote and protect human rights!" } },
  { number: 4, text: { vi: "Việt Nam ưu tiên thực hiện các cam kết quốc tế về quyền con người!", en: "Viet Nam gives priority to its international human-rights commitments!" } },
  { number: 5, text: { vi: "Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo!", en: "Viet Nam always ensures freedom of belief and religion!" } },
  { number: 6, text: { vi: "Việt Nam bảo đảm quyền của người dân tộc thiểu số!", en: "Viet Nam ensures the rights of ethnic minorities!" } },
  { number: 7, text: { vi: "Việt Nam nỗ lực phòng, chống mua bán người!", en: "Viet Nam strives to prevent and combat human trafficking!" } },
  { number: 8, text: { vi: "Việt Nam nỗ lực thực hiện Công ước Chống tra tấn!", en: "Viet Nam strives to implement the Convention against Torture!" } },
]
