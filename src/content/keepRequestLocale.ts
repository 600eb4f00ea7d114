// Payload's Local API sets a passed request's locale (and fallback) to the one a call asks for, and the request keeps it:
// a hook that reads an item in another locale through its request would leave the rest of that request — later
// writes, their validation, the answer — in that locale. Reads that ask for a locale go through here.

type LocaleHolder = { fallbackLocale?: unknown; locale?: unknown }

/** Runs `work` and then gives `req` back the locale and fallback it had before (whether `work` succeeded or threw). */
export async function keepRequestLocale<T>(req: LocaleHolder | undefined, work: () => Promise<T>): Promise<T> {
  if (!req) return work()
  const { fallbackLocale, locale } = req
  try {
    return await work()
  } finally {
    req.fallbackLocale = fallbackLocale
    req.locale = locale
  }
}
