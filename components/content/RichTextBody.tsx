import { RichText } from '@payloadcms/richtext-lexical/react'
import type { FaqDetail } from '@/lib/payload/getContent'

/** Editor-written rich text (headings, paragraphs, lists) in the portal's reading style. */
export function RichTextBody({ data, lang }: { data: NonNullable<FaqDetail['answer']>; lang?: string }) {
  return (
    <div
      lang={lang}
      className="max-w-prose space-y-4 [&_a]:text-link [&_a]:underline [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:font-bold [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc"
    >
      <RichText data={data} disableContainer />
    </div>
  )
}
