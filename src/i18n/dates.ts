// The one way the admin, its reports and exports show a moment: dd/MM/yyyy HH:mm in Vietnam time, whatever the reader's language.

/** The province's clock: Vietnam has one time zone and no daylight saving. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'
/** The same format for Payload's own date fields and lists (config `admin.dateFormat`, date-fns tokens). */
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm'
export const DAY_FORMAT = 'dd/MM/yyyy'

const PARTS = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
  minute: '2-digit',
  month: '2-digit',
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
})

const parse = (value: Date | null | string | undefined): Date | null => {
  if (value === null || value === undefined || value === '') return null
  // Only ISO shapes: V8 reads almost anything as a date ("quý IV/2023" becomes 1 Jan 2023).
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(value)) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

function partsOf(date: Date): Record<'day' | 'hour' | 'minute' | 'month' | 'year', string> {
  const parts = Object.fromEntries(PARTS.formatToParts(date).map((part) => [part.type, part.value]))
  return { day: parts.day!, hour: parts.hour!, minute: parts.minute!, month: parts.month!, year: parts.year! }
}

/** "02/12/2023 17:05" in Vietnam time; empty for no or an invalid date. */
export function formatDateTime(value: Date | null | string | undefined): string {
  const date = parse(value)
  if (!date) return ''
  const { day, hour, minute, month, year } = partsOf(date)
  return `${day}/${month}/${year} ${hour}:${minute}`
}

/** "02/12/2023", the day in Vietnam; empty for no or an invalid date. */
export function formatDay(value: Date | null | string | undefined): string {
  const date = parse(value)
  if (!date) return ''
  const { day, month, year } = partsOf(date)
  return `${day}/${month}/${year}`
}
