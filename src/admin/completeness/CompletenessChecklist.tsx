'use client'
// The checklist shown before the workflow buttons: what the item still lacks to be sent for review (or approved),
// read live from the edit form; each entry scrolls to its field.
import { useAllFormFields, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import { type CompletenessStep, LOCALIZED_PATHS, type MissingField, missingFields } from '../../content/completeness'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '../../content/vocabulary'

const WORDS = {
  complete: { en: 'Everything needed for review is there.', vi: 'Đã đủ nội dung để gửi duyệt.' },
  completeToApprove: { en: 'Everything needed for approval is there.', vi: 'Đã đủ nội dung để duyệt.' },
  title: { en: 'Still missing', vi: 'Còn thiếu' },
  vietnameseNote: {
    en: 'Checked on the Vietnamese text, which English falls back to.',
    vi: 'Kiểm tra trên bản tiếng Việt (bản tiếng Anh để trống sẽ dùng bản tiếng Việt).',
  },
} as const

const isReviewed = (slug: string | undefined): slug is ReviewedCollection => (REVIEWED_COLLECTIONS as readonly string[]).includes(slug ?? '')

/**
 * What the item in the edit form lacks for `step`, in the admin's language. While the form shows another content
 * language, the localized fields are read from the saved Vietnamese version (completeness is judged on Vietnamese).
 */
export function useMissingFields(step: CompletenessStep = 'submit'): MissingField[] {
  const { collectionSlug, id } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const isVietnamese = !locale?.code || locale.code === 'vi'
  const [vietnamese, setVietnamese] = useState<null | Record<string, unknown>>(null)

  useEffect(() => {
    if (isVietnamese || !id || !collectionSlug) return
    let isCurrent = true
    fetch(`${config.routes.api}/${collectionSlug}/${id}?draft=true&depth=0&locale=vi&fallback-locale=none`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: null | Record<string, unknown>) => isCurrent && setVietnamese(doc))
      .catch(() => undefined)
    return () => {
      isCurrent = false
    }
  }, [collectionSlug, config.routes.api, id, isVietnamese])

  return useMemo(() => {
    if (!isReviewed(collectionSlug)) return []
    const values = reduceFieldsToValues(fields, true) as Record<string, unknown>
    if (!isVietnamese) {
      for (const path of LOCALIZED_PATHS[collectionSlug]) values[path] = vietnamese?.[path]
    }
    return missingFields({ collection: collectionSlug, doc: values, language, step })
  }, [collectionSlug, fields, isVietnamese, language, step, vietnamese])
}

const focusField = (path: string) => {
  const field = document.getElementById(`field-${path}`) ?? document.querySelector(`[data-field-path="${path}"], [id^="field-${path}"]`)
  field?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const input = field?.matches('input, textarea, [contenteditable]') ? field : field?.querySelector<HTMLElement>('input, textarea, [contenteditable="true"], button')
  ;(input as HTMLElement | null | undefined)?.focus({ preventScroll: true })
}

/**
 * A list of what is missing, or one line saying nothing is; `step` "approve" adds what only approval needs. `missing`
 * is given by a caller that already read it (the workflow panel, which also disables its buttons by it).
 */
export function CompletenessChecklist({ missing, step = 'submit' }: { missing: MissingField[]; step?: CompletenessStep }) {
  const locale = useLocale()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const isVietnamese = !locale?.code || locale.code === 'vi'

  if (missing.length === 0) {
    return (
      <p className="nguon-checklist nguon-checklist--complete" data-testid="completeness-checklist" data-complete="true">
        ✓ {step === 'approve' ? WORDS.completeToApprove[language] : WORDS.complete[language]}
      </p>
    )
  }
  return (
    <div className="nguon-checklist" data-complete="false" data-testid="completeness-checklist" role="status">
      <strong className="nguon-checklist__title">{WORDS.title[language]}:</strong>
      <ul className="nguon-checklist__list">
        {missing.map((field) => (
          <li data-path={field.path} key={field.path}>
            <button className="nguon-checklist__item" onClick={() => focusField(field.path)} type="button">
              {field.message}
            </button>
          </li>
        ))}
      </ul>
      {!isVietnamese && <p className="nguon-checklist__hint">{WORDS.vietnameseNote[language]}</p>}
    </div>
  )
}
