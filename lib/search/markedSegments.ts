const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

export interface MarkedSegment {
  text: string
  marked: boolean
}

/**
 * A hit's highlighted title or snippet (HTML-escaped text whose only markup is <mark>…</mark>,
 * see toMarkedHtml) as plain-text segments, so that pages render it as React text nodes and
 * never as HTML. Anything that is not a whole <mark>…</mark> pair stays text.
 */
export function markedSegments(html: string): MarkedSegment[] {
  return html
    .split(/<mark>(.*?)<\/mark>/s)
    .map((part, i) => ({ text: part.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!), marked: i % 2 === 1 }))
    .filter((segment) => segment.text !== '')
}
