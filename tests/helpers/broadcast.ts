// Broadcast settings for bulletin suites: bulletins belong to editor@'s unit, assembled whenever asked (a day ahead).
import type { WorkflowWorld } from './workflow'

export async function configureBroadcast(w: WorkflowWorld, { intro, maxSeconds = 120, outro }: { intro: string; maxSeconds?: number; outro: string }): Promise<void> {
  const { docs } = await w.t.payload.find({ collection: 'users', depth: 0, overrideAccess: true, where: { email: { equals: 'editor@nguon.local' } } })
  await w.t.payload.updateGlobal({
    data: { assembleMinutesBefore: 1440, intro, maxSeconds, outro, unit: (docs[0] as unknown as { unit: number }).unit } as never,
    overrideAccess: true,
    slug: 'broadcast-settings',
  })
}
