// The jobs-queue task that publishes an approved item when its embargo ends; idempotent, so a rerun is harmless.
import type { TaskConfig } from 'payload'

import type { ContentCollection } from '../content/vocabulary'
import { PUBLISH_SCHEDULED_TASK, publishIfDue } from './performWorkflowAction'

export const publishScheduledTask: TaskConfig<{ input: { collection: string; id: string }; output: { result: string } }> = {
  slug: PUBLISH_SCHEDULED_TASK,
  label: 'Đăng tin đã duyệt theo lịch / Publish scheduled item',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 5,
  handler: async ({ input, req }) => {
    const result = await publishIfDue({ collection: input.collection as ContentCollection, id: input.id, req })
    if (result === 'not-due') throw new Error('The embargo has not ended yet; the job runs again later')
    return { output: { result } }
  },
}
