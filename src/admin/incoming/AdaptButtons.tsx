'use client'
// "Biên tập lại thành …": asks the server to adapt a desk row into a draft (POST /api/incoming/{id}/adapt), then opens
// the draft. The server decides who may (editors); these buttons are only shown to them.
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { serverMessage } from '../workflow/serverMessage'
import { uiLanguage } from '../workflow/words'
import type { DerivedCollection } from './loadChangedOrigins'
import { ADAPT_WORDS, DESK_WORDS } from './words'

const TARGETS: DerivedCollection[] = ['articles', 'talking-points', 'briefs', 'bulletins']

export function AdaptButtons({ incomingId }: { incomingId: number | string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const [busy, setBusy] = useState<DerivedCollection | null>(null)
  const [error, setError] = useState<null | string>(null)

  const adapt = async (collection: DerivedCollection) => {
    setBusy(collection)
    setError(null)
    try {
      const res = await fetch(`${config.routes.api}/incoming/${encodeURIComponent(String(incomingId))}/adapt`, {
        body: JSON.stringify({ collection }),
        cache: 'no-store',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const body: unknown = await res.json().catch(() => null)
      const id = (body as { doc?: { id?: number | string } } | null)?.doc?.id
      if (res.status === 201 && id !== undefined) {
        window.location.assign(`${config.routes.admin}/collections/${collection}/${encodeURIComponent(String(id))}`)
        return
      }
      setError(serverMessage(body, language, res.status))
    } catch {
      setError(DESK_WORDS.networkError[language])
    }
    setBusy(null)
  }

  return (
    <div className="nguon-desk__adapt" data-testid="desk-adapt">
      {TARGETS.map((collection) => (
        <Button buttonStyle="secondary" disabled={busy !== null} key={collection} margin={false} onClick={() => void adapt(collection)} size="small" type="button">
          {busy === collection ? DESK_WORDS.adapting[language] : ADAPT_WORDS[collection][language]}
        </Button>
      ))}
      {error && (
        <p className="nguon-desk__error" data-testid="desk-adapt-error" role="alert">
          <strong>{DESK_WORDS.adaptFailed[language]}</strong> {error}
        </p>
      )}
    </div>
  )
}
