// The body of POST /api/{collection}/{id}/workflow, validated with zod.
import { z } from 'zod'

import { requiresNote, WORKFLOW_ACTIONS } from './stateMachine'

export const workflowActionRequest = z
  .object({
    action: z.enum(WORKFLOW_ACTIONS, { message: `action must be one of: ${WORKFLOW_ACTIONS.join(', ')}` }),
    note: z.string().trim().max(4000, 'note may be at most 4000 characters').optional(),
    publishAt: z.iso.datetime({ message: 'publishAt must be an ISO 8601 date-time with a time zone', offset: true }).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (requiresNote(body.action) && !body.note) {
      ctx.addIssue({
        // Stryker disable next-line StringLiteral: an issue's code reaches nobody; clients get its path and message (describeIssues)
        code: 'custom',
        message: `a note is required for ${body.action}`,
        path: ['note'],
      })
    }
    if (body.publishAt && body.action !== 'approve') {
      ctx.addIssue({
        // Stryker disable next-line StringLiteral: an issue's code reaches nobody; clients get its path and message (describeIssues)
        code: 'custom',
        message: 'publishAt is only accepted with approve',
        path: ['publishAt'],
      })
    }
  })

export type WorkflowActionRequest = z.infer<typeof workflowActionRequest>

/** Zod issues as `field: message` lines a client can show. */
export const describeIssues = (error: z.ZodError): string[] =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
