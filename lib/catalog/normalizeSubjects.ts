import { cleanText } from './cleanText'
import type { ReviewFlag, Subject } from './types'

const SUBJECTS: Record<string, Subject> = {
  'công dân việt nam': 'citizen',
  'người việt nam định cư ở nước ngoài': 'overseasVietnamese',
  'người nước ngoài': 'foreigner',
  'người nước ngoài cư trú tại việt nam': 'foreigner',
  'doanh nghiệp': 'enterprise',
  'doanh nghiệp việt nam': 'enterprise',
  'doanh nghiệp có vốn đầu tư nước ngoài': 'foreignInvestedEnterprise',
  'hợp tác xã': 'cooperative',
  'tổ chức': 'organization',
  'tổ chức (không bao gồm doanh nghiệp, htx)': 'organization',
  'tổ chức nước ngoài': 'foreignOrganization',
  'cán bộ, công chức, viên chức': 'civilServant',
  'đảng viên': 'partyMember',
  'tổ chức đảng': 'partyOrganization',
}

/**
 * The source split its subject list on commas, cutting labels that contain commas themselves:
 * "Tổ chức (không bao gồm doanh nghiệp" + "HTX)" and "Cán bộ" + "công chức" + "viên chức".
 * Rejoin them before lookup.
 */
function rejoinLabels(parts: readonly string[]): string[] {
  const labels: string[] = []
  for (let i = 0; i < parts.length; i++) {
    let label = cleanText(parts[i])
    while (countOf(label, '(') > countOf(label, ')') && i + 1 < parts.length) label += `, ${cleanText(parts[++i])}`
    if (label.toLowerCase() === 'cán bộ' && cleanText(parts[i + 1]).toLowerCase() === 'công chức') {
      label += `, ${cleanText(parts[++i])}`
      if (cleanText(parts[i + 1]).toLowerCase() === 'viên chức') label += `, ${cleanText(parts[++i])}`
    }
    if (label) labels.push(label)
  }
  return labels
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1
}

/** Maps the source subject labels to the Subject union, rejoining comma-split labels. */
export function normalizeSubjects(parts: readonly string[]): { subjects: Subject[]; flags: ReviewFlag[] } {
  const subjects: Subject[] = []
  const flags: ReviewFlag[] = []
  for (const label of rejoinLabels(parts)) {
    const subject = SUBJECTS[label.toLowerCase().replace(/\s+/g, ' ')]
    if (!subject) flags.push({ code: 'unknown-subject', message: `Đối tượng thực hiện không xác định: «${label}»` })
    else if (!subjects.includes(subject)) subjects.push(subject)
  }
  return { subjects, flags }
}
