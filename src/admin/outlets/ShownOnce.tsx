'use client'
// A credential shown this once, in a read-only box with a copy button, and a copy button for any other text.
import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { UiLanguage } from '../workflow/words'
import { WORDS } from './words'

/** Copies with the Clipboard API, falling back to selecting the text for the user when the browser refuses. */
export function CopyButton({ id, language, value }: { id: string; language: UiLanguage; value: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null)
  useEffect(() => setResult(null), [value])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setResult('copied')
    } catch {
      const input = document.getElementById(`${id}-value`)
      if (input instanceof HTMLInputElement) input.select()
      setResult('failed')
    }
  }

  return (
    <span className="nguon-outlet-copy">
      <Button buttonStyle="secondary" id={`${id}-copy`} margin={false} onClick={() => void copy()} size="small" type="button">
        {result === 'copied' ? WORDS.copied[language] : WORDS.copy[language]}
      </Button>
      {result === 'failed' && (
        <span className="nguon-outlet-copy__failed" role="alert">
          {WORDS.copyFailed[language]}
        </span>
      )}
    </span>
  )
}

export function ShownOnce({ id, label, language, note, value }: { id: string; label: string; language: UiLanguage; note: string; value: string }) {
  return (
    <div className="nguon-outlet-once" data-testid={id}>
      <label className="nguon-outlet-once__label" htmlFor={`${id}-value`}>
        {label}
      </label>
      <div className="nguon-outlet-once__row">
        <input
          autoComplete="off"
          className="nguon-outlet-once__value"
          id={`${id}-value`}
          onFocus={(event) => event.currentTarget.select()}
          readOnly
          spellCheck={false}
          type="text"
          value={value}
        />
        <CopyButton id={id} language={language} value={value} />
      </div>
      <p className="nguon-outlet-once__note" role="note">
        {note}
      </p>
    </div>
  )
}
