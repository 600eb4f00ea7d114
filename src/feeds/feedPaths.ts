// The feed files an outlet can read on each channel, and their addresses: shared by the feeds router and the admin.
import { CHANNELS, type Channel } from '../content/vocabulary'

export const TEXT_FEED_FILES = ['rss.xml', 'feed.json', 'ninjs.json'] as const
export type TextFeedFile = (typeof TEXT_FEED_FILES)[number]

/** The loudspeaker channel also serves its bulletins as audio. */
export const AUDIO_FEED_FILES = ['podcast.xml', 'bulletins.json'] as const
export type AudioFeedFile = (typeof AUDIO_FEED_FILES)[number]

export type FeedAddress = { channel: Channel; file: AudioFeedFile | TextFeedFile; url: string }

const isChannel = (value: unknown): value is Channel => CHANNELS.includes(value as Channel)

/** Every feed URL open to an outlet subscribed to `channels` (in the channels' usual order), under `serverURL`. */
export function outletFeedAddresses({ channels, serverURL }: { channels: readonly unknown[]; serverURL: string }): FeedAddress[] {
  const base = serverURL.replace(/\/+$/, '')
  return CHANNELS.filter((channel) => channels.some((c) => isChannel(c) && c === channel)).flatMap((channel) => {
    const files: readonly (AudioFeedFile | TextFeedFile)[] = channel === 'loudspeaker' ? [...TEXT_FEED_FILES, ...AUDIO_FEED_FILES] : TEXT_FEED_FILES
    return files.map((file) => ({ channel, file, url: `${base}/feeds/${channel}/${file}` }))
  })
}
