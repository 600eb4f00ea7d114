'use client'
// Payload 3.90's content-language switch reads "Ngôn ngữ nội dung: undefined" for a moment after logging in (its locale
// context briefly holds no label while the page changes; seen in tests/e2e/editors-day-browser.test.ts). Until Payload
// fixes it, this names the locale in that text node: the one in the URL, else the default. React keeps owning the node
// (only its value is set), so its next update still lands.
import { useConfig } from '@payloadcms/ui'
import { useEffect } from 'react'

const LABEL = '.localizer-button__current-label'

export function LocaleLabelGuard() {
  const { config } = useConfig()
  useEffect(() => {
    const localization = config.localization
    if (!localization) return
    const labelOf = (code: null | string) => {
      const found = localization.locales.find((locale) => locale.code === code) ?? localization.locales.find((locale) => locale.code === localization.defaultLocale)
      const label = found?.label
      return typeof label === 'string' ? label : (label as Record<string, string> | undefined)?.[localization.defaultLocale] ?? found?.code ?? ''
    }
    const mend = () => {
      for (const element of document.querySelectorAll(LABEL)) {
        const text = element.firstChild
        if (text?.nodeType === Node.TEXT_NODE && (text.nodeValue === 'undefined' || text.nodeValue === '')) {
          text.nodeValue = labelOf(new URLSearchParams(window.location.search).get('locale'))
        }
      }
    }
    mend()
    // Mutation callbacks run before the next paint, so the wrong word is never shown.
    const observer = new MutationObserver(mend)
    observer.observe(document.body, { characterData: true, childList: true, subtree: true })
    return () => observer.disconnect()
  }, [config.localization])
  return null
}
