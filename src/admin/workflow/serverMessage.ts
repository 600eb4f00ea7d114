// What the server said when it refused an action, in the admin language: its message and each field or issue it
// named. Reads our answers (`{ error, fields?, issues? }`, bilingual "vi / en") and Payload's (`{ errors: [{ message }] }`).
import type { UiLanguage } from './words'

export type Refusal = { details: string[]; message: string }

/** The half of a bilingual "vi / en" text in `language`; a one-language text as it is. */
export const inLanguage = (text: string, language: UiLanguage): string => {
  const halves = text.split(' / ')
  return halves.length === 2 ? halves[language === 'en' ? 1 : 0]! : text
}

const FALLBACK = {
  en: (status: number) => `The server refused the action (error ${status}).`,
  vi: (status: number) => `Máy chủ không thực hiện thao tác này (lỗi ${status}).`,
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0

/** Field messages from a 422 (`fields`), zod issues (`issues`), or Payload's validation details (`errors[].data.errors`). */
function detailsOf(body: Record<string, unknown>, language: UiLanguage): string[] {
  const details: string[] = []
  if (Array.isArray(body.fields)) {
    for (const field of body.fields as { message?: unknown }[]) if (isText(field?.message)) details.push(inLanguage(field.message, language))
  }
  if (Array.isArray(body.issues)) for (const issue of body.issues) if (isText(issue)) details.push(issue)
  if (Array.isArray(body.errors)) {
    for (const error of body.errors as { data?: { errors?: { label?: unknown; message?: unknown }[] } }[]) {
      for (const inner of error?.data?.errors ?? []) {
        const label = isText(inner.label) ? `${inLanguage(inner.label, language)}: ` : ''
        if (isText(inner.message)) details.push(`${label}${inLanguage(inner.message, language)}`)
      }
    }
  }
  return details
}

/** The refusal to show for an answer with `status`; never a bare status code. */
export function describeRefusal(body: unknown, status: number, language: UiLanguage): Refusal {
  const answer = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const messages: string[] = []
  if (isText(answer.error)) messages.push(inLanguage(answer.error, language))
  if (isText(answer.message)) messages.push(inLanguage(answer.message, language))
  if (Array.isArray(answer.errors)) {
    for (const error of answer.errors as { message?: unknown }[]) if (isText(error?.message)) messages.push(inLanguage(error.message, language))
  }
  return { details: detailsOf(answer, language), message: messages.length ? messages.join(' ') : FALLBACK[language](status) }
}

/** The refusal as one line (for a toast). */
export function serverMessage(body: unknown, language: UiLanguage, status: number): string {
  const { details, message } = describeRefusal(body, status, language)
  return details.length ? `${message}: ${details.join('; ')}` : message
}
