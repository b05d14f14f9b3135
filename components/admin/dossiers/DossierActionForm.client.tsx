'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type KeyboardEvent, useId, useRef, useState } from 'react'
import type { ActionInput } from '@/lib/dossiers/availableActions'
import type { DossierAction } from '@/lib/dossiers/dossierWorkflow'
import { ActionInputs, type ActionValues, maxResultMb, words } from './ActionInputs'

/** An action the state machine allows the officer now, with the inputs it needs. */
export interface OfferedAction {
  action: DossierAction
  label: string
  needs: ActionInput[]
  destructive: boolean
}

/**
 * The officer's buttons on a dossier: choose an action, give what it needs, confirm a refusal,
 * then POST /api/dossiers/<id>/act and show the new state (the page's server parts are
 * rendered again), or the endpoint's reason in the admin's language. Not a <form>: the panel sits
 * inside Payload's own document form, which must not be submitted from here.
 */
export function DossierActionForm({ dossierId, currentAgency, language, actions }: { dossierId: number; currentAgency: number | null; language: 'vi' | 'en'; actions: OfferedAction[] }) {
  const en = language === 'en'
  const t = (key: keyof typeof words) => words[key][en ? 1 : 0]
  const { config } = useConfig()
  const router = useRouter()
  const id = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [chosen, setChosen] = useState<OfferedAction | null>(null)
  const [values, setValues] = useState<ActionValues>({ note: '', missing: '', agency: '', newDueAt: '', result: 'online' })
  const [agencies, setAgencies] = useState<{ id: number; name: string }[] | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const set = (name: keyof ActionValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }))

  const loadAgencies = async () => {
    const response = await fetch(`${config.routes.api}/agencies?pagination=false&depth=0&select[name]=true&sort=name&locale=${language}`, { credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { docs?: { id: number; name: string }[] }
    setAgencies((body.docs ?? []).filter((agency) => agency.id !== currentAgency))
  }

  const choose = (offered: OfferedAction) => {
    setChosen(offered)
    setConfirming(false)
    setMessage(null)
    if (offered.needs.includes('agency') && agencies === null) void loadAgencies()
  }

  const send = async () => {
    if (!chosen) return
    if (chosen.destructive && !confirming) return setConfirming(true)
    const body = new FormData()
    body.set('action', chosen.action)
    for (const name of ['note', 'missing', 'agency', 'newDueAt'] as const) if (values[name].trim()) body.set(name, values[name])
    const file = fileInput.current?.files?.[0]
    if (chosen.needs.includes('result')) {
      body.set('result', values.result)
      if (values.result === 'online' && file) {
        if (file.size > maxResultMb * 1024 * 1024) return setMessage({ ok: false, text: t('fileTooLarge') })
        body.set('file', file)
      }
    }
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${config.routes.api}/dossiers/${dossierId}/act`, { method: 'POST', credentials: 'include', body })
      const answer = (await response.json().catch(() => ({}))) as { ok?: boolean; reason?: string; reasonVi?: string; visible?: boolean }
      if (!response.ok || !answer.ok) return setMessage({ ok: false, text: (en ? answer.reason : (answer.reasonVi ?? answer.reason)) ?? `HTTP ${response.status}` })
      setMessage({ ok: true, text: `${t('done')}: ${chosen.label}.` })
      setChosen(null)
      setValues((current) => ({ ...current, note: '', missing: '', agency: '', newDueAt: '' }))
      // Transferred out of the officer's agency tree: the dossier is no longer theirs to see.
      if (answer.visible === false) router.push(`${config.routes.admin}/collections/dossiers`)
      else router.refresh()
    } catch {
      setMessage({ ok: false, text: t('failed') })
    } finally {
      setBusy(false)
      setConfirming(false)
    }
  }

  // Enter in an input would submit Payload's document form around the panel.
  const keepEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault()
  }

  return (
    <div onKeyDown={keepEnter}>
      <div role="group" aria-label={t('actions')} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {actions.map((offered) => (
          <button
            key={offered.action}
            type="button"
            aria-pressed={chosen?.action === offered.action}
            className={`btn btn--size-medium ${chosen?.action === offered.action ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            disabled={busy}
            onClick={() => choose(offered)}
          >
            {offered.label}
          </button>
        ))}
      </div>
      {chosen && (
        <fieldset style={{ marginTop: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1rem' }}>
          <legend style={{ fontWeight: 600, padding: '0 0.25rem' }}>{chosen.label}</legend>
          <ActionInputs id={id} needs={chosen.needs} values={values} set={set} agencies={agencies} fileInput={fileInput} t={t} language={language} />
          {confirming && <p role="alert" style={{ borderLeft: '4px solid var(--theme-warning-500)', padding: '0.5rem 1rem' }}>{t('sure')}</p>}
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <button type="button" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }} disabled={busy} onClick={() => void send()}>
              {busy ? t('sending') : confirming ? t('yes') : `${t('confirm')}: ${chosen.label}`}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} disabled={busy} onClick={() => (confirming ? setConfirming(false) : setChosen(null))}>
              {t('cancel')}
            </button>
          </div>
        </fieldset>
      )}
      {/* Two live regions, always present: a refusal interrupts, a success is announced politely. */}
      <p role="alert" style={{ margin: '0.75rem 0 0', color: 'var(--theme-error-500)' }}>{message?.ok === false ? message.text : null}</p>
      <p role="status" style={{ margin: 0 }}>{message?.ok ? message.text : null}</p>
    </div>
  )
}
