/**
 * Rich text for Payload's Lexical editor from plain blocks: "## Title" is a heading, "- item"
 * lines form a bulleted list, anything else is a paragraph. Used for the starter content.
 */
export function toLexical(blocks: string[]) {
  const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }
  const children: Record<string, unknown>[] = []
  for (const block of blocks) {
    if (block.startsWith('## ')) children.push({ ...base, type: 'heading', tag: 'h2', children: [text(block.slice(3))] })
    else if (block.startsWith('- '))
      children.push({
        ...base,
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        children: block.split('\n').map((line, i) => ({ ...base, type: 'listitem', value: i + 1, children: [text(line.replace(/^- /, ''))] })),
      })
    else children.push({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(block)] })
  }
  return { root: { ...base, type: 'root', children } }
}
