'use client'
// Shown above the form while the content language is not Vietnamese: what an empty field does (falls back to
// Vietnamese) and, for each empty translated field, the Vietnamese text to translate.
import type { ClientField } from 'payload'

import { useAllFormFields, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import { textFromLexical } from '../../content/lexical'

const WORDS = {
  editing: { en: 'You are editing the English version.', vi: 'Bạn đang sửa bản tiếng Anh.' },
  fallback: {
    en: 'A field left empty is published with its Vietnamese text. Switch back under "Content language" in the top bar.',
    vi: 'Trường nào để trống sẽ dùng nội dung tiếng Việt khi phát hành. Đổi lại ở mục "Ngôn ngữ nội dung" trên thanh trên cùng.',
  },
  hints: { en: 'Vietnamese text of the fields still empty in English:', vi: 'Nội dung tiếng Việt của các trường chưa dịch:' },
  notSaved: { en: 'Save the Vietnamese version first.', vi: 'Hãy lưu bản tiếng Việt trước.' },
} as const

type Localized = { label: string; name: string; type: string }

const labelOf = (field: ClientField, language: 'en' | 'vi'): string => {
  const raw = 'label' in field ? field.label : undefined
  if (typeof raw === 'string') return raw
  if (raw && typeof raw === 'object') return (raw as Record<string, string>)[language] ?? (raw as Record<string, string>).vi ?? ''
  return 'name' in field ? field.name : ''
}

/** Top-level translated text fields (rows and unnamed tabs looked into), in form order. */
function localizedTextFields(fields: ClientField[], language: 'en' | 'vi'): Localized[] {
  return fields.flatMap((field): Localized[] => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return localizedTextFields(field.fields, language)
    if ('name' in field && 'localized' in field && field.localized && ['richText', 'text', 'textarea'].includes(field.type)) {
      return [{ label: labelOf(field, language), name: field.name, type: field.type }]
    }
    return []
  })
}

const textOf = (value: unknown, type: string): string => (type === 'richText' ? textFromLexical(value) : typeof value === 'string' ? value : '').trim()

export function ContentLanguageBanner() {
  const locale = useLocale()
  const { i18n } = useTranslation()
  const { collectionSlug, globalSlug, id } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const [formFields] = useAllFormFields()
  const [vietnamese, setVietnamese] = useState<null | Record<string, unknown>>(null)
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const isVietnamese = !locale?.code || locale.code === 'vi'

  useEffect(() => {
    if (isVietnamese || (!id && !globalSlug)) return
    let isCurrent = true
    const path = globalSlug ? `globals/${globalSlug}` : `${collectionSlug}/${id}`
    fetch(`${config.routes.api}/${path}?draft=true&depth=0&locale=vi`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: null | Record<string, unknown>) => isCurrent && setVietnamese(doc))
      .catch(() => undefined)
    return () => {
      isCurrent = false
    }
  }, [collectionSlug, config.routes.api, globalSlug, id, isVietnamese])

  const hints = useMemo(() => {
    const entity = getEntityConfig(globalSlug ? { globalSlug } : { collectionSlug: collectionSlug! })
    if (!entity || !vietnamese) return []
    return localizedTextFields(entity.fields, language)
      .filter((field) => !textOf(formFields[field.name]?.value, field.type))
      .map((field) => ({ ...field, text: textOf(vietnamese[field.name], field.type) }))
      .filter((field) => field.text)
  }, [collectionSlug, formFields, getEntityConfig, globalSlug, language, vietnamese])

  if (isVietnamese) return null
  return (
    <div className="nguon-content-language" data-locale={locale.code} data-testid="content-language-banner" role="note">
      <strong>{WORDS.editing[language]}</strong> {WORDS.fallback[language]}
      {!id && !globalSlug && <p>{WORDS.notSaved[language]}</p>}
      {hints.length > 0 && (
        <>
          <p className="nguon-content-language__hints-title">{WORDS.hints[language]}</p>
          <dl className="nguon-content-language__hints">
            {hints.map((hint) => (
              <div data-field={hint.name} key={hint.name}>
                <dt>{hint.label}</dt>
                <dd lang="vi">{hint.text.length > 400 ? `${hint.text.slice(0, 400)}…` : hint.text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  )
}
