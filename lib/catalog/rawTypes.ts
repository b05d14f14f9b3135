/**
 * Shapes of the crawled procedure files (`data/procedures_part*.json.gz`) exactly as published
 * by the crawlers; see /work/shared/data/SOURCES.md. Everything here is untrusted input.
 */

export type RawLevel = 'Cấp bộ' | 'Cấp tỉnh' | 'Cấp xã' | 'Cơ quan khác'

export type RawChannelLabel = 'Trực tiếp' | 'Trực tuyến' | 'Dịch vụ bưu chính'

export type RawDurationUnit = 'Ngày làm việc' | 'Ngày' | 'Giờ' | 'Giờ làm việc' | 'Tháng'

export interface RawChannel {
  channel: RawChannelLabel | string
  duration: string | null
  duration_value: number | null
  duration_unit: RawDurationUnit | string | null
  fee_and_note: string | null
}

export interface RawDocumentItem {
  name: string
  quantity: string
  form?: string | null
}

export interface RawDocumentGroup {
  group: string | null
  items: RawDocumentItem[]
}

export interface RawResult {
  name: string
  code: string | null
}

export interface RawLegalBasis {
  title: string | null
  code: string | null
  /** Only in the nhdandz source, as dd-mm-yyyy. */
  issued?: string | null
  issuer?: string | null
}

export interface RawProcedure {
  id: string
  code: string
  name: string
  ministry: string
  field: string
  levels: (RawLevel | string)[]
  procedure_type: string
  decision_no: string
  subjects: string[]
  competent_authority: string
  executing_agency: string
  receiving_address: string
  delegated_agency: string
  coordinating_agency: string
  related_procedures: string
  steps_text: string
  channels: RawChannel[]
  documents: RawDocumentGroup[]
  requirements: string
  results: RawResult[]
  legal_basis: RawLegalBasis[]
  source_url: string
  source: string
}

export interface RawProcedureFile {
  procedures: RawProcedure[]
  [key: string]: unknown
}
