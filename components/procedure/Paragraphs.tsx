/** Long legal text as paragraphs, one per line of the source, so that it stays readable. */
export function Paragraphs({ text }: { text: string | null | undefined }) {
  const lines = (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean)
  return (
    <div className="space-y-2 leading-relaxed">
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  )
}
