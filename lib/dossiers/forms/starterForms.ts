import type { Bilingual, DossierFormDefinition, FormDocument, FormField, FormStep } from './types'

/**
 * The online forms the portal ships with, for five common procedures of the real data, written
 * from their dossier components and the official declaration forms (tờ khai). Imported into the
 * CMS (collection dossierForms) while a procedure has no form; editors own them from then on.
 */

const t = (vi: string, en: string): Bilingual => ({ vi, en })
const pdfOrImage: FormDocument['accept'] = ['pdf', 'jpeg', 'png']

const field = (name: string, type: FormField['type'], label: Bilingual, required: boolean, extra: Partial<FormField> = {}): FormField => ({ name, type, label, required, ...extra })
const doc = (key: string, name: Bilingual, required: boolean, maxSizeMb = 10): FormDocument => ({ key, name, required, accept: pdfOrImage, maxSizeMb })

const gender = [
  { value: 'male', label: t('Nam', 'Male') },
  { value: 'female', label: t('Nữ', 'Female') },
]

const delivery = {
  value: [
    { value: 'online', label: t('Nhận bản điện tử trong tài khoản', 'Electronic copy in my account') },
    { value: 'inPerson', label: t('Nhận trực tiếp tại cơ quan', 'Collect in person') },
    { value: 'post', label: t('Nhận qua dịch vụ bưu chính', 'By post') },
  ],
}

/** Who applies: pre-filled from the identity the citizen signed in with (when they agreed to it). */
const applicantStep = (extra: FormField[] = []): FormStep => ({
  key: 'applicant',
  title: t('Người nộp hồ sơ', 'Applicant'),
  fields: [
    field('applicantName', 'text', t('Họ, chữ đệm và tên', 'Full name'), true, { prefill: 'fullName', max: 100 }),
    field('applicantId', 'personalId', t('Số định danh cá nhân', 'Personal identification number'), true, { prefill: 'personalId' }),
    field('applicantBirthDate', 'date', t('Ngày sinh', 'Date of birth'), true, { prefill: 'birthDate' }),
    field('applicantPhone', 'phone', t('Số điện thoại', 'Phone'), true, { prefill: 'phone' }),
    field('applicantEmail', 'email', t('Thư điện tử', 'E-mail'), false, { prefill: 'email' }),
    field('applicantResidence', 'address', t('Nơi cư trú', 'Place of residence'), true),
    ...extra,
  ],
})

const resultStep = (copies: boolean): FormStep => ({
  key: 'result',
  title: t('Nhận kết quả', 'Receiving the result'),
  fields: [
    field('resultDelivery', 'choice', t('Hình thức nhận kết quả', 'How to receive the result'), true, { options: delivery.value }),
    ...(copies ? [field('copies', 'number', t('Số bản sao trích lục đề nghị cấp', 'Certified copies requested'), false, { min: 0, max: 10 })] : []),
  ],
})

const declaration = t(
  'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.',
  'I declare that the information above is true, and I am responsible before the law for this declaration.',
)

export const starterForms: Record<string, DossierFormDefinition> = {
  // Đăng ký khai sinh (Luật Hộ tịch 2014; tờ khai theo Thông tư 04/2024/TT-BTP).
  '1.001193': {
    steps: [
      applicantStep([
        field('relationship', 'choice', t('Quan hệ với người được khai sinh', 'Relationship to the child'), true, {
          options: [
            { value: 'father', label: t('Cha', 'Father') },
            { value: 'mother', label: t('Mẹ', 'Mother') },
            { value: 'grandparent', label: t('Ông, bà', 'Grandparent') },
            { value: 'relative', label: t('Người thân thích khác', 'Other relative') },
            { value: 'authorised', label: t('Người được uỷ quyền', 'Authorised person') },
          ],
        }),
      ]),
      {
        key: 'child',
        title: t('Người được khai sinh', 'The child'),
        fields: [
          field('childName', 'text', t('Họ, chữ đệm và tên', 'Full name'), true, { max: 100 }),
          field('childBirthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), true),
          field('childGender', 'choice', t('Giới tính', 'Sex'), true, { options: gender }),
          field('childEthnicity', 'text', t('Dân tộc', 'Ethnic group'), true, { max: 50 }),
          field('childNationality', 'text', t('Quốc tịch', 'Nationality'), true, { max: 50 }),
          field('childBirthPlace', 'address', t('Nơi sinh', 'Place of birth'), true, { hint: t('Tên cơ sở y tế (nếu có) ghi ở ô địa chỉ chi tiết.', 'Write the name of the hospital, if any, in the street field.') }),
          field('childHometown', 'text', t('Quê quán', 'Home town'), false, { max: 200 }),
        ],
      },
      {
        key: 'parents',
        title: t('Cha, mẹ', 'Parents'),
        fields: [
          field('motherName', 'text', t('Họ, chữ đệm và tên người mẹ', 'Mother’s full name'), true, { max: 100 }),
          field('motherBirthDate', 'date', t('Ngày sinh người mẹ', 'Mother’s date of birth'), true),
          field('motherId', 'personalId', t('Số định danh cá nhân người mẹ', 'Mother’s personal identification number'), false),
          field('fatherName', 'text', t('Họ, chữ đệm và tên người cha', 'Father’s full name'), false, { max: 100, hint: t('Bỏ trống nếu chưa xác định được cha.', 'Leave empty if the father is not established.') }),
          field('fatherBirthDate', 'date', t('Ngày sinh người cha', 'Father’s date of birth'), false),
          field('fatherId', 'personalId', t('Số định danh cá nhân người cha', 'Father’s personal identification number'), false),
        ],
      },
      resultStep(true),
    ],
    documents: [
      doc('birthCertificate', t('Giấy chứng sinh (hoặc văn bản của người làm chứng, giấy cam đoan về việc sinh)', 'Birth certificate from the hospital (or a witness statement, or a sworn statement)'), true),
      doc('authorisation', t('Văn bản uỷ quyền (khi được uỷ quyền đi đăng ký)', 'Power of attorney (when acting for the parents)'), false),
      doc('surrogacy', t('Văn bản xác nhận của cơ sở y tế đã thực hiện mang thai hộ (nếu có)', 'Confirmation from the clinic, for a child born through surrogacy'), false),
    ],
    declaration,
  },
  // Đăng ký kết hôn.
  '1.000894': {
    steps: [
      applicantStep([field('applicantEthnicity', 'text', t('Dân tộc', 'Ethnic group'), true, { max: 50 })]),
      {
        key: 'partner',
        title: t('Người kết hôn cùng', 'The other party'),
        fields: [
          field('partnerName', 'text', t('Họ, chữ đệm và tên', 'Full name'), true, { max: 100 }),
          field('partnerBirthDate', 'date', t('Ngày sinh', 'Date of birth'), true),
          field('partnerGender', 'choice', t('Giới tính', 'Sex'), true, { options: gender }),
          field('partnerId', 'personalId', t('Số định danh cá nhân', 'Personal identification number'), true),
          field('partnerEthnicity', 'text', t('Dân tộc', 'Ethnic group'), true, { max: 50 }),
          field('partnerResidence', 'address', t('Nơi cư trú', 'Place of residence'), true),
        ],
      },
      {
        key: 'registration',
        title: t('Đăng ký', 'Registration'),
        fields: [
          field('firstMarriage', 'choice', t('Đây là lần kết hôn thứ mấy của người nộp', 'Is this the applicant’s first marriage'), true, {
            options: [
              { value: 'first', label: t('Lần đầu', 'First') },
              { value: 'again', label: t('Đã kết hôn trước đây (đã ly hôn hoặc vợ/chồng đã chết)', 'Married before (divorced or widowed)') },
            ],
          }),
          field('ceremonyDate', 'date', t('Ngày mong muốn đến nhận Giấy chứng nhận kết hôn', 'Preferred date to receive the certificate together'), false, {
            hint: t('Hai bên cùng có mặt khi trao Giấy chứng nhận kết hôn.', 'Both parties must be present when the certificate is handed over.'),
          }),
        ],
      },
      resultStep(true),
    ],
    documents: [
      doc('maritalStatus', t('Giấy xác nhận tình trạng hôn nhân (khi cư trú ở nơi khác)', 'Certificate of marital status (when living elsewhere)'), false),
      doc('divorce', t('Bản án, quyết định ly hôn đã có hiệu lực (nếu đã ly hôn)', 'Final divorce judgment (if divorced)'), false),
    ],
    declaration: t(
      'Chúng tôi cam đoan hoàn toàn tự nguyện kết hôn, đáp ứng đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình, và những nội dung khai trên đây là đúng sự thật.',
      'We declare that we marry of our own free will, meet the conditions of the Law on Marriage and Family, and that the information above is true.',
    ),
  },
  // Đăng ký thường trú (Luật Cư trú 2020).
  '1.004222': {
    steps: [
      applicantStep(),
      {
        key: 'residence',
        title: t('Nơi đăng ký thường trú', 'New permanent residence'),
        fields: [
          field('newResidence', 'address', t('Địa chỉ đăng ký thường trú', 'Address to register'), true),
          field('residenceBasis', 'choice', t('Chỗ ở hợp pháp', 'Legal basis of the home'), true, {
            options: [
              { value: 'owned', label: t('Nhà thuộc sở hữu của tôi', 'I own it') },
              { value: 'family', label: t('Về ở với người thân (chủ hộ đồng ý)', 'With relatives (the head of household agrees)') },
              { value: 'rented', label: t('Thuê, mượn, ở nhờ (chủ sở hữu đồng ý)', 'Rented or lent (the owner agrees)') },
            ],
          }),
          field('householdHead', 'text', t('Họ và tên chủ hộ (nếu nhập vào hộ đã có)', 'Head of household (when joining one)'), false, { max: 100 }),
          field('householdHeadId', 'personalId', t('Số định danh cá nhân của chủ hộ', 'Head of household’s identification number'), false),
          field('reason', 'textarea', t('Lý do đăng ký', 'Reason'), false, { max: 1000 }),
        ],
      },
      resultStep(false),
    ],
    documents: [
      doc('legalResidence', t('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Proof of the legal home (title, lease or loan agreement)'), true),
      doc('ownerConsent', t('Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở (nếu không phải nhà của mình)', 'Consent of the head of household or of the owner (when not your own home)'), false),
      doc('relationship', t('Giấy tờ chứng minh quan hệ nhân thân với chủ hộ (khi về ở với người thân)', 'Proof of the family relationship (when joining relatives)'), false),
    ],
    declaration,
  },
  // Đăng ký tạm trú.
  '1.004194': {
    steps: [
      applicantStep(),
      {
        key: 'stay',
        title: t('Nơi tạm trú', 'Temporary residence'),
        fields: [
          field('stayAddress', 'address', t('Địa chỉ đăng ký tạm trú', 'Address of the temporary residence'), true),
          field('stayMonths', 'number', t('Thời hạn tạm trú (tháng)', 'Length of stay (months)'), true, { min: 1, max: 24 }),
          field('stayReason', 'choice', t('Mục đích', 'Purpose'), true, {
            options: [
              { value: 'work', label: t('Lao động, làm việc', 'Work') },
              { value: 'study', label: t('Học tập', 'Study') },
              { value: 'other', label: t('Khác', 'Other') },
            ],
          }),
          field('ownerName', 'text', t('Họ và tên chủ nhà, chủ hộ', 'Name of the owner or head of household'), true, { max: 100 }),
        ],
      },
      resultStep(false),
    ],
    documents: [
      doc('legalResidence', t('Giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê, mượn, ở nhờ…)', 'Proof of the legal home (lease, loan agreement…)'), true),
      doc('ownerConsent', t('Văn bản đồng ý của chủ hộ, chủ sở hữu (nếu có)', 'Consent of the owner or head of household (if any)'), false),
    ],
    declaration,
  },
  // Đăng ký thành lập hộ kinh doanh (Nghị định 168/2025/NĐ-CP).
  '1.001612': {
    steps: [
      applicantStep(),
      {
        key: 'business',
        title: t('Hộ kinh doanh', 'The household business'),
        fields: [
          field('businessName', 'text', t('Tên hộ kinh doanh', 'Business name'), true, { max: 200, hint: t('Gồm "Hộ kinh doanh" và tên riêng, ví dụ: Hộ kinh doanh Bình An.', '"Hộ kinh doanh" and a proper name, e.g. Hộ kinh doanh Bình An.') }),
          field('businessAddress', 'address', t('Địa điểm kinh doanh', 'Place of business'), true),
          field('businessLines', 'textarea', t('Ngành, nghề kinh doanh', 'Lines of business'), true, { max: 2000 }),
          field('capital', 'number', t('Vốn kinh doanh (đồng)', 'Capital (VND)'), true, { min: 0 }),
          field('employees', 'number', t('Số lao động', 'Employees'), false, { min: 0, max: 10000 }),
        ],
      },
      resultStep(false),
    ],
    documents: [
      doc('premises', t('Bản sao hợp đồng thuê hoặc giấy tờ về quyền sử dụng địa điểm kinh doanh', 'Copy of the lease or title to the premises'), true),
      doc('members', t('Danh sách thành viên hộ gia đình (khi các thành viên cùng đăng ký)', 'List of the household members (when the family registers together)'), false),
      doc('authorisation', t('Văn bản uỷ quyền (khi được uỷ quyền)', 'Power of attorney (when acting for the owner)'), false),
    ],
    declaration,
  },
}
