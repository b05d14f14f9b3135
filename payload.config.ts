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
import { Citizens } from './collections/Citizens'
import { Dossiers } from './collections/Dossiers'
import { DossierForms } from './collections/DossierForms'
import { DossierEvents } from './collections/DossierEvents'
import { DossierDrafts } from './collections/DossierDrafts'
import { DossierFiles } from './collections/DossierFiles'
import { CalendarDays } from './collections/CalendarDays'
import { roleOf } from './access/roles'
import { withAudit } from './lib/audit/withAudit'
import { publishDecisionTask } from './lib/workflow/publishDecisionTask'
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
    components: {
      // Sign-in with the two-factor code, and the page to set it up (collections/Users/twoFactor.ts).
      views: {
        login: { Component: '/components/admin/StaffLoginView#StaffLoginView' },
        twoFactor: { Component: '/components/admin/TwoFactorView#TwoFactorView', path: '/two-factor' },
      },
      beforeDashboard: ['/components/admin/TwoFactorNotice#TwoFactorNotice'],
      afterNavLinks: ['/components/admin/TwoFactorNavLink#TwoFactorNavLink'],
    },
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
  collections: [
    ...withAudit([
      Procedures,
      DossierForms,
      PublicationDecisions,
      LegalDocuments,
      Agencies,
      AdministrativeUnits,
      Fields,
      LifeEvents,
      Faqs,
      Hotlines,
      CalendarDays,
      Pages,
      SearchVocabulary,
      Media,
      Users,
      AuditLog,
    ]),
    // Citizens are not staff: their actions are logged with their sessions (lib/citizen), not in the audit log.
    Citizens,
    // Dossiers keep their own timeline (dossierEvents), written with every action.
    Dossiers,
    DossierEvents,
    DossierFiles,
    DossierDrafts,
  ],
  // Background work kept in PostgreSQL (payload-jobs): any instance may run it, each job once.
  // Every instance's runner starts with the server (instrumentation.ts) unless JOB_RUNNER=off.
  jobs: {
    tasks: [publishDecisionTask],
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 10 }],
    // Jobs act with the system's rights: only the portal's administrators may queue, run or cancel them by API.
    access: { queue: ({ req }) => roleOf(req) === 'admin', run: ({ req }) => roleOf(req) === 'admin', cancel: ({ req }) => roleOf(req) === 'admin' },
    deleteJobOnComplete: false,
  },
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
