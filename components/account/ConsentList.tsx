import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { type ConsentRecord, consentPurposes, hasConsent } from '@/lib/citizen/consents'
import { formatDateTime } from '@/lib/site/formatDate'
import { AccountForm } from './AccountForm'

/** Each purpose with its current state and the button that changes it, then the full history. */
export async function ConsentList({ history, csrf, locale }: { history: ConsentRecord[]; csrf: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Account' })
  return (
    <>
      <ul className="space-y-3">
        {consentPurposes.map((purpose) => {
          const granted = hasConsent(history, purpose)
          return (
            <li key={purpose} className="rounded border border-line p-3">
              <p>{t(`consentPurposes.${purpose}`)}</p>
              <p className="mt-1 font-semibold">{granted ? t('consentGranted') : t('consentNotGranted')}</p>
              <AccountForm action="consent" csrf={csrf} locale={locale} fields={{ purpose, granted: String(!granted) }} className="mt-2">
                <button type="submit" className="rounded border-2 border-brand px-3 py-1 font-semibold text-brand">
                  {granted ? t('consentWithdraw') : t('consentGrant')}
                </button>
              </AccountForm>
            </li>
          )
        })}
      </ul>
      <h3 className="mt-4 font-bold">{t('consentHistory')}</h3>
      {history.length === 0 ? (
        <p className="text-muted">{t('consentHistoryEmpty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="pr-4">{t('consentWhen')}</th>
                <th scope="col" className="pr-4">{t('consentPurpose')}</th>
                <th scope="col" className="pr-4">{t('consentDecision')}</th>
                <th scope="col">{t('consentNotice')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((record, index) => (
                <tr key={index} className="border-t border-line align-top">
                  <td className="pr-4">{formatDateTime(record.at, locale)}</td>
                  <td className="pr-4">{t(`consentPurposes.${record.purpose}`)}</td>
                  <td className="pr-4">{record.granted ? t('consentGranted') : t('consentWithdraw')}</td>
                  <td>{record.noticeVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
