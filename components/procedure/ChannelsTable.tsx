import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { formatProcessingTime } from '@/lib/catalog/formatProcessingTime'
import { channelOptions, optionLabel } from '@/lib/catalog/options'
import type { Procedure } from '@/payload-types'

/** Channels with their processing time and fees, as a table that reflows on a phone. */
export async function ChannelsTable({ channels, locale }: { channels: NonNullable<Procedure['channels']>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">{t('channel')}</th>
            <th scope="col" className="py-2 pr-4">{t('processingTime')}</th>
            <th scope="col" className="py-2">{t('fees')}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c, i) => (
            <tr key={c.id ?? i} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">{optionLabel(channelOptions, c.channel, locale)}</th>
              <td className="py-2 pr-4">{formatProcessingTime(c.processingTime, locale) || t('unknown')}</td>
              <td className="py-2">{c.feeText || (c.free ? t('free') : t('unknown'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
