'use client'

import { useRouter } from 'next/navigation'
import { type KeyboardEvent, useRef, useState, useSyncExternalStore } from 'react'
import type { Locale } from '@/i18n/routing'
import type { SearchHit, SearchType } from '@/lib/search/types'
import { Highlighted } from './Highlighted'

/** Suggestions are asked for this long after the last keystroke, and only for this many characters or more. */
const DEBOUNCE_MS = 200
const MIN_LENGTH = 2

export interface SearchComboboxTexts {
  /** The name of the list of suggestions. */
  listLabel: string
  /** What the live region says for 0, 1, 2 … `limit` suggestions. */
  counts: string[]
  types: Record<SearchType, string>
}

type Props = { id: string; locale: Locale; limit: number; defaultValue?: string; placeholder?: string; inputClassName: string; texts: SearchComboboxTexts }

const subscribe = () => () => {}

/**
 * The search box's input, enhanced in the browser into a WAI-ARIA 1.2 combobox with a listbox of
 * suggestions from /api/search. Its texts come from the server. Without JavaScript, or when the API
 * fails, it is the plain input of a GET form, which submits as usual.
 */
export function SearchCombobox({ id, locale, limit, defaultValue, placeholder, inputClassName, texts }: Props) {
  const router = useRouter()
  // false in the server's HTML and while hydrating, so the input claims to be a combobox only once it works as one.
  const enhanced = useSyncExternalStore(subscribe, () => true, () => false)
  const [hits, setHits] = useState<SearchHit[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const pending = useRef<AbortController>(undefined)
  const listId = `${id}-suggestions`
  const optionId = (i: number) => `${id}-suggestion-${i}`
  const expanded = open && hits.length > 0

  function show(found: SearchHit[], announcement = '') {
    setHits(found)
    setActive(-1)
    setOpen(found.length > 0)
    setStatus(announcement)
  }

  function suggest(value: string) {
    clearTimeout(timer.current)
    pending.current?.abort()
    const q = value.trim()
    if (q.length < MIN_LENGTH) return show([])
    timer.current = setTimeout(async () => {
      const request = new AbortController()
      pending.current = request
      try {
        const response = await fetch(`/api/search?${new URLSearchParams({ q, limit: String(limit), locale })}`, { signal: request.signal })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const found = ((await response.json()) as { hits: SearchHit[] }).hits
        show(found, texts.counts[found.length])
      } catch {
        // Suggestions are a help: when they fail, the box is a plain search form again.
        if (!request.signal.aborted) show([])
      }
    }, DEBOUNCE_MS)
  }

  function choose(hit: SearchHit) {
    setOpen(false)
    router.push(hit.url)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length) {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      const next = active === -1 ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length
      setOpen(true)
      setActive(next)
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' })
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault()
      choose(hits[active]!)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (expanded) {
        setOpen(false)
        setActive(-1)
      } else {
        event.currentTarget.value = ''
        suggest('')
      }
    }
  }

  return (
    <div className="min-w-0 flex-1">
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={placeholder}
        className={inputClassName}
        onChange={(event) => suggest(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        {...(enhanced && {
          role: 'combobox',
          autoComplete: 'off',
          'aria-autocomplete': 'list' as const,
          'aria-expanded': expanded,
          'aria-controls': listId,
          'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
        })}
      />
      {enhanced ? (
        <ul id={listId} role="listbox" aria-label={texts.listLabel} hidden={!expanded} className="absolute inset-x-0 top-full z-20 mt-1 rounded border border-line bg-white text-ink shadow-lg">
          {hits.map((hit, i) => (
            <li
              key={`${hit.type}-${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              className="cursor-pointer border-b border-line px-3 py-2 last:border-b-0 hover:bg-surface aria-selected:bg-brand-soft aria-selected:outline-3 aria-selected:-outline-offset-3 aria-selected:outline-amber-500"
            >
              <Highlighted html={hit.title} lang={hit.vietnameseOnly ? 'vi' : undefined} className="block" />
              <span className="block text-sm text-muted">
                {texts.types[hit.type]}
                {hit.code ? ` · ${hit.code}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  )
}
