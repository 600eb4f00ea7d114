// A workflow state as a coloured badge (colours in src/app/(payload)/custom.css); usable on server and client.
import { WORKFLOW_STATES, type WorkflowState } from '../../content/vocabulary'
import { STATE_WORDS, type UiLanguage } from './words'

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)

export function StatusBadge({ language, state }: { language: UiLanguage; state: unknown }) {
  if (!isWorkflowState(state)) return null
  return (
    <span className={`nguon-wf-badge nguon-wf-badge--${state}`} data-state={state} data-testid="workflow-badge">
      {STATE_WORDS[state][language]}
    </span>
  )
}
