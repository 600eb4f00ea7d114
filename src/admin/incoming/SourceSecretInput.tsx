'use client'
// One write-only secret of a source: "Đã đặt / Chưa đặt", a password box and Save / Remove. It sends the new value
// with PATCH /api/sources/{id} (admins only, server side) and never receives one back.
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { serverMessage } from '../workflow/serverMessage'
import { uiLanguage } from '../workflow/words'
import { DESK_WORDS, SECRET_WORDS } from './words'

type Props = { field: 'pushSecret' | 'token'; isSet: boolean; sourceId: number | string }

export function SourceSecretInput({ field, isSet: initiallySet, sourceId }: Props) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const inputId = useId()
  const [isSet, setIsSet] = useState(initiallySet)
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null)

  const send = async (next: null | string) => {
    if (next !== null && !next.trim()) {
      setMessage({ isError: true, text: SECRET_WORDS.typeFirst[language] })
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${config.routes.api}/sources/${encodeURIComponent(String(sourceId))}`, {
        body: JSON.stringify({ [field]: next === null ? null : next.trim() }),
        cache: 'no-store',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'PATCH',
      })
      if (res.ok) {
        setIsSet(next !== null)
        setValue('')
        setMessage({ isError: false, text: next === null ? SECRET_WORDS.cleared[language] : SECRET_WORDS.saved[language] })
      } else {
        setMessage({ isError: true, text: serverMessage(await res.json().catch(() => null), language, res.status) })
      }
    } catch {
      setMessage({ isError: true, text: DESK_WORDS.networkError[language] })
    }
    setBusy(false)
  }

  return (
    <div className="nguon-secrets__row" data-field={field} data-is-set={String(isSet)} data-testid={`source-secret-${field}`}>
      <label htmlFor={inputId}>
        {SECRET_WORDS[field][language]}: <strong>{isSet ? SECRET_WORDS.isSet[language] : SECRET_WORDS.isNotSet[language]}</strong>
      </label>
      <div className="nguon-secrets__controls">
        <input
          aria-label={`${SECRET_WORDS[field][language]} — ${SECRET_WORDS.newValue[language]}`}
          autoComplete="new-password"
          disabled={busy}
          id={inputId}
          onChange={(event) => setValue(event.target.value)}
          placeholder={SECRET_WORDS.newValue[language]}
          spellCheck={false}
          type="password"
          value={value}
        />
        <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void send(value)} size="small" type="button">
          {SECRET_WORDS.save[language]}
        </Button>
        {isSet && (
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void send(null)} size="small" type="button">
            {SECRET_WORDS.clear[language]}
          </Button>
        )}
      </div>
      {message && (
        <p className={message.isError ? 'nguon-desk__error' : 'nguon-home__meta'} role={message.isError ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  )
}
