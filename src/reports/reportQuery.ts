// The query string of GET /api/campaigns/{id}/report, validated with zod (unknown or repeated parameters are refused).
import { z } from 'zod'

import { LOCALES } from '../content/vocabulary'

export const campaignReportQuery = z
  .object({
    format: z.enum(['json', 'csv'], { message: 'one of: json, csv' }).default('json'),
    locale: z.enum(LOCALES, { message: `one of: ${LOCALES.join(', ')}` }).default('vi'),
    unit: z.string().regex(/^[A-Z0-9_-]{2,16}$/, 'a unit code such as CA').optional(),
    asOf: z.iso.datetime({ message: 'an ISO 8601 date-time, e.g. 2023-12-14T00:00:00+07:00', offset: true }).optional(),
  })
  .strict()

export type CampaignReportQuery = z.infer<typeof campaignReportQuery>

/** Query parameters as an object; a parameter given twice is an error naming it. */
export function parseSearchParams<T extends z.ZodType>(
  schema: T,
  params: URLSearchParams,
): { data: z.infer<T>; issues?: undefined } | { data?: undefined; issues: string[] } {
  const raw: Record<string, string> = {}
  const issues: string[] = []
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    if (values.length > 1) issues.push(`${name}: given more than once`)
    raw[name] = values[0]!
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        issues.push(...issue.keys.map((k) => `${k}: unknown parameter`))
        continue
      }
      // Stryker disable next-line StringLiteral: the report's parameters are flat, so a path is one name and its separator never shows
      issues.push(`${issue.path.join('.')}: ${issue.message}`)
    }
  }
  return issues.length || !parsed.success ? { issues } : { data: parsed.data }
}
