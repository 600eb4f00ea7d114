'use client'
// The edit view's workflow panel: state, the actions open to this user, the latest review note and the history.
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormModified, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import type { WorkflowState } from '../../content/vocabulary'
import type { WorkflowActor } from '../../workflow/permissions'
import type { WorkflowAction } from '../../workflow/stateMachine'
import { ActionDialog, type ActionRequest } from './ActionDialog'
import { allowedActions, availableActions } from './availableActions'
import { serverMessage } from './serverMessage'
import { isWorkflowState, StatusBadge } from './StatusBadge'
import { ACTION_WORDS, EVENT_WORDS, formatDateTime, uiLanguage, WORDS } from './words'

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

  const cancel = useCallback(() => {
    closeModal(dialogSlug)
    setDialogAction(null)
  }, [closeModal, dialogSlug])

  const perform = async (request: ActionRequest) => {
    setIsBusy(true)
    try {
      const res = await fetch(`${api}/${collectionSlug}/${id}/workflow`, {
        body: JSON.stringify(request),
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const body: unknown = await res.json().catch(() => null)
      if (!res.ok) {
        toast.error(serverMessage(body, language, `HTTP ${res.status}`))
        // A refused or stale action: show the state as the server has it now.
        if (res.status !== 400) cancel()
        setReloads((n) => n + 1)
        router.refresh()
        return
      }
      toast.success(`${w('actionDone')} ${ACTION_WORDS[request.action][language]}`)
      cancel()
      setReloads((n) => n + 1)
      router.refresh()
    } catch {
      toast.error(w('networkError'))
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

  const state: WorkflowState = isWorkflowState(latest?.workflowStatus) ? latest.workflowStatus : 'draft'
  const actions = latest
    ? allowedActions(availableActions({ actor: user as unknown as WorkflowActor, isLive, item: latest, state }))
    : []
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

          <div className="nguon-wf-panel__actions" data-testid="workflow-actions">
            {actions.length === 0 && <p className="nguon-wf-panel__hint">{w('noActions')}</p>}
            {actions.length > 0 && isModified && <p className="nguon-wf-panel__hint nguon-wf-panel__hint--warn">{w('saveChangesFirst')}</p>}
            {actions.map((action) => (
              <Button
                buttonStyle={action === 'request-changes' || action === 'withdraw' ? 'secondary' : 'primary'}
                disabled={isBusy || isModified}
                extraButtonProps={{ 'data-action': action }}
                id={`workflow-action-${action}`}
                key={action}
                margin={false}
                onClick={() => {
                  setDialogAction(action)
                  openModal(dialogSlug)
                }}
                size="medium"
                type="button"
              >
                {ACTION_WORDS[action][language]}
              </Button>
            ))}
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
        slug={dialogSlug}
      />
    </section>
  )
}
