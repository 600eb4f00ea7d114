// /feeds/{channel}/{rss.xml|feed.json|ninjs.json} and /feeds/loudspeaker/{podcast.xml|bulletins.json}: validate, identify the outlet, serve cached bytes with conditional GET.
import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { Router } from 'express'
import { z } from 'zod'

import type { AudioFeedMeta } from './audioFeeds'
import type { AudioFeedFile, TextFeedFile } from './feedPaths'
import type { AccessLevel, FeedReader, FeedRequest } from './loadFeed'
import type { FeedMeta } from './types'

import { CHANNELS, CONTENT_COLLECTIONS, type Channel, type ContentCollection, LOCALES, type Locale } from '../content/vocabulary'
import { BULLETINS_JSON_MIME_TYPE, PODCAST_MIME_TYPE, renderBulletinsJson, renderPodcast } from './audioFeeds'
import { loadBulletinFeedItems } from './audioFeedsLoad'
import { podcastGuid } from './podcastChannel'
import { artworkPath, loadPodcastChannel, serveArtwork, serveTranscript } from './podcastFiles'
import { cacheEpoch, cachedFeed, noteFeedFetched, onFeedFetched, type RenderedFeed, renderedFeed, rememberedLookup, rememberResolution, syncWithGenerations, writeFeed } from './feedCache'
import { sharedGenerationsOf } from './feedGenerations'
import { AUDIO_SCOPE, channelScope, type FeedScope, outletScope, UNKNOWN_TOKENS_SCOPE } from './feedScopes'
import { createFetchRecorder } from './feedFetches'
import { JSON_FEED_MIME_TYPE, renderJsonFeed } from './jsonFeed'
import { loadFeedItems } from './loadFeed'
import { NINJS_MIME_TYPE, ninjsFeed } from './ninjs'
import { hashFeedToken, presentedToken } from './outletToken'
import { renderRss, RSS_MIME_TYPE } from './rss'
import { writeFeedFetches } from './writeFeedFetches'
import { countFeedRender } from '../ops/metricsRegistry'

const FORMATS = {
  'feed.json': { contentType: `${JSON_FEED_MIME_TYPE}; charset=utf-8`, render: renderJsonFeed },
  'ninjs.json': { contentType: `${NINJS_MIME_TYPE}; charset=utf-8`, render: (meta: FeedMeta, items: Parameters<typeof ninjsFeed>[1]) => JSON.stringify(ninjsFeed(meta, items)) },
  'rss.xml': { contentType: `${RSS_MIME_TYPE}; charset=utf-8`, render: renderRss },
} as const satisfies Record<TextFeedFile, unknown>
type FormatName = keyof typeof FORMATS

const one = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? Symbol('repeated') : v), schema)

export const feedQuery = z
  .object({
    campaign: one(z.string().regex(/^[a-z0-9-]{1,96}$/, 'a campaign slug (lower-case letters, digits, hyphens)')).optional(),
    lang: one(z.enum(LOCALES, { message: `one of: ${LOCALES.join(', ')}` })).optional(),
    limit: one(z.coerce.number({ message: 'a whole number from 1 to 100' }).int('a whole number from 1 to 100').min(1, 'a whole number from 1 to 100').max(100, 'a whole number from 1 to 100')).default(50),
    since: one(z.iso.datetime({ message: 'an ISO 8601 date-time, e.g. 2023-12-01T00:00:00Z', offset: true })).optional(),
    token: one(z.string().max(200)).optional(),
    type: one(z.enum(CONTENT_COLLECTIONS, { message: `one of: ${CONTENT_COLLECTIONS.join(', ')}` })).optional(),
    unit: one(z.string().regex(/^[A-Z0-9_-]{2,16}$/, 'a unit code such as CA')).optional(),
  })
  .strict()

type FeedQuery = z.infer<typeof feedQuery>

type Outlet = {
  accessLevel: AccessLevel
  active?: boolean | null
  campaigns?: (number | string | { id: number | string })[] | null
  channels?: Channel[] | null
  contentTypes?: ContentCollection[] | null
  id: number | string
  languages?: Locale[] | null
  name: string
  units?: (number | string | { id: number | string })[] | null
}

/** The newest versionCreated of the items (ISO strings sort as dates); undefined for none. */
const newestOf = (items: { versionCreated: string }[]): string | undefined =>
  items.reduce<string | undefined>((max, item) => (max === undefined || item.versionCreated > max ? item.versionCreated : max), undefined)

const ids = (list: Outlet['campaigns']) => (list ?? []).map((x) => (typeof x === 'object' ? x.id : x))

const CHANNEL_TITLES: Record<Channel, string> = {
  loudspeaker: 'Loa truyền thanh cơ sở / Loudspeakers',
  newspaper: 'Báo in / Newspaper',
  radio: 'Phát thanh / Radio',
  television: 'Truyền hình / Television',
  web: 'Trang điện tử / Web',
}

function problem(res: Response, status: number, error: string, extra: Record<string, unknown> = {}) {
  res.status(status).set('Cache-Control', 'no-store').json({ error, ...extra })
}

async function findOutlet(payload: Payload, token: string): Promise<null | Outlet> {
  const tokenHash = hashFeedToken(token)
  return rememberedLookup(
    `outlet:${tokenHash}`,
    async () => {
      const { docs } = await payload.find({
        collection: 'outlets',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { tokenHash: { equals: tokenHash } },
      })
      return (docs[0] as unknown as Outlet) ?? null
    },
    // A token that named nobody may name an outlet created or edited later.
    (outlet) => (outlet ? [outletScope(outlet.id)] : [UNKNOWN_TOKENS_SCOPE]),
  )
}

/** Sends the rendering and lets later requests for the same URL and credentials skip the router (see serveRememberedFeed). */
function send({ channel, epoch, feed, feedKey, outlet, req, res }: { channel: Channel; epoch: number; feed: RenderedFeed; feedKey: string; outlet: null | Outlet; req: Request; res: Response }) {
  const scopes = outlet ? [outletScope(outlet.id)] : []
  writeFeed(req, res, feed, Boolean(outlet))
  const fetchedBy = outlet ? { channel, outlet: outlet.id } : undefined
  if (fetchedBy) noteFeedFetched(fetchedBy)
  rememberResolution({ authorization: req.headers.authorization, epoch, feedKey, fetchedBy, isPrivate: Boolean(outlet), scopes, url: req.originalUrl })
}

/** Notes every outlet's feed fetch and writes it to feed-fetches at most once a minute per outlet (campaign reach). */
function recordFeedFetches(getPayload: () => Promise<Payload>): void {
  const recorder = createFetchRecorder({
    onError: (err) => void getPayload().then((payload) => payload.logger.error({ err, msg: 'feeds: recording a feed fetch failed' })),
    write: async ({ fetches, outlet }) => writeFeedFetches({ fetches, outlet, payload: await getPayload() }),
  })
  onFeedFetched((by) => recorder.note(by.outlet, by.channel))
}

async function syncFeedGeneration(payload: Payload): Promise<void> {
  await syncWithGenerations(sharedGenerationsOf(payload))
}

/** What a rendering for `outlet` is made under: its channel (or the audio feeds) and the outlet's own settings. */
const scopesOf = (base: FeedScope, outlet: null | Outlet): FeedScope[] => (outlet ? [base, outletScope(outlet.id)] : [base])

/** Who is asking: the outlet the token names (null on the public web channel), or false once 401/403 has been answered. */
async function admitReader({
  channel,
  lang,
  payload,
  req,
  res,
  token: queryToken,
  type,
}: {
  channel: Channel
  lang?: Locale
  payload: Payload
  req: Request
  res: Response
  token?: string
  type?: ContentCollection
}): Promise<false | { outlet: null | Outlet }> {
  const token = presentedToken({ authorization: req.get('authorization'), query: queryToken })
  if (!token) {
    if (channel === 'web') return { outlet: null }
    res.set('WWW-Authenticate', 'Bearer realm="nguon-feeds"')
    problem(res, 401, 'Cần mã truy cập (Authorization: Bearer …) / A feed token is required')
    return false
  }
  const outlet = await findOutlet(payload, token)
  const refusal: [number, string] | null = !outlet
    ? [401, 'Mã truy cập không đúng / Unknown feed token']
    : !outlet.active
      ? [403, 'Cơ quan nhận tin đang tạm dừng / This outlet is inactive']
      : !(outlet.channels ?? []).includes(channel)
        ? [403, `Chưa đăng ký kênh ${channel} / This outlet is not subscribed to ${channel}`]
        : lang && outlet.languages?.length && !outlet.languages.includes(lang)
          ? [403, `Chưa đăng ký ngôn ngữ ${lang} / This outlet is not subscribed to ${lang}`]
          : type && outlet.contentTypes?.length && !outlet.contentTypes.includes(type)
            ? [403, `Chưa đăng ký loại ${type} / This outlet is not subscribed to ${type}`]
            : null
  if (refusal) {
    problem(res, ...refusal)
    return false
  }
  return { outlet }
}

const readerOf = (outlet: null | Outlet): FeedReader =>
  outlet
    ? { accessLevel: outlet.accessLevel, campaignIds: ids(outlet.campaigns), contentTypes: outlet.contentTypes ?? [], unitIds: ids(outlet.units) }
    : { accessLevel: 'public', campaignIds: [], contentTypes: [], unitIds: [] }

const AUDIO_FORMATS = {
  'bulletins.json': { contentType: `${BULLETINS_JSON_MIME_TYPE}; charset=utf-8`, render: renderBulletinsJson },
  'podcast.xml': { contentType: `${PODCAST_MIME_TYPE}; charset=utf-8`, render: renderPodcast },
} as const satisfies Record<AudioFeedFile, unknown>
type AudioFormatName = keyof typeof AUDIO_FORMATS

export const audioFeedQuery = feedQuery.pick({ limit: true, since: true, token: true }).strict()

export function feedsRouter({ getPayload }: { getPayload: () => Promise<Payload> }): Router {
  const router = Router()
  recordFeedFetches(getPayload)

  // What the podcast points to: its cover (public, content-addressed) and each bulletin's transcript (the episode's access).
  router.get('/loudspeaker/artwork/:name', serveArtwork({ getPayload }))
  router.get('/loudspeaker/transcripts/:name', serveTranscript({ getPayload }))

  // The loudspeaker channel's audio feeds: the same tokens, caching and conditional GET as the text feeds.
  router.get('/loudspeaker/:file', async (req, res, next) => {
    try {
      const file = req.params.file as AudioFormatName
      if (!Object.hasOwn(AUDIO_FORMATS, file)) return next()
      const parsed = audioFeedQuery.safeParse(req.query)
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) =>
          i.code === 'unrecognized_keys' ? `unknown parameter(s): ${i.keys.join(', ')}` : `${i.path.join('.')}: ${i.message}`,
        )
        return problem(res, 400, 'Tham số không hợp lệ / Invalid query parameters', { accepted: 'since=<ISO date-time>, limit=1..100', issues })
      }
      const query = parsed.data
      const payload = await getPayload()
      await syncFeedGeneration(payload)
      const epoch = cacheEpoch()
      const admitted = await admitReader({ channel: 'loudspeaker', payload, req, res, token: query.token })
      if (!admitted) return
      const { outlet } = admitted
      const key = JSON.stringify([outlet?.id ?? 'public', 'loudspeaker', file, query.since, query.limit])
      const feed = await cachedFeed(key, scopesOf(AUDIO_SCOPE, outlet), async () => {
        countFeedRender()
        const [{ items, validUntil }, channel] = await Promise.all([
          loadBulletinFeedItems({ limit: query.limit, payload, reader: readerOf(outlet), since: query.since }),
          loadPodcastChannel(payload),
        ])
        const serverURL = payload.config.serverURL
        const selfQuery = new URLSearchParams(Object.entries({ limit: query.limit, since: query.since }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
        // The channel's own fields come from the settings: their change is news to the feed as much as a new bulletin.
        const newest = [newestOf(items), channel.settingsUpdatedAt].filter((d): d is string => Boolean(d)).map((d) => new Date(d).toISOString()).sort().at(-1)
        const meta: AudioFeedMeta = {
          description: `${channel.title}${outlet ? ` — ${outlet.name}` : ''}`,
          generatedAt: newest,
          homeUrl: serverURL,
          language: 'vi',
          selfUrl: `${serverURL}/feeds/loudspeaker/${file}?${selfQuery.toString()}`,
          show: {
            artworkUrl: `${serverURL}${artworkPath(channel.artworkKey)}`,
            guid: podcastGuid(`${serverURL}/feeds/loudspeaker/podcast.xml`),
            ownerEmail: channel.ownerEmail,
            ownerName: channel.ownerName,
            summary: channel.summary,
          },
          title: channel.title,
        }
        const format = AUDIO_FORMATS[file]
        return renderedFeed({ body: format.render(meta, items), contentType: format.contentType, lastModified: newest ? new Date(newest) : null, validUntil })
      })
      send({ channel: 'loudspeaker', epoch, feed, feedKey: key, outlet, req, res })
    } catch (err) {
      next(err)
    }
  })

  router.get('/:channel/:file', async (req, res, next) => {
    try {
      const channel = req.params.channel as Channel
      const file = req.params.file as FormatName
      // Own names only: `in` would admit inherited ones (constructor, toString, __proto__).
      if (!CHANNELS.includes(channel) || !Object.hasOwn(FORMATS, file)) {
        return problem(res, 404, `Không có nguồn cấp /feeds/${channel}/${file} / No such feed`, {
          channels: CHANNELS,
          formats: Object.keys(FORMATS),
        })
      }
      const parsed = feedQuery.safeParse(req.query)
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) =>
          i.code === 'unrecognized_keys' ? `unknown parameter(s): ${i.keys.join(', ')}` : `${i.path.join('.')}: ${i.message}`,
        )
        return problem(res, 400, 'Tham số không hợp lệ / Invalid query parameters', {
          accepted: 'lang=vi|en, type=articles|talking-points|briefs|slogans, campaign=<slug>, unit=<code>, since=<ISO date-time>, limit=1..100',
          issues,
        })
      }
      const query: FeedQuery = parsed.data
      const payload = await getPayload()
      await syncFeedGeneration(payload)
      const epoch = cacheEpoch()
      const admitted = await admitReader({ channel, lang: query.lang, payload, req, res, token: query.token, type: query.type })
      if (!admitted) return
      const { outlet } = admitted

      const lang: Locale = query.lang ?? outlet?.languages?.[0] ?? 'vi'
      const reader = readerOf(outlet)
      const request: FeedRequest = { ...query, channel, includeCanceled: file === 'ninjs.json', lang }
      const key = JSON.stringify([outlet?.id ?? 'public', channel, file, lang, query.type, query.campaign, query.unit, query.since, query.limit])

      const feed = await cachedFeed(key, scopesOf(channelScope(channel), outlet), async () => {
        countFeedRender()
        const { items, validUntil } = await loadFeedItems({ payload, reader, request })
        const serverURL = payload.config.serverURL
        const selfQuery = new URLSearchParams(Object.entries({ ...query, token: undefined, lang }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
        const newest = newestOf(items)
        const meta: FeedMeta = {
          channel,
          description: `Nguồn — ${CHANNEL_TITLES[channel]}${outlet ? ` — ${outlet.name}` : ''}`,
          generatedAt: newest,
          homeUrl: serverURL,
          language: lang,
          selfUrl: `${serverURL}/feeds/${channel}/${file}?${selfQuery.toString()}`,
          title: `Nguồn — ${CHANNEL_TITLES[channel]}`,
        }
        return renderedFeed({ body: FORMATS[file].render(meta, items), contentType: FORMATS[file].contentType, lastModified: newest ? new Date(newest) : null, validUntil })
      })
      send({ channel, epoch, feed, feedKey: key, outlet, req, res })
    } catch (err) {
      next(err)
    }
  })

  router.use((req, res) => problem(res, 404, `Không có nguồn cấp /feeds${req.path} / No such feed`, { channels: CHANNELS, formats: Object.keys(FORMATS) }))
  return router
}
