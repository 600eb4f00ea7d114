'use client'
// Shows a bulletin's audio in its edit view: status, generation progress, a player, and a "Generate audio" button.
// What it learns is written into the form too, so the sidebar's status and the audio fields never disagree with it.
import { useConfig, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type AudioState = {
  audioBytes: null | number
  audioError: null | string
  audioProgress: number
  audioSeconds: null | number
  audioSource: 'recording' | 'synthetic' | null
  audioStatus: 'failed' | 'generating' | 'none' | 'queued' | 'ready' | 'stale'
  audioUrl: null | string
  canGenerate: boolean
}

const WORDS = {
  title: { vi: 'Âm thanh bản tin', en: 'Bulletin audio' },
  saveFirst: { vi: 'Lưu bản tin để tạo âm thanh.', en: 'Save the bulletin to generate its audio.' },
  generate: { vi: 'Tạo âm thanh', en: 'Generate audio' },
  regenerate: { vi: 'Tạo lại âm thanh', en: 'Generate audio again' },
  recording: { vi: 'Bản ghi âm của phát thanh viên', en: 'Human recording' },
  synthetic: { vi: 'Giọng đọc tổng hợp', en: 'Synthetic voice' },
  status: {
    none: { vi: 'Chưa có âm thanh.', en: 'No audio yet.' },
    queued: { vi: 'Đang chờ tạo…', en: 'Waiting to be generated…' },
    generating: { vi: 'Đang tạo…', en: 'Generating…' },
    ready: { vi: 'Sẵn sàng.', en: 'Ready.' },
    stale: { vi: 'Kịch bản đã đổi sau khi tạo âm thanh: hãy tạo lại.', en: 'The script changed after the audio was made: generate it again.' },
    failed: { vi: 'Tạo âm thanh bị lỗi.', en: 'Generating the audio failed.' },
  },
} as const

const isBusy = (state: AudioState | null) => state?.audioStatus === 'queued' || state?.audioStatus === 'generating'

export function BulletinAudio() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const ui = i18n.language === 'en' ? 'en' : 'vi'
  const [state, setState] = useState<AudioState | null>(null)
  const [error, setError] = useState<null | string>(null)
  // Same origin as the admin: no host name, so nothing is asked of another host whatever SERVER_URL says.
  const url = `${config.routes.api}/bulletins/${id}/audio`
  const { dispatchFields } = useForm()

  const refresh = useCallback(async () => {
    const res = await fetch(url, { credentials: 'include' })
    if (res.ok) setState((await res.json()) as AudioState)
  }, [url])

  useEffect(() => {
    if (!id) return
    void refresh()
  }, [id, refresh])

  // One live state: the sidebar's status and the audio fields show what the panel shows, without a reload. The values
  // become the fields' initial values too, so the form does not count them as the user's unsaved changes.
  useEffect(() => {
    if (!state) return
    const live: Record<string, unknown> = {
      audioBytes: state.audioBytes,
      audioSeconds: state.audioSeconds,
      audioSource: state.audioSource,
      audioStatus: state.audioStatus,
    }
    for (const [path, value] of Object.entries(live)) dispatchFields({ initialValue: value, path, type: 'UPDATE', value })
  }, [dispatchFields, state])

  // Poll while the job runs; the job writes its progress on the bulletin.
  useEffect(() => {
    if (!id || !isBusy(state)) return
    const timer = setInterval(() => void refresh(), 1500)
    return () => clearInterval(timer)
  }, [id, state, refresh])

  const generate = async () => {
    setError(null)
    const res = await fetch(url, { credentials: 'include', method: 'POST' })
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    if (!res.ok) setError(body.error ?? String(res.status))
    await refresh()
  }

  if (!id) return <p>{WORDS.saveFirst[ui]}</p>
  const progress = state?.audioProgress ?? 0
  return (
    <section className="field-type nguon-bulletin-audio" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{WORDS.title[ui]}</h3>
      {state && (
        <p>
          {WORDS.status[state.audioStatus][ui]}
          {state.audioError ? ` ${state.audioError}` : ''}
        </p>
      )}
      {isBusy(state) && (
        <progress aria-label={WORDS.title[ui]} max={100} style={{ width: '100%' }} value={progress}>
          {progress}%
        </progress>
      )}
      {state?.audioUrl && !isBusy(state) && (
        <figure style={{ margin: '0 0 12px' }}>
          <audio controls preload="metadata" src={state.audioUrl} style={{ width: '100%' }} />
          <figcaption>
            {state.audioSource ? WORDS[state.audioSource][ui] : ''}
            {state.audioSeconds !== null ? ` · ${Math.round(state.audioSeconds)} s` : ''}
            {state.audioBytes !== null ? ` · ${(state.audioBytes / 1024).toFixed(0)} KB` : ''}
          </figcaption>
        </figure>
      )}
      {state?.canGenerate && (
        <button className="btn btn--size-small btn--style-primary" disabled={isBusy(state)} onClick={() => void generate()} type="button">
          {state.audioUrl ? WORDS.regenerate[ui] : WORDS.generate[ui]}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  )
}
