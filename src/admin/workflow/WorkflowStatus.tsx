'use client'
// Replaces Payload's draft/published status in the edit view's top bar with the workflow state.
import { useFormFields, useTranslation } from '@payloadcms/ui'

import { StatusBadge } from './StatusBadge'
import { uiLanguage, WORDS } from './words'

export function WorkflowStatus() {
  const { i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const state = useFormFields(([fields]) => fields.workflowStatus?.value)
  return (
    <span className="nguon-wf-status">
      <span className="nguon-wf-status__label">{WORDS.status[language]}:</span> <StatusBadge language={language} state={state ?? 'draft'} />
    </span>
  )
}
