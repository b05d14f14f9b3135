import type { UIFieldServerProps } from 'payload'
import { loadAddressBook } from '@/lib/dossiers/forms/addressBook'
import { describeAnswers } from '@/lib/dossiers/forms/describeAnswers'
import { loadDossierForm } from '@/lib/dossiers/forms/loadDossierForm'
import { dossierPanelProps, idOf } from './dossierProps'
import { Panel } from './Panel'

const row = { display: 'grid', gridTemplateColumns: 'minmax(10rem, 1fr) 2fr', gap: '1rem', padding: '0.4rem 0', borderTop: '1px solid var(--theme-elevation-100)' }

/** The citizen's answers under the labels of the procedure's form, step by step (instead of the raw JSON). */
export async function DossierAnswers(props: UIFieldServerProps) {
  const { dossier, language } = dossierPanelProps(props)
  if (!dossier) return null
  const procedureId = idOf(dossier.procedure)
  const [form, addressBook] = await Promise.all([procedureId ? loadDossierForm(props.payload, procedureId) : null, loadAddressBook(props.payload)])
  const groups = describeAnswers(form, (dossier.data ?? {}) as Record<string, unknown>, language, addressBook)
  const en = language === 'en'
  return (
    <Panel id="dossier-answers" title={en ? 'Form answers' : 'Nội dung tờ khai'}>
      {groups.length === 0 && <p>{en ? 'No answers.' : 'Không có nội dung.'}</p>}
      {groups.map((group) => (
        <div key={group.key} style={{ marginBottom: '1rem' }}>
          <h4 style={{ margin: '0 0 0.5rem' }}>{group.title}</h4>
          <dl style={{ margin: 0 }}>
            {group.answers.map((answer) => (
              <div key={answer.name} style={row}>
                <dt style={{ fontWeight: 600 }}>{answer.label}</dt>
                <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{answer.value ?? <span style={{ color: 'var(--theme-elevation-500)' }}>{en ? 'Not answered' : 'Không khai'}</span>}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </Panel>
  )
}
