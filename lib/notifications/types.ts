import type { Locale } from '@/i18n/routing'
import type { DossierAction, DossierState } from '@/lib/dossiers/dossierWorkflow'

/** What a notice announces: the submission, or one of the actions of lib/dossiers/dossierWorkflow.ts. */
export type DossierNotificationEvent = 'submitted' | DossierAction

/**
 * What a dossier notice says, and nothing more: the dossier's code, procedure, agency, state and
 * dates, and what the officer wrote for the citizen. Never the personal identification number or
 * the form's answers, which an e-mail (stored and relayed by others) must not carry.
 */
export interface DossierNotice {
  event: DossierNotificationEvent
  locale: Locale
  code: string
  procedure: string
  agency: string
  status: DossierState
  submittedAt: string
  receivedAt: string | null
  dueAt: string | null
  /** The officer's note: the reason of a refusal, transfer or apology, a remark with the result. */
  note: string | null
  /** requestSupplement: exactly what is missing. */
  missing: string[]
  links: { tracking: string; account: string }
}
