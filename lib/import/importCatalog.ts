import type { CollectionSlug, Payload } from 'payload'
import { normalizeAll } from '@/lib/catalog/normalizeAll'
import { slugify } from '@/lib/catalog/slugify'
import { readRawProcedures } from '@/lib/catalog/readRawProcedures'
import type { RawProcedure } from '@/lib/catalog/rawTypes'
import { assignSlugs } from './assignSlugs'
import { slugsForNewRecords } from './slugsForNewRecords'
import { importCalendar } from './importCalendar'
import { importStarterForms } from './importStarterForms'
import { importStarterContent } from './importStarterContent'
import { type AdministrativeUnitSources, buildAdministrativeUnits } from './buildAdministrativeUnits'
import { type AgencySources, buildAgencies } from './buildAgencies'
import { type ImportProgress, silentProgress } from './progress'
import { emptyCounts, type ImportReport } from './report'
import { toProcedureData } from './toProcedureData'
import { readGzipJson } from './readGzipJson'
import { type UpsertItem, upsertAll, type UpsertOptions, type UpsertResult } from './upsertAll'

export interface ImportOptions {
  /** Folder of the gzipped source files (default `data`). */
  dataDir?: string
  /** Raw procedures to import instead of the shipped files (tests use this for malformed records). */
  rawProcedures?: RawProcedure[]
  progress?: ImportProgress
}

/**
 * Loads the national procedures database into Payload: administrative units, agencies,
 * fields, legal documents, publication decisions and procedures. Idempotent: records are
 * upserted by their natural key and left alone when unchanged. Never drops a record silently:
 * every rejection is in the report with its reasons.
 */
export async function importCatalog(payload: Payload, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now()
  const dir = options.dataDir ?? 'data'
  const progress = options.progress ?? silentProgress
  const report: ImportReport = { startedAt: new Date(started).toISOString(), durationMs: 0, collections: {}, rejected: [], reviewFlags: {}, notes: [] }

  const upsert = async <S extends CollectionSlug>(label: string, opts: Omit<UpsertOptions<S>, 'onProgress'>): Promise<UpsertResult> => {
    const bar = progress.stage(label, opts.items.length)
    const result = await upsertAll(payload, { ...opts, onProgress: bar.tick })
    bar.end()
    const counts = (report.collections[opts.collection] ??= emptyCounts())
    counts.created += result.counts.created
    counts.updated += result.counts.updated
    counts.unchanged += result.counts.unchanged
    counts.rejected += result.counts.rejected
    report.rejected.push(...result.rejected)
    return result
  }

  const [raws, units, central] = await Promise.all([
    options.rawProcedures ?? readRawProcedures(dir),
    Promise.all([
      readGzipJson<AdministrativeUnitSources['current']>('admin_units.json.gz', dir),
      readGzipJson<AdministrativeUnitSources['mapping']>('admin_units_mapping_new_to_old.json.gz', dir),
      readGzipJson<AdministrativeUnitSources['former']>('admin_units_pre2025.json.gz', dir),
    ]),
    readGzipJson<AgencySources['central']>('agencies.json.gz', dir),
  ])
  const normalized = normalizeAll(raws)
  report.rejected.push(...normalized.rejected)
  const procedureCounts = (report.collections.procedures = emptyCounts())
  procedureCounts.rejected = normalized.rejected.length

  const unitItems = buildAdministrativeUnits({ current: units[0], mapping: units[1], former: units[2] })
  const unmapped = unitItems.filter((u) => !u.data.formerUnits?.length).map((u) => `${u.code} ${u.data.fullName}`)
  if (unmapped.length)
    report.notes.push(`${unmapped.length} administrative units have no former units in the merger map (imported without aliases): ${unmapped.join(', ')}`)
  const provinceName = new Map(unitItems.filter((u) => !u.parentCode).map((u) => [u.code, u.data.name]))
  const unitSlugs = await slugsForNewRecords(
    payload,
    'administrativeUnits',
    'code',
    unitItems.map((u) => ({ key: u.code, text: u.data.fullName, qualifiedText: u.parentCode ? `${u.data.fullName} ${provinceName.get(u.parentCode)}` : undefined })),
  )
  const provinces = await upsert('Tỉnh, thành phố', {
    collection: 'administrativeUnits',
    keyField: 'code',
    kind: 'administrativeUnit',
    items: unitItems.filter((u) => !u.parentCode).map((u) => ({ key: u.code, data: u.data, onCreate: { slug: unitSlugs.get(u.code) } })),
  })
  await upsert('Xã, phường, đặc khu', {
    collection: 'administrativeUnits',
    keyField: 'code',
    kind: 'administrativeUnit',
    concurrency: 8,
    items: unitItems
      .filter((u) => u.parentCode)
      .map((u) => ({ key: u.code, data: { ...u.data, parent: provinces.ids.get(u.parentCode!) ?? null }, onCreate: { slug: unitSlugs.get(u.code) } })),
  })

  const agencyItems = buildAgencies({ central, procedures: normalized.procedures })
  const agencySlugs = await slugsForNewRecords(payload, 'agencies', 'importKey', agencyItems.map((a) => ({ key: a.key, text: a.data.name, rank: a.data.type === 'other' ? 1 : 0 })))
  const agencies = await upsert('Cơ quan', {
    collection: 'agencies',
    keyField: 'importKey',
    kind: 'agency',
    items: agencyItems.map((a) => ({ key: a.key, data: { ...a.data, importKey: a.key }, onCreate: { slug: agencySlugs.get(a.key) } })),
  })
  const agencyId = (name: string) => agencies.ids.get(name) ?? null

  // Fields are keyed by slug: the source spells some names with different dashes
  // ("Thi đua – Khen thưởng", "Thi đua - Khen thưởng"); the first spelling is kept.
  const fieldKey = (name: string) => slugify(name)
  const fieldGroups = new Map<string, { name: string; ministries: Set<number> }>()
  for (const p of normalized.procedures) {
    const group = fieldGroups.get(fieldKey(p.field)) ?? { name: p.field, ministries: new Set<number>() }
    const ministry = agencyId(p.ministry)
    if (ministry) group.ministries.add(ministry)
    fieldGroups.set(fieldKey(p.field), group)
  }
  const fields = await upsert('Lĩnh vực', {
    collection: 'fields',
    keyField: 'importKey',
    kind: 'field',
    items: [...fieldGroups].map(([key, { name, ministries }]) => ({
      key,
      data: { name, importKey: key, ministries: [...ministries].sort((a, b) => a - b) },
      onCreate: { slug: key },
    })),
  })

  const legalDocuments = await upsert('Văn bản pháp luật', {
    collection: 'legalDocuments',
    keyField: 'code',
    kind: 'legalDocument',
    items: normalized.legalDocuments.map((d) => ({
      key: d.code,
      data: { code: d.code, title: d.title, type: d.type, issuedDate: d.issuedDate, issuer: d.issuer },
    })),
  })

  const decisionSlugs = await slugsForNewRecords(payload, 'publicationDecisions', 'number', normalized.decisions.map((d) => ({ key: d.number, text: d.number })))
  const decisions = await upsert('Quyết định công bố', {
    collection: 'publicationDecisions',
    keyField: 'number',
    kind: 'publicationDecision',
    items: normalized.decisions.map((d) => ({
      key: d.number,
      data: { number: d.number, issuer: agencyId(d.issuer), status: 'published' as const },
      onCreate: { slug: decisionSlugs.get(d.number) },
    })),
  })

  const existingSlugs = await payload.find({ collection: 'procedures', pagination: false, depth: 0, select: { slug: true, code: true } })
  const hasSlug = new Set(existingSlugs.docs.filter((d) => d.slug).map((d) => d.code))
  const slugs = assignSlugs(
    normalized.procedures.filter((p) => !hasSlug.has(p.code)),
    new Set(existingSlugs.docs.map((d) => d.slug).filter((s): s is string => Boolean(s))),
  )
  const relations = {
    agency: agencyId,
    field: (name: string) => fields.ids.get(fieldKey(name)) ?? null,
    legalDocument: (code: string) => legalDocuments.ids.get(code) ?? null,
    decision: (number: string) => decisions.ids.get(number) ?? null,
  }
  const procedureItems: UpsertItem<'procedures'>[] = normalized.procedures.map((p) => ({
    key: p.code,
    data: toProcedureData(p, relations),
    onCreate: { slug: slugs.get(p.code) },
  }))
  await upsert('Thủ tục hành chính', { collection: 'procedures', keyField: 'code', kind: 'procedure', items: procedureItems, concurrency: 6 })

  const starter = await importStarterContent(payload)
  for (const [collection, counts] of Object.entries(starter)) report.collections[collection] = counts
  report.collections.calendarDays = await importCalendar(payload, dir)
  report.collections.dossierForms = await importStarterForms(payload)

  for (const p of normalized.procedures)
    for (const flag of new Set(p.reviewFlags.map((f) => f.code))) report.reviewFlags[flag] = (report.reviewFlags[flag] ?? 0) + 1
  report.durationMs = Date.now() - started
  return report
}
