import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import { AdministrativeUnits } from './collections/AdministrativeUnits'
import { AuditLog } from './collections/AuditLog'
import { Agencies } from './collections/Agencies'
import { Faqs } from './collections/Faqs'
import { Fields } from './collections/Fields'
import { Hotlines } from './collections/Hotlines'
import { LifeEvents } from './collections/LifeEvents'
import { LegalDocuments } from './collections/LegalDocuments'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { SearchVocabulary } from './collections/SearchVocabulary'
import { Procedures } from './collections/Procedures'
import { PublicationDecisions } from './collections/PublicationDecisions'
import { Users } from './collections/Users'
import { withAudit } from './lib/audit/withAudit'
import { requireEnv } from './lib/config/requireEnv'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const startHint = 'Start the portal with `npm start`, which sets it, or set it yourself (see README, Configuration).'

export default buildConfig({
  secret: requireEnv('PAYLOAD_SECRET', startHint),
  serverURL: process.env.PUBLIC_URL ?? '',
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Cổng Dịch vụ công' },
    importMap: { baseDir: dirname },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  // Every staff change is logged (lib/audit); the log itself is append-only.
  collections: withAudit([
    Procedures,
    PublicationDecisions,
    LegalDocuments,
    Agencies,
    AdministrativeUnits,
    Fields,
    LifeEvents,
    Faqs,
    Hotlines,
    Pages,
    SearchVocabulary,
    Media,
    Users,
    AuditLog,
  ]),
  editor: lexicalEditor(),
  // Some published procedures have requirements and steps longer than Payload's default 40,000 characters.
  defaultMaxTextLength: 200_000,
  db: postgresAdapter({
    pool: { connectionString: requireEnv('DATABASE_URL', startHint), max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    // Schema changes go through committed migrations only (see docs/adr/0002).
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
})
