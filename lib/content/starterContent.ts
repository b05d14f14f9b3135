/**
 * Starter content created on the first import so that a new portal is usable at once: life
 * events, FAQs, hotlines and the pages every public portal needs. Editors own it afterwards:
 * a collection is filled only while it is empty (see lib/import/importStarterContent.ts). Procedure references are national codes
 * from the shipped data; fields are referenced by slug.
 */

type Text = { vi: string; en: string }
type Blocks = { vi: string[]; en: string[] }

export interface StarterLifeEvent {
  slug: string
  name: Text
  summary: Text
  audience: 'citizen' | 'business'
  procedureCodes: string[]
}

export interface StarterFaq {
  slug: string
  question: Text
  answer: Blocks
  fieldSlug?: string
  procedureCodes?: string[]
}

export interface StarterHotline {
  name: Text
  phone: string
  email?: string
  description: Text
  hours: Text
}

export interface StarterPage {
  slug: string
  title: Text
  content: Blocks
}

export const starterLifeEvents: StarterLifeEvent[] = [
  {
    slug: 'sinh-con',
    name: { vi: 'Sinh con', en: 'Having a baby' },
    summary: {
      vi: 'Đăng ký khai sinh, nhận cha mẹ con, đăng ký thường trú và thẻ bảo hiểm y tế cho trẻ.',
      en: 'Registering the birth, parentage, permanent residence and the health insurance card of the child.',
    },
    audience: 'citizen',
    procedureCodes: ['1.001193', '2.001023', '2.000986', '1.000689', '1.001022', '2.000528', '1.004884'],
  },
  {
    slug: 'ket-hon',
    name: { vi: 'Kết hôn', en: 'Getting married' },
    summary: { vi: 'Đăng ký kết hôn trong nước và có yếu tố nước ngoài, đăng ký lại kết hôn.', en: 'Registering a marriage in Vietnam or with a foreign element, and re-registering it.' },
    audience: 'citizen',
    procedureCodes: ['1.000894', '2.000806', '1.000593', '1.004746', '2.002189'],
  },
  {
    slug: 'cu-tru',
    name: { vi: 'Chuyển chỗ ở, cư trú', en: 'Moving home and residence' },
    summary: { vi: 'Đăng ký thường trú, tạm trú, gia hạn tạm trú, khai báo tạm vắng và thông báo lưu trú.', en: 'Registering permanent or temporary residence, extending it, declaring absence and reporting a stay.' },
    audience: 'citizen',
    procedureCodes: ['1.004222', '1.004194', '1.002755', '1.003677', '2.001159', '1.003197', '1.010028'],
  },
  {
    slug: 'giay-to-tuy-than',
    name: { vi: 'Căn cước, hộ chiếu, lý lịch tư pháp', en: 'Identity card, passport and criminal record' },
    summary: { vi: 'Cấp, đổi, cấp lại thẻ căn cước; cấp hộ chiếu phổ thông; cấp Phiếu lý lịch tư pháp.', en: 'Issuing and renewing the identity card, the ordinary passport and the criminal record certificate.' },
    audience: 'citizen',
    procedureCodes: ['1.001247', '1.012549', '1.000889', '1.000757', '1.001456', '1.010386', '3.000333'],
  },
  {
    slug: 'phuong-tien-giao-thong',
    name: { vi: 'Xe và giấy phép lái xe', en: 'Vehicles and driving licences' },
    summary: { vi: 'Đăng ký xe lần đầu, sang tên, cấp lại biển số; cấp, đổi, cấp lại giấy phép lái xe.', en: 'Registering a vehicle, transferring ownership, replacing plates; issuing and renewing driving licences.' },
    audience: 'citizen',
    procedureCodes: ['1.012575', '1.013066', '1.013076', '1.013080', '3.000346', '3.000347', '3.000348', '3.000353'],
  },
  {
    slug: 'dat-dai-nha-o',
    name: { vi: 'Đất đai, nhà ở', en: 'Land and housing' },
    summary: { vi: 'Cấp Giấy chứng nhận quyền sử dụng đất, đăng ký biến động, tách thửa, giấy phép xây dựng nhà ở.', en: 'Land-use right certificates, registering changes, splitting plots and building permits for homes.' },
    audience: 'citizen',
    procedureCodes: ['1.012753', '1.012783', '1.013831', '1.012784', '1.013225', '1.013229', '2.001035'],
  },
  {
    slug: 'nguoi-than-qua-doi',
    name: { vi: 'Người thân qua đời', en: 'When someone dies' },
    summary: { vi: 'Đăng ký khai tử, chứng thực văn bản phân chia di sản, truy lĩnh lương hưu còn chưa nhận.', en: 'Registering the death, certifying the division of the estate and claiming unpaid pension.' },
    audience: 'citizen',
    procedureCodes: ['1.000656', '1.001766', '2.001406', '2.001016', '2.000717'],
  },
  {
    slug: 'chung-thuc-giay-to',
    name: { vi: 'Chứng thực giấy tờ', en: 'Certifying documents' },
    summary: { vi: 'Chứng thực bản sao từ bản chính, chứng thực chữ ký, chứng thực hợp đồng, giao dịch.', en: 'Certified copies, certified signatures and certified contracts and transactions.' },
    audience: 'citizen',
    procedureCodes: ['2.000815', '2.000884', '2.001035', '2.001019'],
  },
  {
    slug: 'khoi-su-kinh-doanh',
    name: { vi: 'Khởi sự kinh doanh', en: 'Starting a business' },
    summary: { vi: 'Đăng ký hộ kinh doanh, thành lập doanh nghiệp tư nhân, công ty TNHH, công ty cổ phần; đăng ký thuế.', en: 'Registering a household business, a sole proprietorship, a limited or joint-stock company; tax registration.' },
    audience: 'business',
    procedureCodes: ['1.001612', '2.001610', '2.001583', '2.001199', '2.002043', '2.002042', '2.002225'],
  },
  {
    slug: 'hoat-dong-kinh-doanh',
    name: { vi: 'Trong quá trình kinh doanh', en: 'Running a business' },
    summary: { vi: 'Khai thuế, tạm ngừng kinh doanh, thông báo địa điểm kinh doanh, chấm dứt hoạt động hộ kinh doanh.', en: 'Declaring tax, suspending business, notifying a business location and closing a household business.' },
    audience: 'business',
    procedureCodes: ['1.011022', '1.009824', '1.001570', '1.014034', '1.001266'],
  },
]

export const starterFaqs: StarterFaq[] = [
  {
    slug: 'lam-the-nao-de-tim-thu-tuc',
    question: { vi: 'Làm thế nào để tìm đúng thủ tục hành chính tôi cần?', en: 'How do I find the administrative procedure I need?' },
    answer: {
      vi: [
        'Gõ tên việc cần làm vào ô tìm kiếm ở đầu trang, có dấu hoặc không dấu, ví dụ "dang ky khai sinh". Bạn cũng có thể duyệt theo lĩnh vực, theo bộ ngành, theo cấp thực hiện hoặc theo sự kiện cuộc sống như sinh con, kết hôn, chuyển chỗ ở.',
        'Trang của mỗi thủ tục cho biết cơ quan giải quyết, trình tự thực hiện, thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí và căn cứ pháp lý.',
      ],
      en: [
        'Type what you need to do into the search box at the top of the page, with or without Vietnamese accents, for example "birth registration". You can also browse by field, by ministry, by level or by life event such as having a baby, getting married or moving home.',
        'Each procedure page tells you which body handles it, the steps, the documents, the processing time, the fees and the legal basis.',
      ],
    },
  },
  {
    slug: 'nop-ho-so-truc-tuyen-nhu-the-nao',
    question: { vi: 'Thủ tục nào nộp hồ sơ trực tuyến được?', en: 'Which procedures can I apply for online?' },
    answer: {
      vi: [
        'Trang thủ tục ghi rõ mức độ dịch vụ công trực tuyến. Với dịch vụ công trực tuyến toàn trình, bạn thực hiện toàn bộ trên Cổng, kể cả nhận kết quả. Với dịch vụ công trực tuyến một phần, bạn nộp hồ sơ trực tuyến và đến cơ quan để nộp bản gốc hoặc nhận kết quả.',
        'Khi thủ tục có thể nộp trực tuyến, trang thủ tục có nút "Nộp hồ sơ trực tuyến".',
      ],
      en: [
        'The procedure page states its level of online service. With a fully online service you do everything on the portal, including receiving the result. With a partly online service you apply online and visit the office to hand in originals or collect the result.',
        'When a procedure can be done online, its page shows an "Apply online" button.',
      ],
    },
  },
  {
    slug: 'tra-cuu-tinh-trang-ho-so',
    question: { vi: 'Làm sao để biết hồ sơ của tôi đang được xử lý đến đâu?', en: 'How can I see how far my application has got?' },
    answer: {
      vi: [
        'Khi nộp hồ sơ, bạn nhận được mã hồ sơ và giấy tiếp nhận có mã QR. Nhập mã hồ sơ ở mục tra cứu hồ sơ hoặc quét mã QR để xem tình trạng xử lý và ngày hẹn trả kết quả.',
        'Nếu đã đăng nhập, bạn xem toàn bộ hồ sơ của mình trong mục Tài khoản.',
      ],
      en: [
        'When you apply you receive a dossier code and a receipt with a QR code. Enter the code in the tracking page or scan the QR code to see the status and the date the result is due.',
        'When signed in, you see all your applications in your account.',
      ],
    },
  },
  {
    slug: 'dang-ky-khai-sinh-can-giay-to-gi',
    question: { vi: 'Đăng ký khai sinh cần những giấy tờ gì?', en: 'What documents do I need to register a birth?' },
    answer: {
      vi: [
        'Thông thường gồm tờ khai đăng ký khai sinh theo mẫu và giấy chứng sinh (hoặc giấy tờ thay thế giấy chứng sinh). Người đi đăng ký xuất trình giấy tờ tùy thân; nếu cha mẹ đã đăng ký kết hôn thì xuất trình giấy chứng nhận kết hôn.',
        'Danh sách đầy đủ, số bản chính, bản sao và mẫu tờ khai để tải về có ở trang thủ tục "Đăng ký khai sinh". Thủ tục này có thể nộp trực tuyến.',
      ],
      en: [
        'Usually the birth registration form and the birth certificate issued by the hospital (or a document replacing it). The person registering shows an identity document; if the parents are married, they show their marriage certificate.',
        'The full list, the number of originals and copies and the forms to download are on the "Birth registration" procedure page. This procedure can be done online.',
      ],
    },
    fieldSlug: 'ho-tich',
    procedureCodes: ['1.001193'],
  },
  {
    slug: 'dang-ky-ket-hon-o-dau',
    question: { vi: 'Đăng ký kết hôn ở đâu?', en: 'Where do we register our marriage?' },
    answer: {
      vi: ['Hai bên nam, nữ đăng ký kết hôn tại Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên. Khi đăng ký, cả hai bên phải có mặt.', 'Trình tự và giấy tờ cần chuẩn bị có ở trang thủ tục "Đăng ký kết hôn".'],
      en: ['The couple register their marriage at the People\u2019s Committee of the commune where either of them lives. Both must be present when registering.', 'The steps and documents are on the "Marriage registration" procedure page.'],
    },
    fieldSlug: 'ho-tich',
    procedureCodes: ['1.000894'],
  },
  {
    slug: 'dang-ky-thuong-tru-tam-tru',
    question: { vi: 'Khác nhau giữa đăng ký thường trú và đăng ký tạm trú?', en: 'What is the difference between permanent and temporary residence registration?' },
    answer: {
      vi: [
        'Thường trú là nơi công dân sinh sống ổn định, lâu dài và đã được đăng ký thường trú. Tạm trú là nơi công dân sinh sống trong một khoảng thời gian nhất định ngoài nơi thường trú và đã được đăng ký tạm trú.',
        'Cả hai thủ tục được thực hiện tại cơ quan đăng ký cư trú và có thể nộp trực tuyến.',
      ],
      en: [
        'Permanent residence is where a citizen lives stably and long-term and has registered it. Temporary residence is where a citizen lives for a period of time outside their permanent residence and has registered it.',
        'Both are handled by the residence registration authority and can be done online.',
      ],
    },
    fieldSlug: 'dang-ky-quan-ly-cu-tru',
    procedureCodes: ['1.004222', '1.004194'],
  },
  {
    slug: 'phi-le-phi-thanh-toan',
    question: { vi: 'Tôi nộp phí, lệ phí như thế nào?', en: 'How do I pay fees?' },
    answer: {
      vi: ['Mức phí, lệ phí của từng thủ tục được công khai trên trang thủ tục. Khi nộp hồ sơ trực tuyến, bạn có thể thanh toán trực tuyến và nhận biên lai điện tử.', 'Nhiều thủ tục được miễn lệ phí cho một số đối tượng theo quy định; trang thủ tục ghi rõ các trường hợp này.'],
      en: ['The fees of each procedure are published on its page. When you apply online you can pay online and receive an electronic receipt.', 'Many procedures waive fees for some groups of people; the procedure page lists them.'],
    },
  },
  {
    slug: 'thoi-han-giai-quyet-tinh-the-nao',
    question: { vi: 'Thời hạn giải quyết được tính thế nào?', en: 'How is the processing time counted?' },
    answer: {
      vi: [
        'Thời hạn giải quyết được tính từ khi cơ quan tiếp nhận đủ hồ sơ hợp lệ. Nếu tính theo ngày làm việc thì không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, tết.',
        'Giấy tiếp nhận hồ sơ ghi ngày hẹn trả kết quả. Nếu cơ quan cần thêm thời gian, cơ quan phải thông báo và xin lỗi bằng văn bản, kèm ngày hẹn mới.',
      ],
      en: [
        'The processing time starts when the authority has received a complete, valid application. When it is counted in working days, Saturdays, Sundays and public holidays are not counted.',
        'The receipt states when the result is due. If the authority needs longer, it must tell you in writing, apologise and give a new date.',
      ],
    },
  },
  {
    slug: 'ho-so-bi-yeu-cau-bo-sung',
    question: { vi: 'Hồ sơ bị yêu cầu bổ sung thì tôi phải làm gì?', en: 'What do I do if I am asked to add to my application?' },
    answer: {
      vi: ['Cơ quan giải quyết phải nêu rõ và đầy đủ những giấy tờ, nội dung cần bổ sung trong một lần. Bạn bổ sung theo hướng dẫn, trực tuyến nếu hồ sơ đã nộp trực tuyến.', 'Nếu thấy yêu cầu không đúng quy định, bạn có thể phản ánh, kiến nghị trên Cổng.'],
      en: ['The authority must state clearly and completely, at one time, which documents or information are missing. Add them as instructed, online if you applied online.', 'If you think the request is not lawful, you can send feedback through the portal.'],
    },
  },
  {
    slug: 'phan-anh-kien-nghi',
    question: { vi: 'Tôi muốn phản ánh, kiến nghị về thủ tục hành chính thì làm thế nào?', en: 'How do I send feedback or a petition about an administrative procedure?' },
    answer: {
      vi: ['Bạn gửi phản ánh, kiến nghị về quy định hành chính hoặc về hành vi của cán bộ, công chức trong giải quyết thủ tục hành chính qua chức năng phản ánh, kiến nghị của Cổng hoặc gọi tổng đài hỗ trợ.', 'Phản ánh được chuyển đến cơ quan có thẩm quyền xử lý và bạn theo dõi được kết quả trả lời.'],
      en: ['Send feedback on an administrative regulation, or on how an official handled your procedure, through the portal\u2019s feedback function or the support hotline.', 'Your feedback is sent to the authority responsible, and you can follow its answer.'],
    },
  },
  {
    slug: 'cap-ho-chieu-pho-thong',
    question: { vi: 'Làm hộ chiếu phổ thông lần đầu ở đâu?', en: 'Where do I get my first ordinary passport?' },
    answer: {
      vi: ['Công dân có thể đề nghị cấp hộ chiếu phổ thông ở trong nước tại cơ quan quản lý xuất nhập cảnh Công an cấp tỉnh hoặc tại Cục Quản lý xuất nhập cảnh, và có thể nộp trực tuyến.', 'Trình tự, giấy tờ và lệ phí có ở trang thủ tục "Cấp hộ chiếu phổ thông ở trong nước".'],
      en: ['Citizens can apply for an ordinary passport at the immigration office of the provincial police or at the Immigration Department, and can apply online.', 'The steps, documents and fee are on the "Issuing an ordinary passport in Vietnam" procedure page.'],
    },
    fieldSlug: 'quan-ly-xuat-nhap-canh',
    procedureCodes: ['1.001456', '1.001471'],
  },
  {
    slug: 'dang-ky-ho-kinh-doanh',
    question: { vi: 'Mở hộ kinh doanh cần làm thủ tục gì?', en: 'What must I do to open a household business?' },
    answer: {
      vi: ['Bạn làm thủ tục "Đăng ký thành lập hộ kinh doanh" tại cơ quan đăng ký kinh doanh cấp xã nơi đặt địa điểm kinh doanh. Sau khi được cấp Giấy chứng nhận đăng ký hộ kinh doanh, hộ kinh doanh thực hiện kê khai, nộp thuế theo quy định.', 'Xem thêm nhóm "Khởi sự kinh doanh" để biết các thủ tục liên quan.'],
      en: ['Use the "Registering a household business" procedure at the commune business registration office where the business is located. Once registered, the business declares and pays tax as required.', 'See the "Starting a business" group for related procedures.'],
    },
    procedureCodes: ['1.001612'],
  },
]

export const starterHotlines: StarterHotline[] = [
  {
    name: { vi: 'Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia', en: 'National Public Service Portal support line' },
    phone: '18001096',
    email: 'dichvucong@chinhphu.vn',
    description: { vi: 'Hướng dẫn tìm thủ tục, đăng nhập, nộp hồ sơ trực tuyến, thanh toán và tiếp nhận phản ánh, kiến nghị.', en: 'Help with finding procedures, signing in, applying online, paying and sending feedback.' },
    hours: { vi: 'Miễn phí cước gọi', en: 'Free of charge' },
  },
  {
    name: { vi: 'Cảnh sát', en: 'Police' },
    phone: '113',
    description: { vi: 'Gọi khi cần Công an can thiệp, giữ gìn an ninh, trật tự.', en: 'Call when you need the police.' },
    hours: { vi: '24/7, miễn phí', en: '24/7, free' },
  },
  {
    name: { vi: 'Cứu hỏa, cứu nạn, cứu hộ', en: 'Fire and rescue' },
    phone: '114',
    description: { vi: 'Gọi khi có cháy, nổ hoặc cần cứu nạn, cứu hộ.', en: 'Call for fire, explosions or rescue.' },
    hours: { vi: '24/7, miễn phí', en: '24/7, free' },
  },
  {
    name: { vi: 'Cấp cứu y tế', en: 'Medical emergency' },
    phone: '115',
    description: { vi: 'Gọi khi cần cấp cứu người bệnh, người bị nạn.', en: 'Call for an ambulance.' },
    hours: { vi: '24/7, miễn phí', en: '24/7, free' },
  },
  {
    name: { vi: 'Tổng đài quốc gia bảo vệ trẻ em', en: 'National child protection line' },
    phone: '111',
    description: { vi: 'Tiếp nhận thông tin, tư vấn và hỗ trợ khi trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại.', en: 'Advice and help when a child is harmed or at risk.' },
    hours: { vi: '24/7, miễn phí', en: '24/7, free' },
  },
]

export const starterPages: StarterPage[] = [
  {
    slug: 'gioi-thieu',
    title: { vi: 'Giới thiệu', en: 'About the portal' },
    content: {
      vi: [
        'Cổng Dịch vụ công là nơi người dân và doanh nghiệp tìm hiểu mọi thủ tục hành chính, nộp hồ sơ và thanh toán trực tuyến, theo dõi tiến độ giải quyết, đánh giá sự hài lòng và gửi phản ánh, kiến nghị.',
        '## Thông tin trên Cổng',
        'Thông tin về thủ tục hành chính được lấy từ Cơ sở dữ liệu quốc gia về thủ tục hành chính, do các bộ, ngành và địa phương công bố bằng quyết định công bố. Mỗi trang thủ tục ghi quyết định công bố và căn cứ pháp lý của thủ tục.',
        '## Mã nguồn mở',
        'Phần mềm của Cổng là mã nguồn mở, để các bộ, ngành và địa phương có thể triển khai, kiểm tra và cùng cải tiến.',
      ],
      en: [
        'The Public Service Portal is where citizens and businesses find every administrative procedure, apply and pay online, follow their applications, rate the service and send feedback.',
        '## Where the information comes from',
        'Procedure information comes from the National Database of Administrative Procedures, published by ministries and provinces through publication decisions. Each procedure page names its publication decision and legal basis.',
        '## Open source',
        'The portal\u2019s software is open source, so that ministries and provinces can deploy it, audit it and improve it together.',
      ],
    },
  },
  {
    slug: 'dieu-khoan-su-dung',
    title: { vi: 'Điều khoản sử dụng', en: 'Terms of use' },
    content: {
      vi: [
        '## Phạm vi',
        'Các điều khoản này áp dụng cho mọi người truy cập và sử dụng Cổng Dịch vụ công. Khi sử dụng Cổng, bạn đồng ý với các điều khoản này.',
        '## Trách nhiệm của người sử dụng',
        '- Cung cấp thông tin trung thực, chính xác khi nộp hồ sơ và chịu trách nhiệm về thông tin đã cung cấp.\n- Không sử dụng tài khoản của người khác; giữ bí mật thông tin đăng nhập.\n- Không đưa lên Cổng nội dung vi phạm pháp luật hoặc mã độc, không cản trở hoạt động của Cổng.',
        '## Thông tin thủ tục hành chính',
        'Thông tin thủ tục được công khai theo quyết định công bố của cơ quan có thẩm quyền. Khi có khác biệt, văn bản quy phạm pháp luật và quyết định công bố có giá trị pháp lý.',
        '## Dữ liệu cá nhân',
        'Dữ liệu cá nhân được xử lý theo quy định của pháp luật về bảo vệ dữ liệu cá nhân, chỉ cho mục đích giải quyết thủ tục hành chính và cung cấp dịch vụ công mà bạn yêu cầu.',
      ],
      en: [
        '## Scope',
        'These terms apply to everyone who visits and uses the Public Service Portal. By using the portal you accept them.',
        '## Your responsibilities',
        '- Give true and accurate information when applying, and take responsibility for it.\n- Do not use another person\u2019s account; keep your sign-in details secret.\n- Do not upload unlawful content or malicious code, and do not disrupt the portal.',
        '## Procedure information',
        'Procedure information is published under the publication decisions of the competent authorities. Where it differs, the legal documents and the publication decision prevail.',
        '## Personal data',
        'Personal data are processed as the law on personal data protection requires, only to handle the procedures and services you ask for.',
      ],
    },
  },
  {
    slug: 'tuyen-bo-tiep-can',
    title: { vi: 'Tuyên bố về khả năng tiếp cận', en: 'Accessibility statement' },
    content: {
      vi: [
        'Cổng Dịch vụ công được xây dựng để mọi người, kể cả người khuyết tật và người dùng điện thoại cấu hình thấp, mạng chậm, đều sử dụng được.',
        '## Mức độ đáp ứng',
        'Cổng hướng tới đáp ứng Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.2 mức AA. Các trang được kiểm tra tự động mỗi lần thay đổi phần mềm và kiểm tra thủ công bằng bàn phím.',
        '## Bạn có thể',
        '- Dùng toàn bộ Cổng chỉ bằng bàn phím, với liên kết "Bỏ qua, đến nội dung chính" ở đầu trang.\n- Phóng to đến 400% mà không phải cuộn ngang.\n- Dùng trình đọc màn hình; ngôn ngữ của trang được khai báo.\n- Xem trang khi trình duyệt tắt JavaScript.',
        '## Góp ý',
        'Nếu bạn gặp khó khăn khi sử dụng Cổng, hãy gọi tổng đài hỗ trợ hoặc gửi phản ánh; chúng tôi sẽ trả lời và khắc phục.',
      ],
      en: [
        'The Public Service Portal is built to be usable by everyone, including people with disabilities and people on low-end phones and slow connections.',
        '## Conformance',
        'The portal aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.2 level AA. Pages are checked automatically on every software change and by hand with a keyboard.',
        '## You can',
        '- Use the whole portal with a keyboard alone, with a "Skip to main content" link at the top of each page.\n- Zoom to 400% without scrolling sideways.\n- Use a screen reader; each page declares its language.\n- Read pages with JavaScript turned off.',
        '## Feedback',
        'If anything on the portal is hard to use, call the support line or send feedback; we will answer and fix it.',
      ],
    },
  },
]
