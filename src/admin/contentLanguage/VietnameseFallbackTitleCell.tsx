'use client'
// A list's title cell while the content language is not Vietnamese: an item not yet translated shows its Vietnamese
// title (marked as such), the way the feeds fall back, instead of "<Không có Tiêu đề>".
import type { DefaultCellComponentProps } from 'payload'

import { DefaultCell, useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Id = number | string
type Pending = { ids: Set<string>; waiters: ((titles: Map<string, string>) => void)[] }

// One request per collection and field for all the untranslated rows of a page, not one per row.
const pending = new Map<string, Pending>()
const known = new Map<string, string>()

function vietnameseTitle({ api, collection, field, id }: { api: string; collection: string; field: string; id: Id }): Promise<string | undefined> {
  const cacheKey = `${collection}:${field}:${id}`
  if (known.has(cacheKey)) return Promise.resolve(known.get(cacheKey))
  const batchKey = `${collection}:${field}`
  let batch = pending.get(batchKey)
  if (!batch) {
    const created: Pending = { ids: new Set(), waiters: [] }
    pending.set(batchKey, created)
    batch = created
    queueMicrotask(() => {
      pending.delete(batchKey)
      const query = new URLSearchParams({ depth: '0', draft: 'true', limit: String(created.ids.size), locale: 'vi', [`select[${field}]`]: 'true' })
      query.set('where[id][in]', [...created.ids].join(','))
      fetch(`${api}/${collection}?${query}`, { credentials: 'include' })
        .then((res) => (res.ok ? res.json() : { docs: [] }))
        .then(({ docs }: { docs: Record<string, unknown>[] }) => {
          const titles = new Map<string, string>()
          for (const doc of docs) {
            const title = doc[field]
            if (typeof title === 'string' && title.trim()) titles.set(String(doc.id), title)
            known.set(`${collection}:${field}:${String(doc.id)}`, typeof title === 'string' ? title : '')
          }
          created.waiters.forEach((resolve) => resolve(titles))
        })
        .catch(() => created.waiters.forEach((resolve) => resolve(new Map())))
    })
  }
  batch.ids.add(String(id))
  return new Promise((resolve) => batch.waiters.push((titles) => resolve(titles.get(String(id)))))
}

export function VietnameseFallbackTitleCell(props: DefaultCellComponentProps) {
  const { cellData, collectionSlug, field, rowData } = props
  const locale = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const isEmpty = cellData === undefined || cellData === null || (typeof cellData === 'string' && !cellData.trim())
  const name = 'name' in field ? field.name : undefined
  const shouldFallBack = isEmpty && Boolean(locale?.code) && locale.code !== 'vi' && rowData?.id !== undefined && Boolean(name)
  const [fallback, setFallback] = useState<string | undefined>(undefined)

  useEffect(() => {
    if (!shouldFallBack || !name) return
    let isCurrent = true
    void vietnameseTitle({ api: config.routes.api, collection: collectionSlug, field: name, id: rowData.id as Id }).then((title) => isCurrent && setFallback(title))
    return () => {
      isCurrent = false
    }
  }, [collectionSlug, config.routes.api, name, rowData?.id, shouldFallBack])

  if (!shouldFallBack || !fallback) return <DefaultCell {...props} />
  const mark = i18n.language === 'en' ? 'Vietnamese' : 'tiếng Việt'
  return (
    <span className="nguon-fallback-title" data-testid="fallback-title">
      <DefaultCell {...props} cellData={fallback} /> <span className="nguon-fallback-title__mark">({mark})</span>
    </span>
  )
}
