'use client'
// Shows a slogan's print proofs (banner, poster, pano) in its edit view, with PNG and SVG download links.
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { Locale } from '../../content/vocabulary'

const FORMATS = [
  { format: 'banner', vi: 'Băng rôn 0,8 × 6 m', en: 'Banner 0.8 × 6 m', aspect: '3000 / 400' },
  { format: 'poster', vi: 'Áp phích A2', en: 'Poster A2', aspect: '2480 / 3508' },
  { format: 'pano', vi: 'Pano 3 × 6 m', en: 'Panel 3 × 6 m', aspect: '3000 / 1500' },
] as const

const WORDS = {
  title: { vi: 'Ma-két in', en: 'Print proofs' },
  saveFirst: { vi: 'Lưu khẩu hiệu để xem ma-két.', en: 'Save the slogan to see its proofs.' },
  language: { vi: 'Ngôn ngữ của ma-két', en: 'Proof language' },
  rendering: { vi: 'Đang dựng ma-két…', en: 'Rendering the proof…' },
  failed: { vi: 'Không dựng được ma-két.', en: 'The proof could not be rendered.' },
  hint: {
    vi: 'Màu nền và màu chữ đặt trong Quản trị › Màu ma-két khẩu hiệu. SVG đúng kích thước in.',
    en: 'Colours are set under Administration › Slogan proof colours. The SVG has the real print size.',
  },
} as const

export function SloganProofs() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const ui: Locale = i18n.language === 'en' ? 'en' : 'vi'
  const [locale, setLocale] = useState<Locale>(ui)
  // Same origin as the admin: no host name, so nothing is asked of another host whatever SERVER_URL says.
  const base = `${config.routes.api}/slogans/${id}/proof`

  return (
    <section className="field-type nguon-slogan-proofs" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{WORDS.title[ui]}</h3>
      {!id ? (
        <p>{WORDS.saveFirst[ui]}</p>
      ) : (
        <>
          <div role="group" aria-label={WORDS.language[ui]} style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
            {(['vi', 'en'] as const).map((code) => (
              <button
                className={`btn btn--size-small ${code === locale ? 'btn--style-primary' : 'btn--style-secondary'}`}
                key={code}
                onClick={() => setLocale(code)}
                type="button"
              >
                {code === 'vi' ? 'Tiếng Việt' : 'English'}
              </button>
            ))}
          </div>
          <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', alignItems: 'start' }}>
            {FORMATS.map(({ aspect, format, ...name }) => {
              const src = `${base}?format=${format}&locale=${locale}`
              return (
                <figure key={format} style={{ margin: 0 }}>
                  <ProofImage alt={`${name[ui]} (${locale})`} aspect={aspect} failed={WORDS.failed[ui]} rendering={WORDS.rendering[ui]} src={src} />
                  <figcaption style={{ marginTop: 6 }}>
                    {name[ui]} · <a download href={src}>PNG</a> · <a download href={`${src}&type=svg`}>SVG</a>
                  </figcaption>
                </figure>
              )
            })}
          </div>
          <p style={{ color: 'var(--theme-elevation-500)', marginTop: 8 }}>{WORDS.hint[ui]}</p>
        </>
      )}
    </section>
  )
}

/** A proof image with a placeholder of its shape while the server renders it (2–4 s for a poster), and a message if it fails. */
function ProofImage({ alt, aspect, failed, rendering, src }: { alt: string; aspect: string; failed: string; rendering: string; src: string }) {
  const [state, setState] = useState<'failed' | 'loaded' | 'loading'>('loading')
  const image = useRef<HTMLImageElement>(null)
  useEffect(() => {
    setState('loading')
    // An image already in the cache may have loaded before React listened.
    if (image.current?.complete && image.current.naturalWidth > 0) setState('loaded')
  }, [src])
  return (
    <div className="nguon-proof" data-state={state} data-testid="slogan-proof" style={{ aspectRatio: state === 'loaded' ? undefined : aspect }}>
      {state !== 'loaded' && (
        <div aria-live="polite" className={`nguon-proof__placeholder${state === 'failed' ? ' nguon-proof__placeholder--failed' : ''}`} role="status">
          {state === 'failed' ? failed : rendering}
        </div>
      )}
      <img
        alt={alt}
        onError={() => setState('failed')}
        onLoad={() => setState('loaded')}
        ref={image}
        src={src}
        style={{ border: '1px solid var(--theme-elevation-150)', display: state === 'loaded' ? 'block' : 'none', maxHeight: 320, maxWidth: '100%' }}
      />
    </div>
  )
}
