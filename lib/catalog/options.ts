import type { Channel, DurationUnit, ImplementationLevel, OnlineServiceLevel, Subject } from './types'

type Option<T extends string> = { value: T; label: { vi: string; en: string } }

/** Implementation levels since the two-level local government of 1 July 2025. */
export const levelOptions: Option<ImplementationLevel>[] = [
  { value: 'ministry', label: { vi: 'Cấp bộ', en: 'Ministry level' } },
  { value: 'province', label: { vi: 'Cấp tỉnh', en: 'Provincial level' } },
  { value: 'commune', label: { vi: 'Cấp xã', en: 'Commune level' } },
  { value: 'other', label: { vi: 'Cơ quan khác', en: 'Other bodies' } },
]

/** Who may carry out a procedure (đối tượng thực hiện). */
export const subjectOptions: Option<Subject>[] = [
  { value: 'citizen', label: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizens' } },
  { value: 'overseasVietnamese', label: { vi: 'Người Việt Nam định cư ở nước ngoài', en: 'Overseas Vietnamese' } },
  { value: 'foreigner', label: { vi: 'Người nước ngoài', en: 'Foreigners' } },
  { value: 'enterprise', label: { vi: 'Doanh nghiệp', en: 'Enterprises' } },
  { value: 'foreignInvestedEnterprise', label: { vi: 'Doanh nghiệp có vốn đầu tư nước ngoài', en: 'Foreign-invested enterprises' } },
  { value: 'cooperative', label: { vi: 'Hợp tác xã', en: 'Cooperatives' } },
  { value: 'organization', label: { vi: 'Tổ chức (không bao gồm doanh nghiệp, HTX)', en: 'Organisations (other than enterprises and cooperatives)' } },
  { value: 'foreignOrganization', label: { vi: 'Tổ chức nước ngoài', en: 'Foreign organisations' } },
  { value: 'civilServant', label: { vi: 'Cán bộ, công chức, viên chức', en: 'Officials and public employees' } },
  { value: 'partyMember', label: { vi: 'Đảng viên', en: 'Party members' } },
  { value: 'partyOrganization', label: { vi: 'Tổ chức Đảng', en: 'Party organisations' } },
]

/** Ways of carrying out a procedure (cách thức thực hiện). */
export const channelOptions: Option<Channel>[] = [
  { value: 'inPerson', label: { vi: 'Trực tiếp', en: 'In person' } },
  { value: 'online', label: { vi: 'Trực tuyến', en: 'Online' } },
  { value: 'postal', label: { vi: 'Dịch vụ bưu chính', en: 'By post' } },
]

/** Units of a processing time (thời hạn giải quyết). */
export const durationUnitOptions: Option<DurationUnit>[] = [
  { value: 'workingDays', label: { vi: 'Ngày làm việc', en: 'Working days' } },
  { value: 'days', label: { vi: 'Ngày', en: 'Days' } },
  { value: 'hours', label: { vi: 'Giờ', en: 'Hours' } },
  { value: 'workingHours', label: { vi: 'Giờ làm việc', en: 'Working hours' } },
  { value: 'months', label: { vi: 'Tháng', en: 'Months' } },
]

/** Online-service levels under Decree 42/2022/NĐ-CP. */
export const onlineServiceLevelOptions: Option<OnlineServiceLevel>[] = [
  { value: 'full', label: { vi: 'Toàn trình', en: 'Fully online' } },
  { value: 'partial', label: { vi: 'Một phần', en: 'Partly online' } },
  { value: 'none', label: { vi: 'Không trực tuyến', en: 'Not online' } },
]

/** The label of an option value in a locale, or the value itself when it is not an option. */
export function optionLabel<T extends string>(options: Option<T>[], value: T | null | undefined, locale: 'vi' | 'en'): string {
  return options.find((o) => o.value === value)?.label[locale] ?? value ?? ''
}
