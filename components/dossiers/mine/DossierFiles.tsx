import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { signedFileLink } from '@/lib/files/signedLink'
import type { DossierFile } from '@/payload-types'

const purposes = ['result', 'document', 'supplement'] as const

/** The dossier's files by purpose (the result first), each with a short-lived signed download link. */
export async function DossierFiles({ files, locale }: { files: DossierFile[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'MyDossier' })
  return (
    <>
      {purposes.map((purpose) => {
        const mine = files.filter((file) => file.purpose === purpose)
        return mine.length ? (
          <div key={purpose} className="mb-3">
            <h3 className="font-bold">{t(`purposes.${purpose}`)}</h3>
            <ul className="list-disc pl-6">
              {mine.map((file) => (
                <li key={file.id}>
                  <a href={signedFileLink(file.id)} className="link" download>{t('download', { name: file.name })}</a> ({Math.ceil(file.size / 1024)} KB)
                </li>
              ))}
            </ul>
          </div>
        ) : null
      })}
      <p className="text-muted">{t('linkNote')}</p>
    </>
  )
}
