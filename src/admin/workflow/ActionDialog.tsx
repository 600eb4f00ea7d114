'use client'
// The modal in which a workflow action is confirmed: a note (required where the workflow asks for one), to approve an
// embargo time, and what the server answered if it refused.
import { Button, Modal } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { requiresNote, type WorkflowAction } from '../../workflow/stateMachine'
import type { Refusal } from './serverMessage'
import { ACTION_EFFECT_WORDS, ACTION_WORDS, formatDateTime, type UiLanguage, WORDS } from './words'

export type ActionRequest = { action: WorkflowAction; note?: string; publishAt?: string }

export function ActionDialog({
  action,
  busy,
  embargo,
  language,
  onCancel,
  onConfirm,
  refusal,
  slug,
}: {
  action: null | WorkflowAction
  busy: boolean
  /** The embargo already set on the item, which applies when none is given here. */
  embargo?: null | string
  language: UiLanguage
  onCancel: () => void
  onConfirm: (request: ActionRequest) => void
  /** The server's refusal of the last attempt, shown until the dialog is closed or the action tried again. */
  refusal?: null | Refusal
  slug: string
}) {
  const [note, setNote] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [isNoteMissing, setIsNoteMissing] = useState(false)
  useEffect(() => {
    setNote('')
    setPublishAt('')
    setIsNoteMissing(false)
  }, [action])
  if (!action) return null
  const isNoteRequired = requiresNote(action)
  const w = (key: keyof typeof WORDS) => WORDS[key][language]

  const confirm = () => {
    const trimmed = note.trim()
    if (isNoteRequired && !trimmed) {
      setIsNoteMissing(true)
      return
    }
    const request: ActionRequest = { action }
    if (trimmed) request.note = trimmed
    // datetime-local is the browser's local time; the server wants an ISO instant.
    if (action === 'approve' && publishAt) request.publishAt = new Date(publishAt).toISOString()
    onConfirm(request)
  }

  return (
    <Modal className="confirmation-modal nguon-wf-dialog" closeOnBlur={false} slug={slug} style={{ zIndex: 200 }}>
      <div className="confirmation-modal__wrapper" data-testid="workflow-dialog" role="dialog" aria-labelledby={`${slug}-title`}>
        <div className="confirmation-modal__content">
          <h2 id={`${slug}-title`}>{ACTION_WORDS[action][language]}</h2>
          {ACTION_EFFECT_WORDS[action] && <p className="nguon-wf-dialog__effect">{ACTION_EFFECT_WORDS[action][language]}</p>}
          <label className="nguon-wf-dialog__label" htmlFor={`${slug}-note`}>
            {isNoteRequired ? w('noteRequired') : w('noteOptional')}
          </label>
          <textarea
            aria-invalid={isNoteMissing}
            aria-required={isNoteRequired}
            className="nguon-wf-dialog__note"
            id={`${slug}-note`}
            name="workflowNote"
            onChange={(event) => {
              setNote(event.target.value)
              if (event.target.value.trim()) setIsNoteMissing(false)
            }}
            rows={5}
            value={note}
          />
          {isNoteMissing && (
            <p className="nguon-wf-dialog__error" role="alert">
              {w('noteMissing')}
            </p>
          )}
          {action === 'approve' && (
            <>
              <label className="nguon-wf-dialog__label" htmlFor={`${slug}-publish-at`}>
                {w('publishAt')}
              </label>
              <input
                className="nguon-wf-dialog__publish-at"
                id={`${slug}-publish-at`}
                name="workflowPublishAt"
                onChange={(event) => setPublishAt(event.target.value)}
                type="datetime-local"
                value={publishAt}
              />
              <p className="nguon-wf-dialog__hint">
                {embargo ? `${w('itemEmbargo')} ${formatDateTime(embargo, language)}` : w('publishAtHint')}
              </p>
            </>
          )}
          {refusal && (
            <div className="nguon-wf-dialog__refusal" data-testid="workflow-dialog-refusal" role="alert">
              <strong>{w('refused')}</strong> {refusal.message}
              {refusal.details.length > 0 && (
                <ul>
                  {refusal.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" disabled={busy} id="workflow-dialog-cancel" onClick={onCancel} size="large" type="button">
            {w('cancel')}
          </Button>
          <Button disabled={busy} id="workflow-dialog-confirm" onClick={confirm} size="large" type="button">
            {busy ? w('working') : ACTION_WORDS[action][language]}
          </Button>
        </div>
      </div>
    </Modal>
  )
}
