import type { DefaultServerCellComponentProps } from 'payload'
import { requestLanguage } from '@/lib/payload/requestLanguage'
import { DueDate } from './DueDate'

/** The queue's "result due" column: the date in Vietnam time, and whether the open dossier is late. */
export function DueDateCell({ cellData, rowData, i18n }: DefaultServerCellComponentProps) {
  const row = rowData as { closedAt?: string | null }
  // Rendered on the server for each request: "now" is the moment the officer loads the queue.
  return <DueDate dueAt={typeof cellData === 'string' ? cellData : null} closedAt={row.closedAt} now={new Date()} language={requestLanguage({ i18n })} />
}
