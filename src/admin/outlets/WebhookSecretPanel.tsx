'use client'
// The outlet edit view's "Webhook secret": generates one and shows it once, or stores a pasted one; the secret is never read back.
import { Button, ConfirmationModal, useFormFields, useModal } from '@payloadcms/ui'
import { type KeyboardEvent, useState } from 'react'

import { formatDateTime } from '../workflow/words'
import { postOutletCredential } from './postOutletCredential'
import { ShownOnce } from './ShownOnce'
import { usePanelContext } from './usePanelContext'
import { type WordKey, WORDS } from './words'

type SecretAnswer = { secret?: string; webhookSecretSetAt: string }
type Notice = { isError: boolean; text: string }

export function OutletWebhookSecret() {
  const { apiRoute, id, isAdmin, language } = usePanelContext()
  const setAt = useFormFields(([fields]) => fields.webhookSecretSetAt?.value) as null | string | undefined
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const { openModal } = useModal()
  const [generated, setGenerated] = useState<null | string>(null)
  const [generateError, setGenerateError] = useState<null | string>(null)
  const [pasted, setPasted] = useState('')
  const [pasteNotice, setPasteNotice] = useState<Notice | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const confirmSlug = `outlet-generate-secret-${id ?? 'new'}`
  const w = (key: WordKey) => WORDS[key][language]

  if (!isAdmin) return null
  if (!id) {
    return (
      <section className="nguon-outlet-panel" data-testid="outlet-webhook-secret">
        <h3 className="nguon-outlet-panel__title">{w('secretTitle')}</h3>
        <p className="nguon-outlet-panel__hint">{w('saveFirst')}</p>
      </section>
    )
  }

  // The sidebar's "set at" follows, without marking the form as changed (a later save then keeps the new time).
  const showSetAt = (value: string) => dispatchFields({ path: 'webhookSecretSetAt', type: 'UPDATE', value })

  const generate = async () => {
    setIsBusy(true)
    setGenerateError(null)
    setPasteNotice(null)
    setGenerated(null)
    const answer = await postOutletCredential<SecretAnswer>({ apiRoute, endpoint: 'webhook-secret', id, language })
    setIsBusy(false)
    if (!answer.ok) return setGenerateError(answer.message)
    setGenerated(answer.body.secret ?? null)
    showSetAt(answer.body.webhookSecretSetAt)
  }

  const save = async () => {
    const secret = pasted.trim()
    if (!secret) return
    setIsBusy(true)
    setGenerateError(null)
    setPasteNotice(null)
    setGenerated(null)
    const answer = await postOutletCredential<SecretAnswer>({ apiRoute, body: { secret }, endpoint: 'webhook-secret', id, language })
    setIsBusy(false)
    if (!answer.ok) return setPasteNotice({ isError: true, text: answer.message })
    setPasted('')
    setPasteNotice({ isError: false, text: w('pasteSaved') })
    showSetAt(answer.body.webhookSecretSetAt)
  }

  // Enter would otherwise submit the whole outlet form.
  const saveOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    void save()
  }

  return (
    <section className="nguon-outlet-panel" data-testid="outlet-webhook-secret">
      <h3 className="nguon-outlet-panel__title">{w('secretTitle')}</h3>
      <p className="nguon-outlet-panel__hint" data-testid="outlet-secret-set-at">
        {setAt ? `${w('secretSetAt')}: ${formatDateTime(setAt, language)}` : w('noSecret')}
      </p>
      <div className="nguon-outlet-panel__actions">
        <Button
          buttonStyle="primary"
          disabled={isBusy}
          id="outlet-generate-secret"
          margin={false}
          onClick={() => (setAt ? openModal(confirmSlug) : void generate())}
          size="medium"
          type="button"
        >
          {isBusy ? w('working') : w('secretGenerate')}
        </Button>
      </div>
      {generateError && (
        <p className="nguon-outlet-panel__error" data-testid="outlet-secret-error" role="alert">
          {generateError}
        </p>
      )}
      {generated && <ShownOnce id="outlet-secret" label={w('secretTitle')} language={language} note={w('shownOnceSecret')} value={generated} />}
      <h4 className="nguon-outlet-panel__subtitle">
        <label htmlFor="outlet-paste-secret">{w('pasteLabel')}</label>
      </h4>
      <div className="nguon-outlet-paste">
        <input
          aria-describedby="outlet-paste-secret-hint"
          aria-invalid={pasteNotice?.isError ?? false}
          autoComplete="off"
          className="nguon-outlet-paste__input"
          data-1p-ignore
          data-lpignore="true"
          id="outlet-paste-secret"
          onChange={(event) => {
            setPasted(event.target.value)
            setPasteNotice(null)
          }}
          onKeyDown={saveOnEnter}
          placeholder="whsec_…"
          spellCheck={false}
          type="password"
          value={pasted}
        />
        <Button buttonStyle="secondary" disabled={isBusy || !pasted.trim()} id="outlet-save-secret" margin={false} onClick={() => void save()} size="medium" type="button">
          {isBusy ? w('working') : w('save')}
        </Button>
      </div>
      <p className="nguon-outlet-panel__hint" id="outlet-paste-secret-hint">
        {w('pasteHint')}
      </p>
      {pasteNotice && (
        <p
          className={pasteNotice.isError ? 'nguon-outlet-panel__error' : 'nguon-outlet-panel__success'}
          data-testid={pasteNotice.isError ? 'outlet-paste-error' : 'outlet-paste-saved'}
          role={pasteNotice.isError ? 'alert' : 'status'}
        >
          {pasteNotice.text}
        </p>
      )}
      <ConfirmationModal
        body={w('secretGenerateWarning')}
        cancelLabel={w('cancel')}
        confirmingLabel={w('working')}
        confirmLabel={w('secretGenerateConfirm')}
        heading={w('secretGenerate')}
        modalSlug={confirmSlug}
        onConfirm={generate}
      />
    </section>
  )
}
