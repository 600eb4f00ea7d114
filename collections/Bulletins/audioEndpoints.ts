// GET and POST /api/bulletins/{id}/audio: the audio's state for the admin, and "Generate audio" (queues the job).
import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser } from '../../src/access/roles'
import { BULLETINS_QUEUE, GENERATE_BULLETIN_AUDIO_TASK, setAudioState } from '../../src/audio/bulletinAudio'
import { isEditorOfUnit, type WorkflowActor } from '../../src/workflow/permissions'

type Bulletin = Record<string, unknown> & { id: number | string; unit?: unknown; workflowStatus?: string }
type Media = { filename?: string; url?: string }

const GENERATING_STATES = ['draft', 'changes_requested']

async function readableBulletin(req: PayloadRequest): Promise<Bulletin | null> {
  try {
    return (await req.payload.findByID({ collection: 'bulletins', depth: 1, draft: true, id: req.routeParams!.id as string, overrideAccess: false, req, user: req.user })) as unknown as Bulletin
  } catch {
    return null
  }
}

const unitId = (unit: unknown) => (unit && typeof unit === 'object' ? (unit as { id: number | string }).id : (unit as null | number | string)) ?? null

export const audioStateEndpoint: Endpoint = {
  method: 'get',
  path: '/:id/audio',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    const bulletin = await readableBulletin(req)
    if (!bulletin) return Response.json({ error: 'Không tìm thấy bản tin / Bulletin not found' }, { status: 404 })
    const audio = bulletin.audio as Media | null
    return Response.json({
      audioBytes: bulletin.audioBytes ?? null,
      audioError: bulletin.audioError ?? null,
      audioProgress: bulletin.audioProgress ?? 0,
      audioSeconds: bulletin.audioSeconds ?? null,
      audioSource: bulletin.audioSource ?? null,
      audioStatus: bulletin.audioStatus ?? 'none',
      audioUrl: audio?.url ?? null,
      canGenerate: GENERATING_STATES.includes(bulletin.workflowStatus ?? 'draft'),
    })
  },
}

export const generateAudioEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/audio',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Cần đăng nhập / Log in first' }, { status: 401 })
    const bulletin = await readableBulletin(req)
    if (!bulletin) return Response.json({ error: 'Không tìm thấy bản tin / Bulletin not found' }, { status: 404 })
    const actor = req.user as unknown as WorkflowActor
    if (!isAdminUser(actor) && !isEditorOfUnit(actor, unitId(bulletin.unit))) {
      return Response.json({ error: 'Chỉ biên tập viên của đơn vị được tạo âm thanh / Only editors of the unit may generate audio' }, { status: 403 })
    }
    if (!GENERATING_STATES.includes(bulletin.workflowStatus ?? 'draft')) {
      return Response.json({ error: `Chỉ tạo âm thanh cho bản nháp / Audio is generated for drafts only, not ${bulletin.workflowStatus}` }, { status: 409 })
    }
    if (bulletin.audioStatus === 'queued' || bulletin.audioStatus === 'generating') {
      return Response.json({ error: 'Đang tạo âm thanh / Audio is already being generated', audioStatus: bulletin.audioStatus }, { status: 409 })
    }
    if (!String(bulletin.script ?? '').trim()) return Response.json({ error: 'Bản tin chưa có nội dung / The bulletin has no script' }, { status: 400 })
    const job = await req.payload.jobs.queue({ input: { bulletin: String(bulletin.id) }, queue: BULLETINS_QUEUE, req, task: GENERATE_BULLETIN_AUDIO_TASK })
    await setAudioState({ id: bulletin.id, payload: req.payload, state: { audioError: null, audioProgress: 0, audioStatus: 'queued' } })
    return Response.json({ audioStatus: 'queued', job: job.id }, { status: 202 })
  },
}
