'use client'
// An array row's label in the admin language, numbered from 1 ("Khung giờ 1"), with the row's own text when it has one.
import { useRowLabel, useTranslation } from '@payloadcms/ui'

type Props = { en: string; summaryField?: string; vi: string }

export function NumberedRowLabel({ en, summaryField, vi }: Props) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const word = i18n.language === 'en' ? en : vi
  const summary = summaryField ? data?.[summaryField] : undefined
  const text = typeof summary === 'string' && summary.trim() ? `: ${summary.trim().slice(0, 60)}` : ''
  return (
    <span data-testid="row-label">
      {word} {(rowNumber ?? 0) + 1}
      {text}
    </span>
  )
}
