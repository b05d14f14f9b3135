import type { UIFieldServerProps } from 'payload'
import { loadDossierForm } from '@/lib/dossiers/forms/loadDossierForm'
import { vietnamDateTime } from '@/lib/dossiers/dueState'
import { signedFileLink } from '@/lib/files/signedLink'
import { dossierPanelProps, idOf } from './dossierProps'
import { Panel } from './Panel'

const purposes = {
  result: ['Kết quả giải quyết', 'Result'],
  document: ['Giấy tờ đã nộp', 'Documents submitted'],
  supplement: ['Giấy tờ bổ sung', 'Supplements'],
} as const

/**
 * The dossier's files by purpose (the result first), each with a short-lived signed download link
 * made while rendering: the officer has just been allowed to read the dossier, and /api/files
 * checks their access again when the link is followed.
 */
export async function DossierFilesPanel(props: UIFieldServerProps) {
  const { dossier, language } = dossierPanelProps(props)
  if (!dossier) return null
  const { payload, req } = props
  const procedureId = idOf(dossier.procedure)
  const [{ docs: files }, form] = await Promise.all([
    payload.find({ collection: 'dossierFiles', where: { dossier: { equals: dossier.id } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: false, user: req.user }),
    procedureId ? loadDossierForm(payload, procedureId) : null,
  ])
  const en = language === 'en'
  const documentName = (key: string | null | undefined) => form?.documents.find((document) => document.key === key)?.name[language]
  return (
    <Panel id="dossier-files" title={en ? 'Files' : 'Tệp của hồ sơ'}>
      {files.length === 0 && <p>{en ? 'No files.' : 'Hồ sơ không có tệp.'}</p>}
      {(Object.keys(purposes) as (keyof typeof purposes)[]).map((purpose) => {
        const mine = files.filter((file) => file.purpose === purpose)
        return mine.length ? (
          <div key={purpose} style={{ marginBottom: '1rem' }}>
            <h4 style={{ margin: '0 0 0.5rem' }}>{purposes[purpose][en ? 1 : 0]}</h4>
            <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {mine.map((file) => (
                <li key={file.id}>
                  {documentName(file.documentKey) && <>{documentName(file.documentKey)}: </>}
                  <a href={signedFileLink(file.id)} download>{file.name}</a> ({Math.ceil(file.size / 1024)} KB, {vietnamDateTime(file.createdAt)})
                </li>
              ))}
            </ul>
          </div>
        ) : null
      })}
      {files.length > 0 && (
        <p style={{ color: 'var(--theme-elevation-500)', marginBottom: 0 }}>
          {en ? 'Download links work for 5 minutes; reload the page for new ones.' : 'Liên kết tải tệp có hiệu lực 5 phút; tải lại trang để có liên kết mới.'}
        </p>
      )}
    </Panel>
  )
}
