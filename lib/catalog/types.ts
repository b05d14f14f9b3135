/**
 * Normalized shapes of the national procedures database (CSDL TTHC) as the importer writes
 * them. They mirror the Payload collections' fields, with relations expressed by natural keys
 * (codes and names) that the importer resolves to ids.
 */

export type Locale = 'vi' | 'en'

export type ImplementationLevel = 'ministry' | 'province' | 'commune' | 'other'

export type Subject =
  | 'citizen'
  | 'overseasVietnamese'
  | 'foreigner'
  | 'enterprise'
  | 'foreignInvestedEnterprise'
  | 'cooperative'
  | 'organization'
  | 'foreignOrganization'
  | 'civilServant'
  | 'partyMember'
  | 'partyOrganization'

export type Channel = 'inPerson' | 'online' | 'postal'

export type DurationUnit = 'workingDays' | 'days' | 'hours' | 'workingHours' | 'months'

export type OnlineServiceLevel = 'full' | 'partial' | 'none'


/** A problem in the source record that an editor should look at; the record is still imported. */
export interface ReviewFlag {
  /** Stable machine code, e.g. `duration-without-unit`, `legal-basis-split`. */
  code: string
  /** Plain-language explanation in Vietnamese for editors, quoting the raw text. */
  message: string
}

export interface ProcessingTime {
  value: number | null
  unit: DurationUnit | null
  /** The source text, always kept (e.g. "5 Ngày làm việc", "1", "Không quy định"). */
  text: string
}

export interface ChannelRecord {
  channel: Channel
  processingTime: ProcessingTime
  /** Fees and notes as published (e.g. "Lệ phí: 50.000 Đồng"). */
  feeText: string
  /** True when the fee text says there is no fee ("Miễn phí", "0 Đồng"). */
  free: boolean
}

export interface DocumentRecord {
  name: string
  originals: number
  copies: number
  /** The source quantity text, e.g. "1 bản chính,1 bản sao". */
  quantityText: string
  /** File name of the template form when the source names one (e.g. "5-PHLCII.doc"). */
  templateName: string | null
}

export interface DossierGroupRecord {
  /** Heading of the group ("Giấy tờ phải nộp"), or null when the source has none. */
  title: string | null
  documents: DocumentRecord[]
}

export interface ResultRecord {
  name: string
  /** Result code such as KQ.G15.000031, or null. */
  code: string | null
}

export interface LegalDocumentRecord {
  /** Document number such as 123/2015/NĐ-CP (natural key). */
  code: string
  title: string
  /** Nghị định, Thông tư, Luật, Quyết định, Nghị quyết, Pháp lệnh, Thông tư liên tịch, Văn bản khác. */
  type: string
  issuedDate: string | null
  issuer: string | null
}

export interface ProcedureRecord {
  code: string
  name: string
  ministry: string
  field: string
  levels: ImplementationLevel[]
  procedureType: string
  subjects: Subject[]
  competentAuthority: string
  executingAgency: string
  receivingAddress: string
  delegatedAgency: string
  coordinatingAgency: string
  relatedProcedures: string
  steps: string[]
  channels: ChannelRecord[]
  dossierGroups: DossierGroupRecord[]
  requirements: string
  results: ResultRecord[]
  /** Codes of legal documents (see LegalDocumentRecord.code). */
  legalBasisCodes: string[]
  /** Legal-basis rows that could not be tied to a document number, kept as text. */
  legalBasisUnresolved: string[]
  /** Normalized publication decision number such as 163/QĐ-BTP, or null when unrecognised. */
  decisionNumber: string | null
  onlineServiceLevel: OnlineServiceLevel
  sourceUrl: string
  source: string
  reviewFlags: ReviewFlag[]
}

export interface PublicationDecisionRecord {
  number: string
  /** Name of the issuing ministry (from the procedures that cite it). */
  issuer: string
}

export interface RejectedRecord {
  kind: 'procedure' | 'legalDocument' | 'administrativeUnit' | 'agency' | 'field' | 'publicationDecision'
  /** Code or name of the record, as given. */
  key: string
  reasons: string[]
  record: unknown
}

export interface NormalizedProcedures {
  procedures: ProcedureRecord[]
  legalDocuments: LegalDocumentRecord[]
  decisions: PublicationDecisionRecord[]
  rejected: RejectedRecord[]
  /**
   * How many legal document numbers were cited with different informative titles or different
   * issue dates by different procedures (the merged record keeps the longest title and the most
   * common date).
   */
  legalDocumentConflicts?: { titles: number; issuedDates: number }
}
