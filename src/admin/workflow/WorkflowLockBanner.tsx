'use client'
// Above the form of an item that cannot be edited in its state (in review, scheduled, withdrawn, or live until a
// correction is chosen): says why, makes the fields read-only, and offers the action that makes it editable.
import { Button, useAuth, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import type { WorkflowActor } from '../../workflow/permissions'
import { editLock } from './editLock'
import { ACTION_WORDS, uiLanguage, WORDS } from './words'
import { requestAction, startCorrection, useSharedWorkflow } from './workflowStore'

/** The form's fields, main column and sidebar, each top-level field once; our banner and panel stay usable. */
const KEEP = '[data-testid="workflow-lock-banner"], [data-testid="workflow-panel"]'
const fieldsOf = (root: ParentNode): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('.document-fields__fields, .document-fields__sidebar-fields > .render-fields')]
    .flatMap((container) => [...container.children] as HTMLElement[])
    .filter((field) => !field.matches(KEEP) && !field.querySelector(KEEP))

export function WorkflowLockBanner() {
  const { collectionSlug, hasSavePermission, id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { setDisabled } = useForm()
  const language = uiLanguage(i18n.language)
  const shared = useSharedWorkflow(collectionSlug, id)
  const ref = useRef<HTMLDivElement>(null)

  const lock = shared
    ? editLock({ actor: user as unknown as WorkflowActor, isCorrecting: shared.isCorrecting, item: shared.item, state: shared.state })
    : { isLocked: false as const }

  useEffect(() => {
    if (!lock.isLocked) return
    const root = ref.current?.closest('.document-fields') ?? document
    const locked = new Set<HTMLElement>()
    const apply = () => {
      for (const field of fieldsOf(root)) {
        if (locked.has(field)) continue
        field.inert = true
        field.classList.add('nguon-wf-locked')
        locked.add(field)
      }
    }
    apply()
    // Fields mounted later (conditions, rows) are read-only too.
    const observer = new MutationObserver(apply)
    for (const container of root.querySelectorAll('.document-fields__fields, .document-fields__sidebar-fields > .render-fields')) observer.observe(container, { childList: true })
    setDisabled(true)
    return () => {
      observer.disconnect()
      for (const field of locked) {
        field.inert = false
        field.classList.remove('nguon-wf-locked')
      }
      setDisabled(!hasSavePermission)
    }
  }, [hasSavePermission, lock.isLocked, setDisabled])

  if (!id) return null
  if (!lock.isLocked) return <div hidden ref={ref} />
  const label = lock.unlock === 'correction' ? WORDS.startCorrection[language] : ACTION_WORDS[lock.unlock][language]
  return (
    <div className="nguon-wf-lock" data-testid="workflow-lock-banner" data-unlock={lock.unlock} ref={ref} role="status">
      <p className="nguon-wf-lock__why">
        <strong>{WORDS.readOnly[language]}</strong> {lock.why[language]}
      </p>
      <p className="nguon-wf-lock__hint">{lock.hint[language]}</p>
      {lock.mayUnlock && (
        <Button
          buttonStyle={lock.unlock === 'withdraw' ? 'secondary' : 'primary'}
          id="workflow-lock-unlock"
          margin={false}
          onClick={() => (lock.unlock === 'correction' ? startCorrection(collectionSlug, id) : requestAction(collectionSlug, id, lock.unlock))}
          size="medium"
          type="button"
        >
          {label}
        </Button>
      )}
    </div>
  )
}
