// Writes the public web pages (home, item, campaign, slogans, 404/410) as complete HTML documents, from data already read.
import type { ContentCollection, Locale } from '../content/vocabulary'
import type { FeedImage, FeedItem } from '../feeds/types'

import { htmlFromText } from '../feeds/channelText'
import { escapeHtml, printableItem, printableText } from '../feeds/safeText'
import { formatDateTime, formatDay } from '../i18n/dates'
import { campaignPath, homePath, slogansPath } from './publicPaths'

/** Who publishes the site and where it lives: canonical URLs, JSON-LD and OpenGraph need absolute addresses. */
export type Site = { publisher: string; serverURL: string }

/** An item with its page address in each language that has one (the page's own language first). */
export type PageItem = {
  /** The item as read in the page's language (missing English falls back to Vietnamese). */
  item: FeedItem
  /** Whether the text is in the page's language; false for an English page of an item written only in Vietnamese. */
  isTranslated: boolean
  /** Path of this item's page in each language that has its own text. */
  paths: Partial<Record<Locale, string>>
  /** Path of this page. */
  path: string
}

export type CampaignSummary = { path: string; slug: string; summary?: string; title: string }

const OTHER: Record<Locale, Locale> = { en: 'vi', vi: 'en' }
/** Renditions made for print (the slogans' proofs): listed as files under a slogan, never shown as an item's pictures. */
const PROOF_RENDITIONS: readonly (string | undefined)[] = ['banner', 'poster', 'pano']

const WORDS = {
  en: {
    brief: 'Brief', campaign: 'Campaign', campaigns: 'Campaigns', claim: 'The claim', evidence: 'Evidence',
    feedJson: 'JSON Feed', feedRss: 'RSS feed', figures: 'Figures and their sources', gone: 'This item has been withdrawn',
    goneText: 'It is no longer published.', home: 'Home', keyPoints: 'Key points', latest: 'Latest', lead: 'Summary', missing: 'Page not found',
    missingText: 'There is no public page at this address.', noItems: 'Nothing is published here yet.', notTranslated: 'This item has no English version; it is shown in Vietnamese.',
    nav: 'Main navigation', published: 'Published', proofs: 'Proofs', response: 'Our response', skip: 'Skip to main content', slogan: 'Slogan',
    slogans: 'Slogans', source: 'Source', switchTo: 'Tiếng Việt', tagline: 'Official information for the public', talkingPoints: 'Talking points',
    type: { articles: 'Article', briefs: 'Brief', slogans: 'Slogan', 'talking-points': 'Talking points' } as Record<ContentCollection, string>,
    unit: 'By', value: 'Value',
  },
  vi: {
    brief: 'Lập luận', campaign: 'Chiến dịch', campaigns: 'Chiến dịch', claim: 'Luận điệu', evidence: 'Chứng cứ',
    feedJson: 'JSON Feed', feedRss: 'Nguồn cấp RSS', figures: 'Số liệu và nguồn', gone: 'Tin này đã được gỡ',
    goneText: 'Nội dung không còn được đăng.', home: 'Trang chủ', keyPoints: 'Ý chính', latest: 'Tin mới', lead: 'Tóm tắt', missing: 'Không tìm thấy trang',
    missingText: 'Không có trang công khai nào ở địa chỉ này.', noItems: 'Chưa có nội dung nào được đăng.', notTranslated: '',
    nav: 'Điều hướng chính', published: 'Đăng lúc', proofs: 'Ma-két', response: 'Phản bác', skip: 'Bỏ qua, đến nội dung chính', slogan: 'Khẩu hiệu',
    slogans: 'Khẩu hiệu', source: 'Nguồn', switchTo: 'English', tagline: 'Thông tin chính thống cho người dân', talkingPoints: 'Đề cương',
    type: { articles: 'Bài viết', briefs: 'Lập luận', slogans: 'Khẩu hiệu', 'talking-points': 'Đề cương tuyên truyền' } as Record<ContentCollection, string>,
    unit: 'Đơn vị', value: 'Giá trị',
  },
} as const

const e = escapeHtml
const absolute = (site: Site, path: string) => `${site.serverURL}${path}`
/** Our own files are linked by path, so a page works whatever host name it was reached by and loads nothing from elsewhere. */
const ownPath = (site: Site, url: string) => (url.startsWith(`${site.serverURL}/`) ? url.slice(site.serverURL.length) : url)
/** JSON inside <script>: `<` escaped so no text can close the element. */
const jsonLd = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')
const feedQuery = (locale: Locale, campaign?: string) => `lang=${locale}${campaign ? `&campaign=${encodeURIComponent(campaign)}` : ''}`

type Head = {
  /** Pages of this content in each language (hreflang); the page's own included. */
  alternates: Partial<Record<Locale, string>>
  canonical: string
  description: string
  extra?: string[]
  feedCampaign?: string
  locale: Locale
  og?: { image?: FeedImage; publishedAt?: string; type: 'article' | 'website' }
  title: string
}

function head(site: Site, h: Head): string {
  const alternates = (Object.entries(h.alternates) as [Locale, string][]).map(
    ([locale, path]) => `<link rel="alternate" hreflang="${locale}" href="${e(absolute(site, path))}">`,
  )
  if (h.alternates.vi) alternates.push(`<link rel="alternate" hreflang="x-default" href="${e(absolute(site, h.alternates.vi))}">`)
  const words = WORDS[h.locale]
  const feeds = [
    `<link rel="alternate" type="application/rss+xml" title="${e(`${words.feedRss} — Nguồn`)}" href="/feeds/web/rss.xml?${e(feedQuery(h.locale, h.feedCampaign))}">`,
    `<link rel="alternate" type="application/feed+json" title="${e(`${words.feedJson} — Nguồn`)}" href="/feeds/web/feed.json?${e(feedQuery(h.locale, h.feedCampaign))}">`,
  ]
  const og = h.og ?? { type: 'website' as const }
  const image = og.image && !og.image.url.startsWith('/') ? og.image.url : og.image ? absolute(site, og.image.url) : undefined
  const meta = [
    ['og:type', og.type],
    ['og:title', h.title],
    ['og:description', h.description],
    ['og:url', absolute(site, h.canonical)],
    ['og:site_name', `Nguồn — ${site.publisher}`],
    ['og:locale', h.locale === 'vi' ? 'vi_VN' : 'en_GB'],
    // Stryker disable next-line OptionalChaining: `image` is set only when og.image is, so the chain never meets undefined
    ...(image ? [['og:image', image], ...(og.image?.alt ? [['og:image:alt', og.image.alt]] : [])] : []),
    ...(og.publishedAt ? [['article:published_time', og.publishedAt]] : []),
  ].map(([property, content]) => `<meta property="${property}" content="${e(content!)}">`)
  const twitter = [
    ['twitter:card', image ? 'summary_large_image' : 'summary'],
    ['twitter:title', h.title],
    ['twitter:description', h.description],
    ...(image ? [['twitter:image', image]] : []),
  ].map(([name, content]) => `<meta name="${name}" content="${e(content!)}">`)
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(h.title)}</title>`,
    `<meta name="description" content="${e(h.description)}">`,
    `<link rel="canonical" href="${e(absolute(site, h.canonical))}">`,
    ...alternates,
    ...feeds,
    ...meta,
    ...twitter,
    '<link rel="stylesheet" href="/assets/site.css">',
    ...(h.extra ?? []),
  ].join('\n')
}

function layout(site: Site, h: Head, main: string, switchPath: string | undefined): string {
  const words = WORDS[h.locale]
  const other = OTHER[h.locale]
  const languageSwitch = switchPath
    ? `<a class="lang" href="${e(switchPath)}" hreflang="${other}" lang="${other}">${e(words.switchTo)}</a>`
    : ''
  return `<!doctype html>
<html lang="${h.locale}">
<head>
${head(site, h)}
</head>
<body>
<a class="skip" href="#main">${e(words.skip)}</a>
<header class="site">
<div class="wrap bar">
<a class="brand" href="${homePath(h.locale)}"><span class="mark">Nguồn</span> <span class="publisher">${e(site.publisher)}</span></a>
<nav aria-label="${e(words.nav)}"><ul>
<li><a href="${homePath(h.locale)}">${e(words.home)}</a></li>
<li><a href="${slogansPath(h.locale)}">${e(words.slogans)}</a></li>
</ul></nav>
${languageSwitch}
</div>
</header>
<main id="main" class="wrap">
${main}
</main>
<footer class="site"><div class="wrap">
<p>${e(site.publisher)} · ${e(words.tagline)}</p>
<p><a href="/feeds/web/rss.xml?${e(feedQuery(h.locale, h.feedCampaign))}">${e(words.feedRss)}</a> · <a href="/feeds/web/feed.json?${e(feedQuery(h.locale, h.feedCampaign))}">${e(words.feedJson)}</a></p>
</div></footer>
</body>
</html>
`
}

/** Dates in the one format of the app (dd/MM/yyyy HH:mm, Vietnam time), with the machine-readable instant. */
const time = (iso: string) => `<time datetime="${e(iso)}">${e(formatDateTime(iso))}</time>`

function teaser(site: Site, entry: PageItem, locale: Locale): string {
  const { item } = entry
  const words = WORDS[locale]
  const lang = entry.isTranslated ? '' : ` lang="vi"`
  const summary = item.collection !== 'slogans' && item.summary ? `<p${lang}>${e(item.summary)}</p>` : ''
  return `<li class="card">
<p class="kind">${e(words.type[item.collection])} · ${time(item.publishedAt)}</p>
<h3${lang}><a href="${e(ownPath(site, entry.path))}">${e(item.title)}</a></h3>
${summary}
</li>`
}

const list = (site: Site, entries: PageItem[], locale: Locale) =>
  entries.length ? `<ul class="cards">\n${entries.map((entry) => teaser(site, entry, locale)).join('\n')}\n</ul>` : `<p>${e(WORDS[locale].noItems)}</p>`

function picture(site: Site, image: FeedImage, lang: string): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : ''
  const credit = image.credit ? `<figcaption>${e(image.credit)}</figcaption>` : ''
  return `<figure><img src="${e(ownPath(site, image.url))}" alt="${e(image.alt ?? '')}"${size}${lang} loading="lazy" decoding="async">${credit}</figure>`
}

/** The JSON-LD of an item page: NewsArticle for articles, Article for the other content types. */
export function itemJsonLd(site: Site, entry: PageItem, locale: Locale): Record<string, unknown> {
  const { item } = entry
  const image = item.images.find((i) => i.rendition === 'hero' || i.rendition === 'banner') ?? item.images[0]
  return {
    '@context': 'https://schema.org',
    '@type': item.collection === 'articles' ? 'NewsArticle' : 'Article',
    author: { '@type': 'Organization', name: item.unit.name || site.publisher },
    dateModified: item.versionCreated,
    datePublished: item.publishedAt,
    description: item.summary ?? '',
    headline: item.title.slice(0, 110),
    ...(image ? { image: [image.url.startsWith('/') ? absolute(site, image.url) : image.url] } : {}),
    inLanguage: entry.isTranslated ? locale : 'vi',
    ...(item.campaign ? { isPartOf: { '@type': 'CreativeWorkSeries', name: item.campaign.title, url: absolute(site, campaignPath(locale, item.campaign.slug)) } } : {}),
    mainEntityOfPage: { '@id': absolute(site, entry.path), '@type': 'WebPage' },
    publisher: { '@type': 'GovernmentOrganization', name: site.publisher },
    url: absolute(site, entry.path),
  }
}

export function renderItemPage({ entry, locale, site }: { entry: PageItem; locale: Locale; site: Site }): string {
  const item = printableItem(entry.item)
  const words = WORDS[locale]
  const lang = entry.isTranslated ? '' : ' lang="vi"'
  const canonical = entry.paths[locale] ?? entry.paths.vi ?? entry.path
  const parts: string[] = []
  parts.push(`<p class="kind">${e(words.type[item.collection])}${item.campaign ? ` · <a href="${e(campaignPath(locale, item.campaign.slug))}">${e(item.campaign.title)}</a>` : ''}</p>`)
  parts.push(`<h1${lang}>${e(item.title)}</h1>`)
  parts.push(`<p class="byline">${e(words.unit)}: ${e(item.unit.name)} · ${e(words.published)} ${time(item.publishedAt)}</p>`)
  // An item adapted from another publisher's names it, linking to the original page when it has one.
  if (item.derivedFrom) {
    const { link, sourceName } = item.derivedFrom
    parts.push(`<p class="origin">${e(words.source)}: ${link?.match(/^https?:\/\//) ? `<a href="${e(link)}" rel="nofollow">${e(sourceName)}</a>` : e(sourceName)}</p>`)
  }
  if (!entry.isTranslated && words.notTranslated) parts.push(`<p class="note">${e(words.notTranslated)}</p>`)
  const pictures = item.images.filter((image) => !PROOF_RENDITIONS.includes(image.rendition))
  if (item.collection === 'briefs') {
    parts.push(`<section${lang}><h2>${e(words.claim)}</h2><p class="lead">${e(item.summary ?? '')}</p></section>`)
    if (item.bodyHtml) parts.push(`<section${lang}><h2>${e(words.response)}</h2>${item.bodyHtml}</section>`)
  } else if (item.collection !== 'slogans') {
    if (item.summary) parts.push(`<p class="lead"${lang}>${e(item.summary)}</p>`)
    if (pictures[0]) parts.push(picture(site, pictures[0], lang))
    if (item.collection === 'articles') parts.push(`<div class="body"${lang}>${item.bodyHtml || htmlFromText(item.bodyText)}</div>`)
  }
  if (item.keyPoints?.length) {
    const heading = item.collection === 'briefs' ? words.evidence : words.keyPoints
    parts.push(`<section${lang}><h2>${e(heading)}</h2><ul>${item.keyPoints.map((point) => `<li>${e(point)}</li>`).join('')}</ul></section>`)
  }
  if (item.figures?.length) {
    const rows = item.figures.map((f) => {
      const source = f.sourceUrl && /^https?:\/\//.test(f.sourceUrl) ? `<a href="${e(f.sourceUrl)}" rel="nofollow">${e(f.sourceName)}</a>` : e(f.sourceName)
      return `<tr><th scope="row">${e(f.label)}</th><td>${e(f.value)}${f.unitOfMeasure ? ` ${e(f.unitOfMeasure)}` : ''}${f.asOf ? ` (${e(formatDay(f.asOf))})` : ''}</td><td>${source}</td></tr>`
    })
    parts.push(`<section${lang}><h2>${e(words.figures)}</h2><table><thead><tr><th scope="col">${e(words.figures)}</th><th scope="col">${e(words.value)}</th><th scope="col">${e(words.source)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`)
  }
  if (item.collection === 'slogans') parts.push(proofs(site, item, locale, lang))
  else for (const image of pictures.slice(1)) parts.push(picture(site, image, lang))
  const description = (item.summary || item.bodyText).replace(/\s+/g, ' ').trim().slice(0, 200)
  const h: Head = {
    alternates: entry.paths,
    canonical,
    description,
    extra: [`<script type="application/ld+json">${jsonLd(itemJsonLd(site, { ...entry, item }, locale))}</script>`],
    feedCampaign: item.campaign?.slug,
    locale,
    og: { image: item.images.find((i) => i.rendition === 'hero' || i.rendition === 'banner') ?? item.images[0], publishedAt: item.publishedAt, type: 'article' },
    title: `${item.title} — Nguồn`,
  }
  // The other language's page: an English page of an item written only in Vietnamese leads back to it, a Vietnamese page offers English only when there is one.
  return layout(site, h, `<article>\n${parts.join('\n')}\n</article>`, entry.paths[OTHER[locale]])
}

function proofs(site: Site, item: FeedItem, locale: Locale, lang: string): string {
  const proofImages = item.images.filter((image) => PROOF_RENDITIONS.includes(image.rendition))
  const banner = proofImages.find((image) => image.rendition === 'banner')
  const links = proofImages.map((image) => `<li><a href="${e(ownPath(site, image.url))}">${e(image.rendition!)} (${image.width}×${image.height} PNG)</a></li>`)
  return `<section${lang}><h2>${e(WORDS[locale].proofs)}</h2>${banner ? picture(site, banner, lang) : ''}<ul>${links.join('')}</ul></section>`
}

export function renderSlogansPage({ entries, locale, site }: { entries: PageItem[]; locale: Locale; site: Site }): string {
  const words = WORDS[locale]
  const blocks = entries.map((entry) => {
    const item = printableItem(entry.item)
    const lang = entry.isTranslated ? '' : ' lang="vi"'
    const banner = item.images.find((image) => image.rendition === 'banner')
    return `<li class="slogan">
<h2${lang}><a href="${e(ownPath(site, entry.path))}">${e(item.title)}</a></h2>
${banner ? picture(site, banner, lang) : ''}
</li>`
  })
  const main = `<h1>${e(words.slogans)}</h1>\n${blocks.length ? `<ul class="slogans">\n${blocks.join('\n')}\n</ul>` : `<p>${e(words.noItems)}</p>`}`
  return layout(
    site,
    { alternates: { en: slogansPath('en'), vi: slogansPath('vi') }, canonical: slogansPath(locale), description: `${words.slogans} — ${site.publisher}`, locale, title: `${words.slogans} — Nguồn` },
    main,
    slogansPath(OTHER[locale]),
  )
}

export function renderCampaignPage({ campaign, entries, locale, site }: { campaign: CampaignSummary; entries: PageItem[]; locale: Locale; site: Site }): string {
  const words = WORDS[locale]
  const title = printableText(campaign.title)
  const main = [
    `<p class="kind">${e(words.campaign)}</p>`,
    `<h1>${e(title)}</h1>`,
    campaign.summary ? `<p class="lead">${e(campaign.summary)}</p>` : '',
    `<h2>${e(words.latest)}</h2>`,
    list(site, entries, locale),
  ].join('\n')
  return layout(
    site,
    {
      alternates: { en: campaignPath('en', campaign.slug), vi: campaignPath('vi', campaign.slug) },
      canonical: campaignPath(locale, campaign.slug),
      description: (campaign.summary ?? title).slice(0, 200),
      feedCampaign: campaign.slug,
      locale,
      title: `${title} — Nguồn`,
    },
    main,
    campaignPath(OTHER[locale], campaign.slug),
  )
}

export function renderHomePage({ campaigns, entries, locale, site }: { campaigns: CampaignSummary[]; entries: PageItem[]; locale: Locale; site: Site }): string {
  const words = WORDS[locale]
  const campaignList = campaigns.length
    ? `<h2>${e(words.campaigns)}</h2><ul class="campaigns">${campaigns.map((c) => `<li><a href="${e(c.path)}">${e(c.title)}</a></li>`).join('')}</ul>`
    : ''
  const main = [`<h1>${e(site.publisher)}</h1>`, `<p class="lead">${e(words.tagline)}</p>`, campaignList, `<h2>${e(words.latest)}</h2>`, list(site, entries, locale)].join('\n')
  return layout(
    site,
    { alternates: { en: homePath('en'), vi: homePath('vi') }, canonical: homePath(locale), description: `${site.publisher} — ${words.tagline}`, locale, title: `Nguồn — ${site.publisher}` },
    main,
    homePath(OTHER[locale]),
  )
}

/** The page of a 404 (no public page here) or 410 (withdrawn). */
export function renderProblemPage({ locale, path, site, status }: { locale: Locale; path: string; site: Site; status: 404 | 410 }): string {
  const words = WORDS[locale]
  const [title, text] = status === 410 ? [words.gone, words.goneText] : [words.missing, words.missingText]
  const main = `<h1>${e(title)}</h1>\n<p>${e(text)}</p>\n<p><a href="${homePath(locale)}">${e(words.home)}</a></p>`
  return layout(site, { alternates: {}, canonical: path, description: text, extra: ['<meta name="robots" content="noindex">'], locale, title: `${title} — Nguồn` }, main, homePath(OTHER[locale]))
}

/** sitemap.xml with each page's other language as an xhtml:link alternate. */
export function renderSitemap({ pages, site }: { pages: { lastModified?: string; paths: Partial<Record<Locale, string>> }[]; site: Site }): string {
  const urls = pages.flatMap(({ lastModified, paths }) =>
    (Object.values(paths) as string[]).map((path) => {
      const alternates = (Object.entries(paths) as [Locale, string][]).map(
        ([locale, other]) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${e(absolute(site, other))}"/>`,
      )
      return `<url><loc>${e(absolute(site, path))}</loc>${lastModified ? `<lastmod>${e(lastModified)}</lastmod>` : ''}${alternates.join('')}</url>`
    }),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

export function renderRobots(site: Site): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', 'Allow: /api/media/file/', 'Allow: /api/slogans/', `Sitemap: ${site.serverURL}/sitemap.xml`, ''].join('\n')
}
