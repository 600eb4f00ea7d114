'use client'
// One live workflow state per open item, shared by the sidebar panel (which loads it and performs actions) and the
// read-only banner above the form (which offers the action that makes the item editable).
import { useSyncExternalStore } from 'react'

import type { WorkflowState } from '../../content/vocabulary'
import type { WorkflowSubject } from '../../workflow/permissions'
import type { WorkflowAction } from '../../workflow/stateMachine'

export type SharedWorkflow = {
  /** The user chose to correct a published item: its form opens. */
  isCorrecting: boolean
  item: WorkflowSubject
  state: WorkflowState
}

const items = new Map<string, SharedWorkflow>()
const listeners = new Set<() => void>()
const actionListeners = new Map<string, (action: WorkflowAction) => void>()

const keyOf = (collection: string | undefined, id: number | string | undefined) => `${collection ?? ''}:${id ?? ''}`
const emit = () => listeners.forEach((listener) => listener())

export function publishWorkflow(collection: string | undefined, id: number | string | undefined, next: Partial<SharedWorkflow> & Pick<SharedWorkflow, 'item' | 'state'>) {
  const key = keyOf(collection, id)
  const before = items.get(key)
  // A new state ends a correction that was only chosen, not saved.
  const isCorrecting = next.isCorrecting ?? (before?.state === next.state ? before.isCorrecting : false)
  items.set(key, { ...next, isCorrecting })
  emit()
}

export function startCorrection(collection: string | undefined, id: number | string | undefined) {
  const key = keyOf(collection, id)
  const current = items.get(key)
  if (!current) return
  items.set(key, { ...current, isCorrecting: true })
  emit()
}

export function useSharedWorkflow(collection: string | undefined, id: number | string | undefined): SharedWorkflow | undefined {
  const key = keyOf(collection, id)
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => items.get(key),
    () => undefined,
  )
}

/** The panel takes action requests for its item (the banner's buttons open the panel's dialog). */
export function onActionRequest(collection: string | undefined, id: number | string | undefined, handler: (action: WorkflowAction) => void) {
  const key = keyOf(collection, id)
  actionListeners.set(key, handler)
  return () => {
    if (actionListeners.get(key) === handler) actionListeners.delete(key)
  }
}

export function requestAction(collection: string | undefined, id: number | string | undefined, action: WorkflowAction) {
  actionListeners.get(keyOf(collection, id))?.(action)
}
