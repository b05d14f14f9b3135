import { Fragment } from 'react'
import { markedSegments } from '@/lib/search/markedSegments'

type Props = { html: string; lang?: string; className?: string }

/** A hit's title or snippet with its matched words in <mark>, rendered as text (never as HTML). */
export function Highlighted({ html, lang, className }: Props) {
  return (
    <span lang={lang} className={className}>
      {markedSegments(html).map((segment, i) => (
        <Fragment key={i}>{segment.marked ? <mark className="rounded-sm bg-yellow-200 font-semibold text-inherit">{segment.text}</mark> : segment.text}</Fragment>
      ))}
    </span>
  )
}
