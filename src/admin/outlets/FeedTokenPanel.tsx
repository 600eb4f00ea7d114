'use client'
// The outlet edit view's "Feed token": issues a new token (after a warning when one exists) and shows it once, with the outlet's feed addresses.
import { Button, ConfirmationModal, useFormFields, useModal } from '@payloadcms/ui'
import { useState } from 'react'

import { outletFeedAddresses } from '../../feeds/feedPaths'
import { formatDateTime } from '../workflow/words'
import { postOutletCredential } from './postOutletCredential'
import { CopyButton, ShownOnce } from './ShownOnce'
import { usePanelContext } from './usePanelContext'
import { type WordKey, WORDS } from './words'

type IssuedToken = { token: string; tokenIssuedAt?: string }

export function OutletFeedToken() {
  const { apiRoute, id, isAdmin, language, savedData, serverURL } = usePanelContext()
  const issuedAt = useFormFields(([fields]) => fields.tokenIssuedAt?.value) as null | string | undefined
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const { openModal } = useModal()
  const [issued, setIssued] = useState<IssuedToken | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [isTokenInUrls, setIsTokenInUrls] = useState(false)
  const confirmSlug = `outlet-issue-token-${id ?? 'new'}`
  const w = (key: WordKey) => WORDS[key][language]

  if (!isAdmin) return null
  if (!id) {
    return (
      <section className="nguon-outlet-panel" data-testid="outlet-feed-token">
        <h3 className="nguon-outlet-panel__title">{w('tokenTitle')}</h3>
        <p className="nguon-outlet-panel__hint">{w('saveFirst')}</p>
      </section>
    )
  }

  const issue = async () => {
    setIsBusy(true)
    setError(null)
    setIssued(null)
    const answer = await postOutletCredential<IssuedToken>({ apiRoute, endpoint: 'token', id, language })
    setIsBusy(false)
    if (!answer.ok) return setError(answer.message)
    setIssued(answer.body)
    // The sidebar's "issued at" follows, without marking the form as changed.
    dispatchFields({ path: 'tokenIssuedAt', type: 'UPDATE', value: answer.body.tokenIssuedAt ?? new Date().toISOString() })
  }

  const addresses = outletFeedAddresses({ channels: savedData?.channels ?? [], serverURL })
  const withToken = (url: string) => (issued && isTokenInUrls ? `${url}?token=${encodeURIComponent(issued.token)}` : url)

  return (
    <section className="nguon-outlet-panel" data-testid="outlet-feed-token">
      <h3 className="nguon-outlet-panel__title">{w('tokenTitle')}</h3>
      <p className="nguon-outlet-panel__hint" data-testid="outlet-token-issued-at">
        {issuedAt ? `${w('issuedAt')}: ${formatDateTime(issuedAt, language)}` : w('noToken')}
      </p>
      <div className="nguon-outlet-panel__actions">
        <Button
          buttonStyle="primary"
          disabled={isBusy}
          id="outlet-issue-token"
          margin={false}
          onClick={() => (issuedAt ? openModal(confirmSlug) : void issue())}
          size="medium"
          type="button"
        >
          {isBusy ? w('working') : w('issue')}
        </Button>
      </div>
      {error && (
        <p className="nguon-outlet-panel__error" data-testid="outlet-token-error" role="alert">
          {error}
        </p>
      )}
      {issued && <ShownOnce id="outlet-token" label={w('tokenTitle')} language={language} note={w('shownOnce')} value={issued.token} />}
      <h4 className="nguon-outlet-panel__subtitle">{w('feedUrls')}</h4>
      {addresses.length === 0 ? (
        <p className="nguon-outlet-panel__hint">{w('noChannels')}</p>
      ) : (
        <ul className="nguon-outlet-urls" data-testid="outlet-feed-urls">
          {addresses.map(({ channel, file, url }) => {
            const rowId = `outlet-feed-${channel}-${file.replace('.', '-')}`
            return (
              <li className="nguon-outlet-urls__row" key={url}>
                <input aria-label={`${channel} ${file}`} className="nguon-outlet-urls__value" data-url={url} id={`${rowId}-value`} readOnly type="text" value={withToken(url)} />
                <CopyButton id={rowId} language={language} value={withToken(url)} />
              </li>
            )
          })}
        </ul>
      )}
      {issued && addresses.length > 0 && (
        <label className="nguon-outlet-panel__check">
          <input checked={isTokenInUrls} id="outlet-token-in-urls" onChange={(event) => setIsTokenInUrls(event.target.checked)} type="checkbox" /> {w('includeToken')}
        </label>
      )}
      <p className="nguon-outlet-panel__hint">{w('feedHowTo')}</p>
      <ConfirmationModal
        body={w('issueWarning')}
        cancelLabel={w('cancel')}
        confirmingLabel={w('working')}
        confirmLabel={w('issueConfirm')}
        heading={w('issue')}
        modalSlug={confirmSlug}
        onConfirm={issue}
      />
    </section>
  )
}
