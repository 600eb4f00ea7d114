// A human recording uploaded to a bulletin replaces the synthetic audio (measured the same way); removing it brings the synthetic one back.
import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { AUDIO_WRITE, idOfRelation, measureMedia } from '../../../src/audio/bulletinAudio'

export const useRecordingAsAudio: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (req.context?.[AUDIO_WRITE] || !('recording' in data)) return data
  const recording = idOfRelation(data.recording)
  if (String(recording) === String(idOfRelation(originalDoc?.recording))) return data
  const synthetic = idOfRelation(data.syntheticAudio ?? originalDoc?.syntheticAudio)
  const chosen = recording ?? synthetic
  if (chosen === null) {
    return { ...data, audio: null, audioBytes: null, audioSeconds: null, audioSource: null, audioStatus: 'none', audioProgress: 0 }
  }
  try {
    const { audioBytes, audioSeconds } = await measureMedia({ id: chosen, payload: req.payload, req })
    return {
      ...data,
      audio: chosen,
      audioBytes,
      audioError: null,
      audioProgress: 100,
      audioSeconds,
      audioSource: recording !== null ? 'recording' : 'synthetic',
      audioStatus: recording !== null || originalDoc?.audioScript === originalDoc?.script ? 'ready' : 'stale',
    }
  } catch (err) {
    throw new APIError(`Không đọc được bản ghi / Cannot use the recording: ${(err as Error).message}`, 400, null, true)
  }
}
