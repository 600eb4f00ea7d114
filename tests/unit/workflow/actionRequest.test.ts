// The body of POST /api/{collection}/{id}/workflow: what it accepts, and what it refuses with which message.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { WORKFLOW_ACTIONS } from '../../../src/workflow/stateMachine'
import { describeIssues, workflowActionRequest } from '../../../src/workflow/actionRequest'

/** The `field: message` lines a refused body gets, or [] when it is accepted. */
function refusal(body: unknown): string[] {
  const parsed = workflowActionRequest.safeParse(body)
  return parsed.success ? [] : describeIssues(parsed.error)
}

describe('the workflow action body', () => {
  it.each(['submit', 'recall', 'approve', 'reopen'] as const)('accepts %s alone, and with a note (trimmed)', (action) => {
    expect(workflowActionRequest.parse({ action })).toEqual({ action })
    expect(workflowActionRequest.parse({ action, note: '  Đã sửa số liệu  ' })).toEqual({ action, note: 'Đã sửa số liệu' })
  })

  it.each(['request-changes', 'withdraw'] as const)('requires a note for %s, a blank one too', (action) => {
    expect(refusal({ action })).toEqual([`note: a note is required for ${action}`])
    expect(refusal({ action, note: '   ' })).toEqual([`note: a note is required for ${action}`])
    expect(workflowActionRequest.parse({ action, note: ' Sai số liệu ' })).toEqual({ action, note: 'Sai số liệu' })
  })

  it('names every action when the action is unknown or missing', () => {
    const message = `action: action must be one of: ${WORKFLOW_ACTIONS.join(', ')}`
    expect(message).toBe('action: action must be one of: submit, recall, approve, request-changes, withdraw, reopen')
    expect(refusal({ action: 'publish' })).toEqual([message])
    expect(refusal({})).toEqual([message])
    expect(refusal({ action: 'APPROVE' })).toEqual([message])
  })

  it('takes a note of up to 4,000 characters after trimming', () => {
    expect(refusal({ action: 'withdraw', note: `  ${'x'.repeat(4000)}  ` })).toEqual([])
    expect(refusal({ action: 'withdraw', note: 'x'.repeat(4001) })).toEqual(['note: note may be at most 4000 characters'])
  })

  it('takes publishAt with approve only, as a date-time with its offset', () => {
    expect(workflowActionRequest.parse({ action: 'approve', publishAt: '2023-12-10T07:00:00+07:00' })).toEqual({ action: 'approve', publishAt: '2023-12-10T07:00:00+07:00' })
    expect(workflowActionRequest.parse({ action: 'approve', publishAt: '2023-12-10T00:00:00Z' }).publishAt).toBe('2023-12-10T00:00:00Z')
    expect(refusal({ action: 'submit', publishAt: '2023-12-10T00:00:00Z' })).toEqual(['publishAt: publishAt is only accepted with approve'])
    const wrongDate = ['publishAt: publishAt must be an ISO 8601 date-time with a time zone']
    expect(refusal({ action: 'approve', publishAt: '2023-12-10' })).toEqual(wrongDate)
    expect(refusal({ action: 'approve', publishAt: '10/12/2023 07:00' })).toEqual(wrongDate)
    expect(refusal({ action: 'approve', publishAt: '2023-13-40T00:00:00Z' })).toEqual(wrongDate)
  })

  it('refuses fields it does not know, and non-text notes', () => {
    expect(refusal({ action: 'approve', reviewer: 1 })).toEqual(['Unrecognized key: "reviewer"'])
    expect(refusal({ action: 'submit', note: 5 })).toHaveLength(1)
    expect(refusal({ action: 'submit', note: 5 })[0]).toMatch(/^note: /)
    expect(refusal(null)).toHaveLength(1)
  })

  it('reports every problem of a body at once, each under its field', () => {
    expect(refusal({ action: 'withdraw', publishAt: '2023-12-10T00:00:00Z' })).toEqual([
      'note: a note is required for withdraw',
      'publishAt: publishAt is only accepted with approve',
    ])
  })
})

describe('describeIssues', () => {
  it('names a nested field by its dotted path, and gives a body-wide problem its message alone', () => {
    const nested = z.object({ figures: z.object({ value: z.string() }) }).safeParse({ figures: { value: 1 } })
    expect(nested.success).toBe(false)
    expect(describeIssues(nested.error!)).toEqual(['figures.value: Invalid input: expected string, received number'])
    const whole = z.string().safeParse(1)
    expect(describeIssues(whole.error!)).toEqual(['Invalid input: expected string, received number'])
  })
})
