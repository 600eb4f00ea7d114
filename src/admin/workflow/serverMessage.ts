// The part of a bilingual server message ("vi / en") in the admin language, with any validation issues.
import type { UiLanguage } from './words'

export function serverMessage(body: unknown, language: UiLanguage, fallback: string): string {
  const { error, issues } = (body ?? {}) as { error?: unknown; issues?: unknown }
  if (typeof error !== 'string' || !error) return fallback
  const halves = error.split(' / ')
  const text = halves.length === 2 ? halves[language === 'en' ? 1 : 0]! : error
  const details = Array.isArray(issues) && issues.length ? ` (${issues.join('; ')})` : ''
  return `${text}${details}`
}
