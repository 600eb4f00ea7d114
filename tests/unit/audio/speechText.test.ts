import { describe, expect, it } from 'vitest'

import { DEFAULT_ABBREVIATIONS, splitSentences, toSpeechText } from '../../../src/audio/speechText'
import { decimalInWords, numberInWords, ordinalInWords, romanToNumber } from '../../../src/audio/vietnameseNumbers'
import { PLAN_232_CAMPAIGN, PLAN_232_SLOGANS, PLAN_232_UNITS } from '../../../src/seed/plan-232'

const slogan = (number: number) => PLAN_232_SLOGANS.find((entry) => entry.number === number)!.text.vi

describe('numberInWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [75, 'bảy mươi lăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [162, 'một trăm sáu mươi hai'],
    [232, 'hai trăm ba mươi hai'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1948, 'một nghìn chín trăm bốn mươi tám'],
    [2017, 'hai nghìn không trăm mười bảy'],
    [2023, 'hai nghìn không trăm hai mươi ba'],
    [10_000, 'mười nghìn'],
    [55_000, 'năm mươi lăm nghìn'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_234_567, 'một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy'],
    [2_000_000_000, 'hai tỷ'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    ['3000000021', 'ba tỷ không trăm hai mươi mốt'],
  ])('reads %s as "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words)
  })

  it('refuses what is not a non-negative integer', () => {
    expect(() => numberInWords(-1)).toThrow(TypeError)
    expect(() => numberInWords('12a')).toThrow(TypeError)
  })

  it.each([
    ['3', '5', 'ba phẩy năm'],
    ['3', '05', 'ba phẩy không năm'],
    ['12', '75', 'mười hai phẩy bảy mươi lăm'],
    ['3', '14159', 'ba phẩy một bốn một năm chín'],
  ])('reads the decimal %s,%s as "%s"', (integer, fraction, words) => {
    expect(decimalInWords(integer, fraction)).toBe(words)
  })

  it.each([
    [1, 'nhất'],
    [2, 'hai'],
    [4, 'tư'],
    [14, 'mười bốn'],
  ])('says "thứ %s" as "thứ %s"', (value, word) => {
    expect(ordinalInWords(value)).toBe(word)
  })

  it.each([
    ['I', 1],
    ['IV', 4],
    ['XIII', 13],
    ['XXI', 21],
    ['MCMXLVIII', 1948],
    ['IIII', undefined],
    ['VX', undefined],
    ['', undefined],
  ])('reads the Roman numeral "%s" as %s', (numeral, value) => {
    expect(romanToNumber(numeral)).toBe(value)
  })
})

describe('toSpeechText', () => {
  it.each([
    [
      slogan(1),
      'Chào mừng Kỷ niệm bảy mươi lăm năm ngày Nhân quyền thế giới, ngày mười tháng mười hai năm một nghìn chín trăm bốn mươi tám đến ngày mười tháng mười hai năm hai nghìn không trăm hai mươi ba.',
    ],
    [slogan(2), 'Việt Nam tích cực, chủ động với vai trò thành viên Hội đồng Nhân quyền Liên Hợp quốc.'],
    [slogan(7), 'Việt Nam nỗ lực phòng, chống mua bán người.'],
    [
      'Kế hoạch số 232/VPTT-CAT ngày 28/6/2023',
      'Kế hoạch số hai trăm ba mươi hai Văn phòng Thường trực Công an tỉnh ngày hai mươi tám tháng sáu năm hai nghìn không trăm hai mươi ba.',
    ],
    [
      'Nghị định số 162/2017/NĐ-CP ngày 30/12/2017',
      'Nghị định số một trăm sáu mươi hai năm hai nghìn không trăm mười bảy Nghị định Chính phủ ngày ba mươi tháng mười hai năm hai nghìn không trăm mười bảy.',
    ],
    [
      'các đơn vị báo cáo kết quả trước ngày 20/12/2023',
      'Các đơn vị báo cáo kết quả trước ngày hai mươi tháng mười hai năm hai nghìn không trăm hai mươi ba.',
    ],
    ['Kỷ niệm 75 năm', 'Kỷ niệm bảy mươi lăm năm.'],
    ['31/5/2023', 'Ngày ba mươi mốt tháng năm năm hai nghìn không trăm hai mươi ba.'],
    ['hạn chót 4/2024', 'Hạn chót tháng tư năm hai nghìn không trăm hai mươi tư.'],
    ['họp ngày 20/12', 'Họp ngày hai mươi tháng mười hai.'],
    ['tăng 3,5% so với 2022', 'Tăng ba phẩy năm phần trăm so với hai nghìn không trăm hai mươi hai.'],
    ['1.234.567 người', 'Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy người.'],
    ['xem mục 1.2', 'Xem mục một chấm hai.'],
    ['giai đoạn 2021-2025, từ 5 – 7 người', 'Giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm, từ năm đến bảy người.'],
    ['gọi 0912345678', 'Gọi không chín một hai ba bốn năm sáu bảy tám.'],
    ['lúc 14h30, 7h và 9:05', 'Lúc mười bốn giờ ba mươi phút, bảy giờ và chín giờ năm phút.'],
    ['Lần thứ 1, thứ 2, thứ 4, thứ 14', 'Lần thứ nhất, thứ hai, thứ tư, thứ mười bốn.'],
    ['Quốc hội khóa XV, thế kỷ XXI, Đại hội lần thứ XIII', 'Quốc hội khóa mười lăm, thế kỷ hai mươi mốt, Đại hội lần thứ mười ba.'],
    ['I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\nIV. TỔ CHỨC THỰC HIỆN', 'Một. MỤC ĐÍCH, YÊU CẦU. Hai. NỘI DUNG. Bốn. TỔ CHỨC THỰC HIỆN.'],
    ['1. Tuyên truyền\n- treo pano\n- phát tờ rơi', 'Một. Tuyên truyền. Treo pano. Phát tờ rơi.'],
    [
      'UBND tỉnh, HĐND huyện, BCĐ, TP. Hà Tĩnh, TX Hồng Lĩnh, LHQ, CA huyện',
      'Ủy ban nhân dân tỉnh, Hội đồng nhân dân huyện, Ban Chỉ đạo, thành phố Hà Tĩnh, thị xã Hồng Lĩnh, Liên Hợp Quốc, Công an huyện.',
    ],
    ['báo cáo UBND.', 'Báo cáo Ủy ban nhân dân.'],
    ['pano, áp phích, tờ rơi v.v. Sau đó họp', 'Pano, áp phích, tờ rơi vân vân. Sau đó họp.'],
    ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội.'],
    ['Ban Tôn giáo (Sở Nội vụ) triển khai', 'Ban Tôn giáo, Sở Nội vụ, triển khai.'],
    ['có liên quan...; đẩy mạnh... Phối hợp', 'Có liên quan. Đẩy mạnh. Phối hợp.'],
    ['Hội nghị kết thúc; các đại biểu về địa phương! Có ai hỏi gì không?\nTrân trọng', 'Hội nghị kết thúc. Các đại biểu về địa phương. Có ai hỏi gì không. Trân trọng.'],
    ['“Danh sách Theo dõi đặc biệt”', 'Danh sách Theo dõi đặc biệt.'],
    ['  Việt   Nam\t\t bảo đảm  ', 'Việt Nam bảo đảm.'],
  ])('reads %j as %j', (text, spoken) => {
    expect(toSpeechText(text)).toBe(spoken)
  })

  it('drops markup, decodes entities, and drops links, e-mail addresses and emoji', () => {
    const html = '<h2>Thông báo</h2><p>Chi tiết: https://hatinh.gov.vn/tin?id=1&amp;x=2</p><p>Liên hệ vptt@hatinh.gov.vn &amp; tri&#x1EC3;n kh&#97;i 🎉🇻🇳👍🏽</p><script>alert(1)</script>'
    expect(toSpeechText(html)).toBe('Thông báo. Chi tiết. Liên hệ và triển khai.')
  })

  it('reads decomposed (NFD) input like composed text', () => {
    expect(toSpeechText('HĐND tỉnh'.normalize('NFD'))).toBe('Hội đồng nhân dân tỉnh.')
  })

  it('matches abbreviations as whole tokens only', () => {
    expect(toSpeechText('KHÁCH, CAMERA, TPHCM và CATALOG')).toBe('KHÁCH, CAMERA, TPHCM và CATALOG.')
  })

  it('leaves "Công ty CP" alone while reading the decree code NĐ-CP', () => {
    expect(toSpeechText('Công ty CP Sông Lam')).toBe('Công ty CP Sông Lam.')
  })

  it('lets an administrator add and override abbreviations', () => {
    const abbreviations = { BTGTU: 'Ban Tuyên giáo Tỉnh ủy', LHQ: 'Liên hợp quốc' }
    expect(toSpeechText('BTGTU và LHQ', { abbreviations })).toBe('Ban Tuyên giáo Tỉnh ủy và Liên hợp quốc.')
    expect(DEFAULT_ABBREVIATIONS.LHQ).toBe('Liên Hợp Quốc')
  })

  it('reads nothing from empty text or text without words', () => {
    expect(toSpeechText('')).toBe('')
    expect(toSpeechText(' 🎉 … ; ')).toBe('')
  })

  it('leaves no digits or symbols in any part of Plan 232, and every sentence starts with a capital', () => {
    const texts = [PLAN_232_CAMPAIGN.title.vi, PLAN_232_CAMPAIGN.summary.vi, ...PLAN_232_SLOGANS.map((entry) => entry.text.vi), ...PLAN_232_UNITS.map((unit) => unit.duties.vi)]
    for (const text of texts) {
      const spoken = toSpeechText(text)
      expect(spoken).toMatch(/^[\p{L} ,.]+\.$/u)
      for (const sentence of splitSentences(spoken)) expect(sentence).toMatch(/^\p{Lu}.*\.$/u)
    }
  })
})

describe('splitSentences', () => {
  it('splits the spoken Plan 232 summary into its three sentences', () => {
    expect(splitSentences(toSpeechText(PLAN_232_CAMPAIGN.summary.vi))).toEqual([
      'Kế hoạch số hai trăm ba mươi hai Văn phòng Thường trực Công an tỉnh ngày hai mươi tám tháng sáu năm hai nghìn không trăm hai mươi ba của Ban Chỉ đạo Nhân quyền tỉnh Hà Tĩnh, tuyên truyền thành tựu bảo đảm quyền con người, đấu tranh phản bác luận điệu xuyên tạc.',
      'Tuyên truyền trực quan từ ngày ba mươi tháng mười một năm hai nghìn không trăm hai mươi ba đến hết ngày ba mươi tháng mười hai năm hai nghìn không trăm hai mươi ba.',
      'Các đơn vị báo cáo kết quả trước ngày hai mươi tháng mười hai năm hai nghìn không trăm hai mươi ba.',
    ])
  })

  it.each([
    ['Một câu. Câu hai! Câu ba?\nDòng mới', ['Một câu.', 'Câu hai!', 'Câu ba?', 'Dòng mới']],
    ['Tăng 1.234 người, đạt 3,5 phần trăm. Xong.', ['Tăng 1.234 người, đạt 3,5 phần trăm.', 'Xong.']],
    ['không tách. ở chữ thường', ['không tách. ở chữ thường']],
    ['', []],
  ])('splits %j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences)
  })
})

describe('toSpeechText: what the first tests did not reach (mutation testing)', () => {
  it('reads digits stuck to letters as a word of their own', () => {
    expect(toSpeechText('Dịch COVID-19 và F0.')).toBe('Dịch COVID mười chín và F không.')
    expect(toSpeechText('Ca F1 tăng.')).toBe('Ca F một tăng.')
  })

  it('reads only real dates as dates: day 1–31, month 1–12, in either date of a range', () => {
    expect(toSpeechText('Ngày 32/13/2023 không có.')).toBe('Ngày ba mươi hai mười ba hai nghìn không trăm hai mươi ba không có.')
    expect(toSpeechText('Ngày 0/12/2023.')).toBe('Ngày không mười hai hai nghìn không trăm hai mươi ba.')
    expect(toSpeechText('Hạn 31/12/2023 và 29/02/2024.')).toBe(
      'Hạn ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi ba và ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư.',
    )
    expect(toSpeechText('Từ 10/12/1948 – 32/12/2023.')).toBe('Từ mười mười hai một nghìn chín trăm bốn mươi tám đến ba mươi hai mười hai hai nghìn không trăm hai mươi ba.')
    expect(toSpeechText('Từ 1/4/2023 - 30/4/2023.')).toBe('Từ ngày một tháng tư năm hai nghìn không trăm hai mươi ba đến ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi ba.')
    expect(toSpeechText('ngày 20/12 và ngày 32/12')).toBe('Ngày hai mươi tháng mười hai và ngày ba mươi hai mười hai.')
  })

  it('reads a month or a quarter of a year, and leaves a number over a year that is neither', () => {
    expect(toSpeechText('Báo cáo tháng 6/2023.')).toBe('Báo cáo tháng sáu năm hai nghìn không trăm hai mươi ba.')
    expect(toSpeechText('Tháng 4/2024.')).toBe('Tháng tư năm hai nghìn không trăm hai mươi tư.')
    expect(toSpeechText('Quý 2/2023 và số 5/2023.')).toBe('Quý hai năm hai nghìn không trăm hai mươi ba và số năm năm hai nghìn không trăm hai mươi ba.')
    expect(toSpeechText('Bản 13/2023 của 6/2023.')).toBe('Bản mười ba hai nghìn không trăm hai mươi ba của tháng sáu năm hai nghìn không trăm hai mươi ba.')
  })

  it('reads times written with "h" or ":", whole hours without minutes, and leaves what is no time', () => {
    expect(toSpeechText('Họp lúc 7h00, 7h30, 7h và 14:05.')).toBe('Họp lúc bảy giờ, bảy giờ ba mươi phút, bảy giờ và mười bốn giờ năm phút.')
    expect(toSpeechText('Lúc 24h.')).toBe('Lúc hai mươi tư giờ.')
    expect(toSpeechText('Tỉ số 7:61.')).toBe('Tỉ số bảy, sáu mươi mốt.')
  })

  it('decodes named and numeric HTML entities, Vietnamese letters included', () => {
    expect(toSpeechText('Ph&aacute;t thanh &ndash; truy&#7873;n h&igrave;nh &amp; b&aacute;o &Eacute;&#x110;')).toBe('Phát thanh, truyền hình và báo ÉĐ.')
    expect(toSpeechText('Chờ&hellip; Xong')).toBe('Chờ. Xong.')
    expect(toSpeechText('A&#0;B')).toBe('A B.')
  })

  it('reads every <br> and block tag as a line end', () => {
    expect(toSpeechText('Dòng một<br>dòng hai<br/>dòng ba<BR />dòng bốn')).toBe('Dòng một. Dòng hai. Dòng ba. Dòng bốn.')
    expect(toSpeechText('<ul><li>một</li><li>hai</li></ul><p>ba</p>')).toBe('Một. Hai. Ba.')
  })

  it('reads "1)" and "I." list numbers as their own sentence and drops "a)" letters and bullets', () => {
    expect(toSpeechText('1) Một\na) Hai\nđ) Ba\n- Bốn\n• Năm')).toBe('Một. Một. Hai. Ba. Bốn. Năm.')
    expect(toSpeechText('I. Mở đầu\nII) Nội dung')).toBe('Một. Mở đầu. Hai. Nội dung.')
    expect(toSpeechText('A) Không phải danh sách')).toBe('A, Không phải danh sách.')
  })
})

describe('toSpeechText: the tables', () => {
  // Each reading written out here, so that a changed or emptied entry in the module's table fails.
  it.each([
    ['UBND', 'Ủy ban nhân dân'],
    ['HĐND', 'Hội đồng nhân dân'],
    ['BCĐ', 'Ban Chỉ đạo'],
    ['BCD', 'Ban Chỉ đạo'],
    ['MTTQ', 'Mặt trận Tổ quốc'],
    ['TW', 'Trung ương'],
    ['TƯ', 'Trung ương'],
    ['T.Ư', 'Trung ương'],
    ['TP', 'thành phố'],
    ['TP.', 'thành phố'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['HCM', 'Hồ Chí Minh'],
    ['TX', 'thị xã'],
    ['TX.', 'thị xã'],
    ['KH', 'Kế hoạch'],
    ['NQ', 'Nghị quyết'],
    ['QĐ', 'Quyết định'],
    ['NĐ', 'Nghị định'],
    ['NĐ-CP', 'Nghị định Chính phủ'],
    ['NQ-CP', 'Nghị quyết Chính phủ'],
    ['QĐ-TTg', 'Quyết định Thủ tướng Chính phủ'],
    ['CT-TTg', 'Chỉ thị Thủ tướng Chính phủ'],
    ['QĐ-UBND', 'Quyết định Ủy ban nhân dân'],
    ['TTg', 'Thủ tướng Chính phủ'],
    ['VPTT', 'Văn phòng Thường trực'],
    ['CAT', 'Công an tỉnh'],
    ['CA', 'Công an'],
    ['LHQ', 'Liên Hợp Quốc'],
    ['TT&TT', 'Thông tin và Truyền thông'],
    ['GD&ĐT', 'Giáo dục và Đào tạo'],
    ['THCS', 'trung học cơ sở'],
    ['THPT', 'trung học phổ thông'],
    ['BHXH', 'bảo hiểm xã hội'],
    ['BHYT', 'bảo hiểm y tế'],
    ['CHXHCN', 'Cộng hòa xã hội chủ nghĩa'],
    ['v.v.', 'vân vân'],
  ])('expands the abbreviation %s to "%s"', (abbreviation, words) => {
    expect(toSpeechText(`Xem ${abbreviation} nay`)).toBe(`Xem ${words} nay.`)
  })

  it('has a test row above for every default abbreviation', () => {
    expect(Object.keys(DEFAULT_ABBREVIATIONS)).toHaveLength(36)
  })

  // Each named entity reads as the character it stands for: dropped, a pause or a word, but never nothing.
  it.each([
    ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
    ['nbsp', ' '], ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['laquo', '«'],
    ['raquo', '»'], ['ldquo', '“'], ['rdquo', '”'], ['lsquo', '‘'], ['rsquo', '’'],
    ['bull', '•'], ['middot', '·'], ['percnt', '%'], ['agrave', 'à'], ['aacute', 'á'],
    ['acirc', 'â'], ['atilde', 'ã'], ['egrave', 'è'], ['eacute', 'é'], ['ecirc', 'ê'],
    ['igrave', 'ì'], ['iacute', 'í'], ['ograve', 'ò'], ['oacute', 'ó'], ['ocirc', 'ô'],
    ['otilde', 'õ'], ['ugrave', 'ù'], ['uacute', 'ú'], ['yacute', 'ý'], ['Agrave', 'À'],
    ['Aacute', 'Á'], ['Acirc', 'Â'], ['Atilde', 'Ã'], ['Egrave', 'È'], ['Eacute', 'É'],
    ['Ecirc', 'Ê'], ['Igrave', 'Ì'], ['Iacute', 'Í'], ['Ograve', 'Ò'], ['Oacute', 'Ó'],
    ['Ocirc', 'Ô'], ['Otilde', 'Õ'], ['Ugrave', 'Ù'], ['Uacute', 'Ú'], ['Yacute', 'Ý'],
  ])('decodes &%s; as %j', (name, character) => {
    expect(toSpeechText(`x&${name};y`)).toBe(toSpeechText(`x${character}y`))
    expect(toSpeechText(`x&${name};y`)).not.toBe(toSpeechText('xy'))
  })
})

describe('toSpeechText: edges of each step (mutation testing, second round)', () => {
  it.each([
    // Entities: hexadecimal with a capital X, the last code point there is, and one past it.
    ['tri&#X1EC3;n', 'Triển.'],
    ['A&#x10FFFF;B', 'A\u{10FFFF}B.'],
    ['A&#x110000;B', 'A B.'],
    // Markup: a comment over two lines, a script with attributes and a closing tag with a blank, an inline tag, a heading.
    ['A<!-- chú thích\nhai -->B', 'A B.'],
    ['A<script type="text/javascript">alert(1); x = 2</script >B', 'A B.'],
    ['A<span class="x">đậm</span>B', 'A đậm B.'],
    ['<h3>Tiêu đề</h3>Nội dung', 'Tiêu đề. Nội dung.'],
    ['Xem http://hatinh.gov.vn/tin ngay', 'Xem ngay.'],
    // Abbreviations: a code with an unknown part stays; "v.v." before a lower-case word goes on; dots after a code.
    ['Mã VPTT-XYZ', 'Mã VPTT XYZ.'],
    ['tờ rơi v.v. và Sau đó', 'Tờ rơi vân vân và Sau đó.'],
    ['Theo chỉ đạo của T.Ư.', 'Theo chỉ đạo của Trung ương.'],
    ['Báo cáo UBND..', 'Báo cáo Ủy ban nhân dân.'],
    // Dates: month 0 is none, month 1 is one; a two-digit month of a year; a quarter four is "bốn", not "tư".
    ['Ngày 5/0/2023 và 5/1/2023', 'Ngày năm không hai nghìn không trăm hai mươi ba và ngày năm tháng một năm hai nghìn không trăm hai mươi ba.'],
    ['Báo cáo tháng 12/2023.', 'Báo cáo tháng mười hai năm hai nghìn không trăm hai mươi ba.'],
    ['Quý 4/2023.', 'Quý bốn năm hai nghìn không trăm hai mươi ba.'],
    // Times: hour 25 is none, minute 59 is one, a number before a colon is no time.
    ['Lúc 25h.', 'Lúc hai mươi lăm h.'],
    ['Lúc 7:59.', 'Lúc bảy giờ năm mươi chín phút.'],
    ['Điểm 7: khá', 'Điểm bảy, khá.'],
    // Ordinals: leading zeros, zero, a malformed Roman numeral (after "thứ" and after "khóa").
    ['Lần thứ 01, thứ 00, thứ IIII', 'Lần thứ nhất, thứ không không, thứ IIII.'],
    ['Khóa IIII', 'Khóa IIII.'],
    // Ranges with a hyphen or a dash without blanks, after a blank and at the start of a line.
    ['Từ 5-7 người, 5–7 người', 'Từ năm đến bảy người, năm đến bảy người.'],
    ['5-7 người', 'Năm đến bảy người.'],
    // Thousands only in groups of three after one to three digits; a section number with a decimal comma.
    ['Có 12.345 người, mục 1234.567 và 1.2345', 'Có mười hai nghìn ba trăm bốn mươi lăm người, mục một nghìn hai trăm ba mươi tư chấm năm trăm sáu mươi bảy và một chấm hai nghìn ba trăm bốn mươi lăm.'],
    ['Mục 1.2,5', 'Mục một chấm hai, năm.'],
    ['Ca F10', 'Ca F mười.'],
    // A list number or a Roman heading counts only at the start of a line.
    ['Xem V. Lê', 'Xem V. Lê.'],
    ['Xem mục 5. Hết', 'Xem mục năm. Hết.'],
    ['  a) Hai', 'Hai.'],
    // Pauses: an ellipsis before a lower-case word, and one before a capital without a blank; double hyphens, a dash
    // between words, a percent sign alone.
    ['Chờ… và xong, rồi…Hết', 'Chờ, và xong, rồi. Hết.'],
    ['Lao động -- Thương binh', 'Lao động, Thương binh.'],
    ['Hà Nội—Huế', 'Hà Nội, Huế.'],
    ['lãi suất % năm', 'Lãi suất phần trăm năm.'],
    // An apostrophe inside a word stays, quotes around one go.
    ["Quán L'Amour và 'Hoa'", "Quán L'Amour và Hoa."],
    // Old Mac and Windows line ends, a tab.
    ['Một\rHai', 'Một. Hai.'],
    ['Một\r\nHai', 'Một. Hai.'],
    ['Việt\tNam', 'Việt Nam.'],
  ])('reads %j as %j', (text, spoken) => {
    expect(toSpeechText(text)).toBe(spoken)
  })

  it('splits sentences after any run of blanks and trims each', () => {
    expect(splitSentences('Một.  Hai')).toEqual(['Một.', 'Hai'])
    expect(splitSentences('Một.\n Hai')).toEqual(['Một.', 'Hai'])
  })
})

describe('toSpeechText: edges of each step (mutation testing, third round)', () => {
  it.each([
    // A link at the very end of the text goes whole; one glued to a list number leaves the blank the number needs.
    ['Chi tiết tại https://hatinh.gov.vn', 'Chi tiết tại.'],
    ['1)www.hatinh.gov.vn“Lịch tiếp dân”', 'Một. Lịch tiếp dân.'],
    // An e-mail address ends at its domain, and leaves a blank between the words around it.
    ['Liên hệ vptt@hatinh.gov.vn hoặc TP.HCM', 'Liên hệ hoặc Thành phố Hồ Chí Minh.'],
    ['Liên hệ📧vptt@hatinh.gov.vn📞0912345678', 'Liên hệ không chín một hai ba bốn năm sáu bảy tám.'],
    // A line separator (U+2028) beside a blank is one gap, wherever a rule looks for blanks.
    ['tờ rơi v.v. \u2028Sau đó', 'Tờ rơi vân vân. Sau đó.'],
    ['họp ngày \u202820/12', 'Họp ngày hai mươi tháng mười hai.'],
    ['quý \u20282/2023', 'Quý hai năm hai nghìn không trăm hai mươi ba.'],
    ['lần thứ \u20284', 'Lần thứ tư.'],
    // Two blanks typed between the words before a Roman numeral.
    ['Thế  kỷ XXI', 'Thế kỷ hai mươi mốt.'],
    // A one-digit document number of a year.
    ['Quyết định số 5/2017/QĐ-UBND', 'Quyết định số năm năm hai nghìn không trăm mười bảy Quyết định Ủy ban nhân dân.'],
    // A two-digit list number closed by a parenthesis; a doubled bullet (a nested item).
    ['12) Mười hai', 'Mười hai. Mười hai.'],
    ['•• Mục con', 'Mục con.'],
    // A decimal with two digits after the comma.
    ['Đạt 12,75%', 'Đạt mười hai phẩy bảy mươi lăm phần trăm.'],
    // Commas without blanks after them: every word between them stays.
    ['Hà Tĩnh,Huế,Nghệ An', 'Hà Tĩnh, Huế, Nghệ An.'],
  ])('reads %j as %j', (text, spoken) => {
    expect(toSpeechText(text)).toBe(spoken)
  })
})

describe('toSpeechText: edges of each step (mutation testing, fourth round)', () => {
  it.each([
    // The slash of a document number is a blank, so a "Tháng" or "Quý" right after it still reads its month or quarter.
    ['Báo cáo 12/Tháng 6/2023', 'Báo cáo mười hai Tháng sáu năm hai nghìn không trăm hai mươi ba.'],
    ['Số 5/Quý 2/2023', 'Số năm Quý hai năm hai nghìn không trăm hai mươi ba.'],
    // A percent sign with or without a blank, and a letter between a number and the sign stays.
    ['Đạt 5 % và 7%', 'Đạt năm phần trăm và bảy phần trăm.'],
    ['Mẫu 5B%', 'Mẫu năm B phần trăm.'],
    // Apostrophes typed as quote marks leave a blank, so the words glued to them stay apart.
    ["Gọi là ''Hoa''Lan", 'Gọi là Hoa Lan.'],
  ])('reads %j as %j', (text, spoken) => {
    expect(toSpeechText(text)).toBe(spoken)
  })
})

describe('toSpeechText: bare domains and bullets inside a line', () => {
  it.each([
    // A bare domain goes like a link with "http" or "www.": before, "baochinhphu.vn" was read "baochinhphu. Vn", a sentence end.
    ['Theo baochinhphu.vn, hôm nay', 'Theo, hôm nay.'],
    ['Nguồn: tinhuy.gov.vn', 'Nguồn.'],
    ['Theo BaoChinhPhu.VN đưa tin', 'Theo đưa tin.'],
    ['Đọc thêm hatinh.gov.vn/tin-tuc/abc ngay', 'Đọc thêm ngay.'],
    ['Xem hatinh.gov.vn/tin. Sau đó', 'Xem. Sau đó.'],
    ['Theo tinhuy.gov.vn. Sau đó xem baochinhphu.vn', 'Theo. Sau đó xem.'],
    ['Xem www.tinhuy.gov.vn ngay', 'Xem ngay.'],
    // What only looks like a domain stays: no known top-level domain, or letters after it.
    ['Hết.Sau đó, TP.HCM, T.Ư', 'Hết. Sau đó, Thành phố Hồ Chí Minh, Trung ương.'],
    ['Mã abc.vnx', 'Mã abc. Vnx.'],
    // A bullet or a middle dot inside a line is a short pause, as a comma is.
    ['Sở Tư pháp · 12/12/2023', 'Sở Tư pháp, ngày mười hai tháng mười hai năm hai nghìn không trăm hai mươi ba.'],
    ['a • b', 'A, b.'],
    ['Hà Tĩnh·Nghệ An•Huế', 'Hà Tĩnh, Nghệ An, Huế.'],
    // Numbers, dates and links next to the change read as before.
    ['Giá 2,5 triệu, 3.000 đồng, mục 1.2', 'Giá hai phẩy năm triệu, ba nghìn đồng, mục một chấm hai.'],
    ['Xem https://baochinhphu.vn/tin ngay', 'Xem ngay.'],
    // Links and addresses whose top-level domain is not in the list still go whole, by the rules for links and e-mail.
    ['Quét mã https://zalo.me/hatinh để theo dõi', 'Quét mã để theo dõi.'],
    ['Liên hệ hotro@zalo.me ngay', 'Liên hệ ngay.'],
    // A dropped domain leaves a blank between the words glued to it.
    ['Nguồn📰baochinhphu.vn📰Tin mới', 'Nguồn Tin mới.'],
  ])('reads %j as %j', (text, spoken) => {
    expect(toSpeechText(text)).toBe(spoken)
  })
})
