// On a source's edit page: whether its token and push secret are set, and a way to replace or remove each. The
// values never reach the page: the server sends two booleans, the browser only sends new values (PATCH, admins only).
import type { UIFieldServerProps } from 'payload'

import { uiLanguage } from '../workflow/words'
import { loadSecretState } from './loadSecretState'
import { SourceSecretInput } from './SourceSecretInput'
import { SECRET_WORDS } from './words'

export async function SourceSecretsField({ i18n, id, req }: UIFieldServerProps) {
  const language = uiLanguage(i18n?.language)
  const state = id === undefined ? null : await loadSecretState({ id, payload: req.payload, user: req.user as never })
  return (
    <fieldset className="nguon-secrets" data-testid="source-secrets">
      <legend>{SECRET_WORDS.heading[language]}</legend>
      {id === undefined || !state ? (
        <p className="nguon-home__meta">{SECRET_WORDS.saveSourceFirst[language]}</p>
      ) : (
        <>
          <p className="nguon-home__meta">{SECRET_WORDS.intro[language]}</p>
          <SourceSecretInput field="token" isSet={state.token} sourceId={id} />
          <SourceSecretInput field="pushSecret" isSet={state.pushSecret} sourceId={id} />
        </>
      )}
    </fieldset>
  )
}
