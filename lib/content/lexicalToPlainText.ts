type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/** The text of a Lexical rich-text value, one line per block (for JSON-LD and descriptions). */
export function lexicalToPlainText(value: { root?: LexicalNode } | null | undefined): string {
  const lines: string[] = []
  const walk = (node: LexicalNode, line: string[]) => {
    if (typeof node.text === 'string') line.push(node.text)
    for (const child of node.children ?? []) {
      if (child.type && blockTypes.has(child.type)) {
        const own: string[] = []
        walk(child, own)
        if (own.length) lines.push(own.join(''))
      } else walk(child, line)
    }
  }
  if (value?.root) walk(value.root, [])
  return lines.join('\n')
}
