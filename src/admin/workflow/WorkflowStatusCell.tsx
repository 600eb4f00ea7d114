'use client'
// The workflowStatus column of the content lists, as a badge.
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'

import { StatusBadge } from './StatusBadge'
import { uiLanguage } from './words'

export function WorkflowStatusCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <StatusBadge language={uiLanguage(i18n.language)} state={cellData} />
}
