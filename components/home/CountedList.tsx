import type { CountedItem } from '@/lib/payload/getHomeStats'

type Props = { heading: string; items: CountedItem[]; countLabel: (count: number) => string }

/** A headed list of catalog entries with their procedure counts. */
export function CountedList({ heading, items, countLabel }: Props) {
  return (
    <section>
      <h2 className="mb-2 text-xl font-semibold">{heading}</h2>
      <ul className="divide-y divide-gray-200">
        {items.map((item) => (
          <li key={item.id} className="flex justify-between gap-4 py-2">
            <span>{item.name}</span>
            <span className="whitespace-nowrap text-gray-700">{countLabel(item.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
