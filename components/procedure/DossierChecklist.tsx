import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import type { Media, Procedure } from '@/payload-types'

type Group = NonNullable<Procedure['dossierGroups']>[number]

/** The documents to hand in, group by group, with copies and downloadable templates. */
export async function DossierChecklist({ groups, locale }: { groups: Group[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  return (
    <div className="space-y-6">
      {groups.map((group, g) => (
        <div key={group.id ?? g}>
          <h3 className="mb-2 font-semibold">{group.title || t('otherDocuments')}</h3>
          <ul className="divide-y divide-gray-200 border-y border-gray-200">
            {(group.documents ?? []).map((doc, d) => {
              const template = typeof doc.template === 'object' ? (doc.template as Media | null) : null
              return (
                <li key={doc.id ?? d} className="py-2">
                  <p className="leading-relaxed">{doc.name}</p>
                  <p className="mt-1 text-sm text-gray-700">
                    {t('originals')}: {doc.originals ?? 0} · {t('copies')}: {doc.copies ?? 0}
                    {template?.url ? (
                      <>
                        {' · '}
                        <a href={template.url} className="underline" download>
                          {t('template')}: {template.filename}
                        </a>
                      </>
                    ) : doc.templateName ? (
                      <> · {t('template')}: {doc.templateName}</>
                    ) : null}
                  </p>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </div>
  )
}
