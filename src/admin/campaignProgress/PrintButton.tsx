'use client'
// Opens the browser's print dialog (save as PDF) on the printable report.
import type { Locale } from '../../content/vocabulary'

export function PrintButton({ locale }: { locale: Locale }) {
  return (
    <button className="btn btn--size-small btn--style-primary" onClick={() => window.print()} style={{ margin: '0 0 0 12px' }} type="button">
      {locale === 'vi' ? 'In / Lưu PDF' : 'Print / Save as PDF'}
    </button>
  )
}
