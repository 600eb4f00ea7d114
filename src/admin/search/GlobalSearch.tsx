'use client'
// Search everything from anywhere in the admin: Ctrl+K (⌘K) or the "Tìm kiếm" link opens a dialog that asks /api/search
// as you type and shows the results grouped by type, with status and unit.
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import { uiLanguage } from '../workflow/words'
import { groupByType, SEARCH_WORDS, type SearchDoc, statusWord, totalText, typeWord } from './searchResults'

type Answer = { docs: SearchDoc[]; totalDocs: number; totalIsLowerBound?: boolean }

export function GlobalSearch() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState<null | string>(null)
  const input = useRef<HTMLInputElement>(null)
  const latest = useRef(0)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen(true)
      } else if (event.key === 'Escape') setOpen(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useEffect(() => {
    if (open) input.current?.focus()
  }, [open])

  const search = useCallback(
    async (text: string) => {
      const asked = ++latest.current
      if (!text.trim()) {
        setAnswer(null)
        setError(null)
        return
      }
      try {
        const res = await fetch(`${config.routes.api}/search?${new URLSearchParams({ limit: '30', q: text })}`, { credentials: 'include' })
        const body = (await res.json()) as Answer & { error?: string; errors?: { message: string }[]; issues?: string[] }
        if (asked !== latest.current) return
        if (!res.ok) {
          setAnswer(null)
          setError([body.error ?? body.errors?.[0]?.message ?? SEARCH_WORDS.failed[language], ...(body.issues ?? [])].join(' — '))
          return
        }
        setError(null)
        setAnswer(body)
      } catch {
        if (asked === latest.current) setError(SEARCH_WORDS.failed[language])
      }
    },
    [config.routes.api, language],
  )
  useEffect(() => {
    const timer = setTimeout(() => void search(q), 150)
    return () => clearTimeout(timer)
  }, [q, search])

  const admin = config.routes.admin
  return (
    <>
      <button className="nav__link nguon-search__open" data-testid="global-search-open" onClick={() => setOpen(true)} type="button">
        <span className="nav__link-label">
          {SEARCH_WORDS.button[language]} <kbd>Ctrl K</kbd>
        </span>
      </button>
      {/* On document.body: inside the navigation, a closed (off-screen) navigation took the dialog with it. */}
      {open
        ? createPortal(
            <div className="nguon-search" onClick={() => setOpen(false)} role="presentation">
              <div aria-label={SEARCH_WORDS.button[language]} aria-modal="true" className="nguon-search__dialog" onClick={(e) => e.stopPropagation()} role="dialog">
                <div className="nguon-search__bar">
                  <input
                    aria-label={SEARCH_WORDS.button[language]}
                    className="nguon-search__input"
                    data-testid="global-search-input"
                    maxLength={256}
                    onChange={(e) => setQ(e.target.value)}
                    placeholder={SEARCH_WORDS.placeholder[language]}
                    ref={input}
                    type="search"
                    value={q}
                  />
                  <button className="nguon-search__close" onClick={() => setOpen(false)} type="button">
                    {SEARCH_WORDS.close[language]}
                  </button>
                </div>
                <p className="nguon-search__hint">{SEARCH_WORDS.hint[language]}</p>
                {error ? <p className="nguon-search__error" role="alert">{error}</p> : null}
                {answer && !answer.docs.length ? <p className="nguon-search__empty">{SEARCH_WORDS.empty[language]}</p> : null}
                {answer?.docs.length ? (
                  <div className="nguon-search__results" data-testid="global-search-results">
                    <p className="nguon-search__total">{totalText(answer, language)}</p>
                    {groupByType(answer.docs).map((group) => (
                      <section key={group.collection}>
                        <h3>{typeWord(group.collection, language)}</h3>
                        <ul>
                          {group.docs.map((doc) => (
                            <li key={`${doc.collection}:${doc.id}`}>
                              <a href={`${admin}/collections/${doc.collection}/${doc.id}`} onClick={() => setOpen(false)}>
                                <strong>{doc.title}</strong>
                                <span className="nguon-search__meta">
                                  {[statusWord(doc.status, language), doc.unit ? `${doc.unit.code} — ${doc.unit.name}` : null].filter(Boolean).join(' · ')}
                                </span>
                                {/* The server escapes everything in a snippet but its <mark> tags (src/search/snippet.ts). */}
                                <span className="nguon-search__snippet" dangerouslySetInnerHTML={{ __html: doc.snippet }} />
                              </a>
                            </li>
                          ))}
                        </ul>
                      </section>
                    ))}
                  </div>
                ) : null}
              </div>
            </div>,
            document.body,
          )
        : null}
    </>
  )
}
