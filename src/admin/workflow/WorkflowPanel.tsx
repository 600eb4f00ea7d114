'use client'
// The edit view's workflow panel: state, what is still missing, the actions open to this user (and why one is not),
// the latest review note and the history.
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormModified, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import type { WorkflowState } from '../../content/vocabulary'
import type { WorkflowActor } from '../../workflow/permissions'
import type { WorkflowAction } from '../../workflow/stateMachine'
import { CompletenessChecklist, useMissingFields } from '../completeness/CompletenessChecklist'
import { ActionDialog, type ActionRequest } from './ActionDialog'
import { availableActions, shownActions } from './availableActions'
import { describeRefusal, type Refusal } from './serverMessage'
import { isWorkflowState, StatusBadge } from './StatusBadge'
import { ACTION_WORDS, EVENT_WORDS, formatDateTime, uiLanguage, WORDS } from './words'
import { onActionRequest, publishWorkflow } from './workflowStore'

/** The actions only complete content may take (src/content/completeness.ts; the server refuses them with 422). */
const NEEDS_COMPLETE: readonly WorkflowAction[] = ['submit', 'approve']

type Id = number | string
type Relation = { id: Id } | Id

type WorkflowRecord = {
  _status?: 'draft' | 'published'
  author?: null | Relation
  editedBy?: null | Relation[]
  publishAt?: null | string
  reviewNote?: null | string
  unit?: null | Relation
  version?: null | number
  workflowStatus?: null | WorkflowState
}

type WorkflowEvent = {
  action: WorkflowAction | 'publish'
  actor?: { email?: string; id: Id; name?: string } | Id
  actorName?: null | string
  at: string
  from: WorkflowState
  id: Id
  note?: null | string
  to: WorkflowState
  version?: null | number
}

const actorLabel = (event: WorkflowEvent): string => {
  if (event.actorName) return event.actorName
  if (event.actor && typeof event.actor === 'object') return event.actor.name ?? event.actor.email ?? `#${event.actor.id}`
  return event.actor === undefined ? '' : `#${event.actor}`
}

const getJson = async <T,>(url: string): Promise<null | T> => {
  const res = await fetch(url, { credentials: 'include', headers: { accept: 'application/json' } })
  return res.ok ? ((await res.json()) as T) : null
}

export function WorkflowPanel() {
  const { collectionSlug, data, id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { closeModal, openModal } = useModal()
  const isModified = useFormModified()
  const router = useRouter()
  const language = uiLanguage(i18n.language)
  const w = (key: keyof typeof WORDS) => WORDS[key][language]

  const [latest, setLatest] = useState<null | WorkflowRecord>(null)
  const [isLive, setIsLive] = useState(false)
  const [events, setEvents] = useState<WorkflowEvent[]>([])
  const [reloads, setReloads] = useState(0)
  const [dialogAction, setDialogAction] = useState<null | WorkflowAction>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [refusal, setRefusal] = useState<null | Refusal>(null)

  const api = config.routes.api
  const dialogSlug = `workflow-action-${collectionSlug}-${id}`
  const savedAt = (data as undefined | { updatedAt?: string })?.updatedAt

  useEffect(() => {
    if (!id || !collectionSlug) return
    let isCurrent = true
    const events = new URLSearchParams({
      depth: '1',
      limit: '100',
      sort: '-at',
      'where[itemCollection][equals]': collectionSlug,
      'where[itemId][equals]': String(id),
    })
    void Promise.all([
      getJson<WorkflowRecord>(`${api}/${collectionSlug}/${id}?draft=true&depth=0`),
      getJson<WorkflowRecord>(`${api}/${collectionSlug}/${id}?depth=0`),
      getJson<{ docs: WorkflowEvent[] }>(`${api}/workflow-events?${events}`),
    ])
      .then(([draft, live, history]) => {
        if (!isCurrent) return
        setLatest(draft)
        setIsLive(live?._status === 'published' && live.workflowStatus === 'published')
        setEvents(history?.docs ?? [])
      })
      .catch(() => isCurrent && toast.error(WORDS.networkError[language]))
    return () => {
      isCurrent = false
    }
  }, [api, collectionSlug, id, reloads, savedAt, language])

  const state: WorkflowState = isWorkflowState(latest?.workflowStatus) ? latest.workflowStatus : 'draft'
  const choices = latest ? shownActions(availableActions({ actor: user as unknown as WorkflowActor, isLive, item: latest, state })) : []
  const step = state === 'in_review' ? 'approve' : 'submit'
  const missing = useMissingFields(step)
  const isChecked = state === 'draft' || state === 'changes_requested' || (state === 'in_review' && choices.some((choice) => choice.action === 'approve'))

  useEffect(() => {
    if (latest) publishWorkflow(collectionSlug, id, { item: latest, state })
  }, [collectionSlug, id, latest, state])

  const cancel = useCallback(() => {
    closeModal(dialogSlug)
    setDialogAction(null)
    setRefusal(null)
  }, [closeModal, dialogSlug])

  const open = useCallback(
    (action: WorkflowAction) => {
      setRefusal(null)
      setDialogAction(action)
      openModal(dialogSlug)
    },
    [dialogSlug, openModal],
  )

  // The read-only banner above the form asks for the action that makes the item editable (recall, reopen, withdraw).
  const allowedNow = choices.filter((choice) => choice.allowed).map((choice) => choice.action).join(' ')
  useEffect(
    () => onActionRequest(collectionSlug, id, (action) => allowedNow.split(' ').includes(action) && open(action)),
    [allowedNow, collectionSlug, id, open],
  )

  const perform = async (request: ActionRequest) => {
    setIsBusy(true)
    setRefusal(null)
    try {
      const res = await fetch(`${api}/${collectionSlug}/${id}/workflow`, {
        body: JSON.stringify(request),
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const body: unknown = await res.json().catch(() => null)
      if (!res.ok) {
        // The dialog stays open with what the server said (each missing field of a 422); the panel shows the state
        // as the server has it now, in case the refusal was a decision someone else took first.
        setRefusal(describeRefusal(body, res.status, language))
        setReloads((n) => n + 1)
        return
      }
      toast.success(`${w('actionDone')} ${ACTION_WORDS[request.action][language]}`)
      cancel()
      setReloads((n) => n + 1)
      router.refresh()
    } catch {
      setRefusal({ details: [], message: w('networkError') })
    } finally {
      setIsBusy(false)
    }
  }

  if (!id) {
    return (
      <section className="nguon-wf-panel" data-testid="workflow-panel">
        <h3 className="nguon-wf-panel__title">{w('panelTitle')}</h3>
        <StatusBadge language={language} state="draft" />
        <p className="nguon-wf-panel__hint">{w('saveFirst')}</p>
      </section>
    )
  }

  const noteEvent = latest?.reviewNote ? events.find((event) => event.note === latest.reviewNote) : undefined
  const isSentBack = state === 'changes_requested'

  return (
    <section className="nguon-wf-panel" data-state={state} data-testid="workflow-panel">
      <h3 className="nguon-wf-panel__title">{w('panelTitle')}</h3>
      {!latest ? (
        <p className="nguon-wf-panel__hint">{w('loading')}</p>
      ) : (
        <>
          <div className="nguon-wf-panel__state">
            <StatusBadge language={language} state={state} />
            {Boolean(latest.version) && (
              <span className="nguon-wf-panel__version">
                {w('version')}: {latest.version}
              </span>
            )}
          </div>
          {isLive && state !== 'published' && <p className="nguon-wf-panel__hint">{w('liveStaysLive')}</p>}

          {latest.reviewNote && (
            <div className={`nguon-wf-note${isSentBack ? ' nguon-wf-note--sent-back' : ''}`} data-testid="workflow-review-note" role={isSentBack ? 'alert' : undefined}>
              <strong className="nguon-wf-note__label">{w('reviewNote')}</strong>
              <p className="nguon-wf-note__text">{latest.reviewNote}</p>
              {noteEvent && (
                <p className="nguon-wf-note__by">
                  — {actorLabel(noteEvent)}, {formatDateTime(noteEvent.at, language)}
                </p>
              )}
            </div>
          )}

          {isChecked && <CompletenessChecklist missing={missing} step={step} />}

          <div className="nguon-wf-panel__actions" data-testid="workflow-actions">
            {choices.length === 0 && <p className="nguon-wf-panel__hint">{w('noActions')}</p>}
            {choices.some((choice) => choice.allowed) && isModified && (
              <p className="nguon-wf-panel__hint nguon-wf-panel__hint--warn">{w('saveChangesFirst')}</p>
            )}
            {choices.map((choice) => {
              const { action } = choice
              const isIncomplete = NEEDS_COMPLETE.includes(action) && missing.length > 0
              const why = !choice.allowed ? choice.why[language] : isIncomplete ? w('fixFirst') : null
              const reasonId = `workflow-action-${action}-reason`
              return (
                <div className="nguon-wf-panel__action" key={action}>
                  <Button
                    buttonStyle={action === 'request-changes' || action === 'withdraw' || action === 'recall' ? 'secondary' : 'primary'}
                    disabled={isBusy || isModified || !choice.allowed || isIncomplete}
                    extraButtonProps={{ 'aria-describedby': why ? reasonId : undefined, 'data-action': action }}
                    id={`workflow-action-${action}`}
                    margin={false}
                    onClick={() => open(action)}
                    size="medium"
                    type="button"
                  >
                    {ACTION_WORDS[action][language]}
                  </Button>
                  {why && (
                    <p className="nguon-wf-panel__hint nguon-wf-panel__reason" data-testid="workflow-action-reason" data-action={action} id={reasonId}>
                      {why}
                    </p>
                  )}
                </div>
              )
            })}
          </div>

          <h4 className="nguon-wf-panel__subtitle">{w('history')}</h4>
          {events.length === 0 ? (
            <p className="nguon-wf-panel__hint">{w('noEvents')}</p>
          ) : (
            <ol className="nguon-wf-history" data-testid="workflow-history">
              {events.map((event) => (
                <li className="nguon-wf-history__event" data-action={event.action} key={String(event.id)}>
                  <div className="nguon-wf-history__head">
                    <time dateTime={event.at}>{formatDateTime(event.at, language)}</time> · <strong>{actorLabel(event)}</strong>{' '}
                    {EVENT_WORDS[event.action]?.[language] ?? event.action}
                  </div>
                  <div className="nguon-wf-history__states">
                    <StatusBadge language={language} state={event.from} /> → <StatusBadge language={language} state={event.to} />
                  </div>
                  {event.note && <p className="nguon-wf-history__note">{event.note}</p>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <ActionDialog
        action={dialogAction}
        busy={isBusy}
        embargo={latest?.publishAt}
        language={language}
        onCancel={cancel}
        onConfirm={(request) => void perform(request)}
        refusal={refusal}
        slug={dialogSlug}
      />
    </section>
  )
}
