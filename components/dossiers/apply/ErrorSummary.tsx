type Props = { title: string; items: { href: string; text: string }[] }

/** The list of what to correct, at the top of the page, each item a link to its field (GOV.UK's error summary). */
export function ErrorSummary({ title, items }: Props) {
  if (!items.length) return null
  return (
    <div id="loi" role="alert" tabIndex={-1} aria-labelledby="loi-title" className="mb-6 rounded border-4 border-red-700 p-4">
      <h2 id="loi-title" className="text-lg font-bold">{title}</h2>
      <ul className="mt-2 list-disc pl-6">
        {items.map((item) => (
          <li key={item.href + item.text}>
            <a href={item.href} className="font-semibold text-red-800 underline">{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
