/**
 * A researched starting vocabulary: what citizens type (everyday words, abbreviations, old names)
 * and the official wording of the procedures it should find. Editors extend it in the CMS.
 *
 * Rules the entries follow (checked by starterVocabulary.test.ts against the real procedures):
 * - everything lower case, with Vietnamese diacritics;
 * - every `expandsTo` phrase occurs as written in at least one procedure name or field name, and
 *   contains no punctuation (Meilisearch matches a multi-word synonym as a phrase, and a phrase
 *   does not match across a comma in the document: "nhận cha, mẹ, con" must be "nhận cha");
 * - mutual lists hold true equivalents only (abbreviation ⇔ full form, spelling variants); a word
 *   belongs to at most one mutual list.
 * Meilisearch applies a synonym key of at most three words; longer `words` serve other ways of
 * pushing the vocabulary (see bench/search-quality/README.md, "Synonyms in Meilisearch: findings").
 *
 * Not covered because the procedure data has no such procedures yet (Bộ Nội vụ, Bộ GD&ĐT, Bộ Y tế):
 * work permits for foreigners, diplomas, social allowances (bảo trợ xã hội), claiming
 * unemployment benefit. Add them when those procedures are imported.
 */
import type { VocabularyEntry } from '../synonyms'

export type { VocabularyEntry }

const civilStatus: VocabularyEntry[] = [
  {
    words: ['giấy khai sinh', 'làm khai sinh', 'khai sinh cho con', 'khai sinh cho bé', 'làm giấy khai sinh'],
    expandsTo: ['đăng ký khai sinh'],
    note: 'Người dân gọi theo giấy tờ nhận được; thủ tục là "đăng ký khai sinh".',
  },
  {
    words: ['giấy kết hôn', 'giấy hôn thú', 'hôn thú', 'làm giấy kết hôn', 'đăng ký cưới'],
    expandsTo: ['đăng ký kết hôn'],
  },
  {
    words: ['giấy chứng tử', 'chứng tử', 'báo tử', 'giấy báo tử', 'khai báo tử'],
    expandsTo: ['đăng ký khai tử'],
  },
  {
    words: ['độc thân', 'giấy độc thân', 'xác nhận độc thân', 'giấy xác nhận độc thân'],
    expandsTo: ['xác nhận tình trạng hôn nhân'],
    note: 'Giấy xác nhận độc thân là tên thường gọi của Giấy xác nhận tình trạng hôn nhân.',
  },
  {
    words: ['trích lục khai sinh', 'trích lục kết hôn', 'trích lục khai tử', 'bản sao khai sinh', 'sao lục khai sinh'],
    expandsTo: ['trích lục hộ tịch', 'bản sao giấy khai sinh'],
  },
  {
    words: ['mất giấy khai sinh', 'làm lại giấy khai sinh', 'cấp lại giấy khai sinh', 'xin lại giấy khai sinh', 'khai sinh lại'],
    expandsTo: ['đăng ký lại khai sinh', 'bản sao giấy khai sinh'],
    note: 'Còn sổ hộ tịch thì cấp bản sao trích lục; sổ đã mất thì đăng ký lại khai sinh.',
  },
  {
    words: ['đổi tên con', 'đổi tên khai sinh', 'sửa tên', 'đổi họ', 'sửa ngày sinh', 'sửa năm sinh', 'sửa giấy khai sinh', 'sai giấy khai sinh'],
    expandsTo: ['cải chính', 'thông tin hộ tịch'],
    note: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch.',
  },
  {
    words: ['đổi dân tộc', 'sửa dân tộc', 'xác định dân tộc'],
    expandsTo: ['xác định lại dân tộc'],
  },
  {
    words: ['nhận bố', 'nhận bố con', 'nhận mẹ con', 'nhận con ruột', 'con ngoài giá thú'],
    expandsTo: ['nhận cha'],
    note: 'Thủ tục "đăng ký nhận cha, mẹ, con"; dấu phẩy cắt cụm từ nên đích là "nhận cha".',
  },
  {
    words: ['xin con nuôi', 'nhận con nuôi', 'nhận nuôi'],
    expandsTo: ['nuôi con nuôi'],
  },
  {
    words: ['ly dị', 'li dị', 'li hôn'],
    expandsTo: ['ly hôn'],
    note: 'Ly hôn do Tòa án giải quyết; thủ tục hành chính chỉ là ghi vào sổ hộ tịch việc ly hôn ở nước ngoài.',
  },
  {
    words: ['ghi chú kết hôn', 'ghi chú ly hôn'],
    expandsTo: ['ghi vào sổ hộ tịch việc kết hôn', 'ghi vào sổ hộ tịch việc ly hôn'],
    note: 'Tên cũ (trước Luật Hộ tịch 2014) của thủ tục ghi vào sổ hộ tịch việc kết hôn, ly hôn đã giải quyết ở nước ngoài.',
  },
  {
    words: ['lấy chồng nước ngoài', 'lấy vợ nước ngoài', 'lấy chồng ngoại', 'lấy vợ ngoại', 'kết hôn với người nước ngoài'],
    expandsTo: ['kết hôn có yếu tố nước ngoài'],
  },
  {
    words: ['bhyt cho trẻ', 'bhyt trẻ em', 'thẻ bhyt cho bé', 'bảo hiểm y tế trẻ em'],
    expandsTo: ['trẻ em dưới 6 tuổi'],
    note: 'Liên thông đăng ký khai sinh, thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi.',
  },
]

const residence: VocabularyEntry[] = [
  {
    words: ['hộ khẩu', 'sổ hộ khẩu', 'nhập hộ khẩu', 'chuyển hộ khẩu', 'đăng ký hộ khẩu', 'kt1', 'kt2'],
    expandsTo: ['đăng ký thường trú'],
    note: 'Sổ hộ khẩu hết giá trị từ 01/01/2023 (Luật Cư trú 2020); nay là đăng ký thường trú. KT1, KT2: cách gọi cũ của diện thường trú.',
  },
  {
    words: ['cắt hộ khẩu', 'cắt khẩu', 'xóa hộ khẩu', 'xoá hộ khẩu', 'chuyển khẩu đi'],
    expandsTo: ['xóa đăng ký thường trú'],
  },
  {
    words: ['tách khẩu', 'tách hộ khẩu', 'tách sổ hộ khẩu'],
    expandsTo: ['tách hộ'],
  },
  {
    words: ['sổ tạm trú', 'làm tạm trú', 'kt3', 'kt4', 'đăng ký ở trọ'],
    expandsTo: ['đăng ký tạm trú'],
    note: 'KT3, KT4: cách gọi cũ của diện tạm trú (thời sổ tạm trú).',
  },
  {
    words: ['báo tạm vắng', 'đăng ký tạm vắng', 'trình báo tạm vắng'],
    expandsTo: ['khai báo tạm vắng'],
  },
  {
    words: ['khai báo lưu trú', 'báo lưu trú', 'trình báo lưu trú', 'báo khách lưu trú'],
    expandsTo: ['thông báo lưu trú'],
  },
  {
    words: ['giấy xác nhận cư trú', 'xác nhận cư trú', 'ct07', 'mẫu ct07', 'xác nhận nơi cư trú', 'xác nhận thường trú'],
    expandsTo: ['xác nhận thông tin về cư trú'],
    note: 'CT07 là mẫu Giấy xác nhận thông tin về cư trú.',
  },
]

const identity: VocabularyEntry[] = [
  {
    words: ['cccd', 'căn cước công dân', 'thẻ cccd', 'cccd gắn chip', 'căn cước gắn chip', 'thẻ căn cước công dân'],
    expandsTo: ['thẻ căn cước'],
    note: 'Từ 01/7/2024 thẻ Căn cước công dân gọi là thẻ căn cước (Luật Căn cước 2023).',
  },
  {
    words: ['làm căn cước', 'làm cccd', 'làm thẻ căn cước', 'cấp căn cước', 'làm căn cước lần đầu'],
    expandsTo: ['cấp thẻ căn cước'],
  },
  {
    words: ['mất căn cước', 'mất cccd', 'mất thẻ căn cước', 'làm lại căn cước', 'làm lại cccd'],
    expandsTo: ['cấp lại thẻ căn cước'],
  },
  {
    words: ['đổi căn cước', 'đổi cccd', 'đổi thẻ căn cước', 'cccd hết hạn', 'căn cước hết hạn'],
    expandsTo: ['cấp đổi thẻ căn cước'],
  },
  {
    words: ['căn cước cho trẻ em', 'căn cước cho con', 'căn cước cho bé', 'cccd cho trẻ em', 'căn cước trẻ em'],
    expandsTo: ['thẻ căn cước cho người dưới 14 tuổi'],
  },
  {
    words: ['chứng minh nhân dân', 'cmnd', 'cmt', 'chứng minh thư', 'làm chứng minh thư'],
    expandsTo: ['thẻ căn cước'],
    note: 'Chứng minh nhân dân không còn được cấp; người dân vẫn gọi thẻ căn cước như vậy.',
  },
  {
    words: ['xác nhận số cmnd', 'giấy xác nhận cmnd', 'xác nhận cmnd cũ', 'cmnd cũ'],
    expandsTo: ['xác nhận số chứng minh nhân dân'],
    note: 'Giấy xác nhận số CMND 9 số cũ và số định danh cá nhân, dùng khi giấy tờ cũ ghi số CMND.',
  },
  {
    words: ['vneid', 'tài khoản vneid', 'định danh mức 2', 'định danh mức độ 2', 'định danh điện tử mức 2'],
    expandsTo: ['tài khoản định danh điện tử'],
  },
  {
    words: ['mã định danh', 'số định danh', 'mã định danh cá nhân'],
    expandsTo: ['số định danh cá nhân'],
  },
]

const travel: VocabularyEntry[] = [
  { words: ['hộ chiếu', 'passport'], note: 'Người dân dùng cả từ tiếng Anh.' },
  {
    words: ['làm hộ chiếu', 'làm passport', 'xin hộ chiếu', 'đổi hộ chiếu', 'gia hạn hộ chiếu', 'hộ chiếu hết hạn'],
    expandsTo: ['cấp hộ chiếu phổ thông'],
    note: 'Hộ chiếu phổ thông không gia hạn; hết hạn thì làm hộ chiếu mới.',
  },
  {
    words: ['mất hộ chiếu', 'mất passport', 'báo mất hộ chiếu'],
    expandsTo: ['trình báo mất hộ chiếu phổ thông'],
  },
  { words: ['visa', 'thị thực'] },
  {
    words: ['e-visa', 'evisa', 'visa điện tử'],
    expandsTo: ['thị thực điện tử'],
  },
  {
    words: ['gia hạn visa', 'gia hạn thị thực'],
    expandsTo: ['gia hạn tạm trú'],
    note: 'Người nước ngoài muốn ở lâu hơn thì xin gia hạn tạm trú (hoặc cấp thị thực mới).',
  },
  {
    words: ['thẻ apec', 'apec'],
    expandsTo: ['thẻ abtc'],
    note: 'ABTC: thẻ đi lại của doanh nhân APEC.',
  },
  {
    words: ['nhập tịch', 'xin quốc tịch', 'vào quốc tịch việt nam'],
    expandsTo: ['nhập quốc tịch'],
  },
  {
    words: ['thôi tịch', 'bỏ quốc tịch', 'từ bỏ quốc tịch'],
    expandsTo: ['thôi quốc tịch'],
  },
  {
    words: ['việt kiều', 'kiều bào'],
    expandsTo: ['người việt nam định cư ở nước ngoài', 'người gốc việt nam'],
  },
]

const vehicles: VocabularyEntry[] = [
  { words: ['gplx', 'giấy phép lái xe'] },
  {
    words: ['bằng lái', 'bằng lái xe', 'bằng xe máy', 'bằng lái xe máy', 'bằng ô tô', 'bằng lái ô tô', 'bằng a1', 'bằng b2', 'bằng lái oto'],
    expandsTo: ['giấy phép lái xe'],
  },
  {
    words: ['thi bằng lái', 'thi gplx', 'thi lái xe', 'thi bằng xe máy', 'thi bằng ô tô'],
    expandsTo: ['cấp giấy phép lái xe'],
    note: 'Sát hạch rồi được cấp giấy phép lái xe.',
  },
  {
    words: ['đổi bằng lái', 'đổi gplx', 'đổi bằng lái xe', 'bằng lái hết hạn', 'gplx hết hạn', 'đổi bằng pet'],
    expandsTo: ['đổi giấy phép lái xe'],
  },
  {
    words: ['mất bằng lái', 'mất gplx', 'mất bằng lái xe', 'làm lại bằng lái'],
    expandsTo: ['cấp lại giấy phép lái xe'],
  },
  {
    words: ['bằng lái quốc tế', 'gplx quốc tế', 'idp'],
    expandsTo: ['giấy phép lái xe quốc tế'],
  },
  {
    words: ['cà vẹt', 'cavet', 'cà vẹt xe', 'giấy đăng ký xe', 'đăng ký xe máy', 'đăng ký ô tô'],
    expandsTo: ['chứng nhận đăng ký xe'],
    note: '"Cà vẹt" (từ tiếng Pháp carte verte) là giấy chứng nhận đăng ký xe.',
  },
  {
    words: ['sang tên xe', 'sang tên xe máy', 'sang tên ô tô', 'mua xe cũ', 'bán xe'],
    expandsTo: ['thay đổi chủ xe'],
  },
  {
    words: ['bấm biển', 'bấm biển số', 'làm biển số', 'cấp biển'],
    expandsTo: ['biển số xe'],
    note: 'Biển số được cấp khi đăng ký xe lần đầu.',
  },
  {
    words: ['rút hồ sơ gốc', 'rút hồ sơ xe', 'cắt hồ sơ xe', 'hủy đăng ký xe'],
    expandsTo: ['thu hồi chứng nhận đăng ký xe'],
    note: 'Từ 2023 không còn "rút hồ sơ gốc"; chủ xe làm thủ tục thu hồi chứng nhận đăng ký, biển số.',
  },
  { words: ['xe máy'], expandsTo: ['xe mô tô', 'xe gắn máy'], note: 'Văn bản viết "xe mô tô, xe gắn máy".' },
  { words: ['xe hơi', 'oto', 'ôtô'], expandsTo: ['xe ô tô'] },
  {
    words: ['đăng kiểm xe', 'đăng kiểm ô tô', 'kiểm định xe', 'tem đăng kiểm'],
    expandsTo: ['tem kiểm định'],
  },
]

const land: VocabularyEntry[] = [
  {
    words: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'sổ đất', 'sổ nhà đất'],
    expandsTo: ['giấy chứng nhận quyền sử dụng đất'],
    note: 'Sổ đỏ, sổ hồng là tên thường gọi của Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.',
  },
  { words: ['qsdđ', 'quyền sử dụng đất'] },
  { words: ['gcn', 'giấy chứng nhận'] },
  {
    words: ['làm sổ đỏ', 'cấp sổ đỏ', 'làm sổ đỏ lần đầu', 'cấp sổ lần đầu'],
    expandsTo: ['đăng ký đất đai'],
    note: 'Cấp lần đầu: đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu.',
  },
  {
    words: ['mất sổ đỏ', 'mất sổ hồng', 'làm lại sổ đỏ', 'cấp lại sổ đỏ'],
    expandsTo: ['cấp lại giấy chứng nhận do bị mất'],
  },
  {
    words: ['đổi sổ đỏ', 'cấp đổi sổ đỏ', 'đổi sổ hồng', 'sổ đỏ bị rách'],
    expandsTo: ['cấp đổi giấy chứng nhận quyền sử dụng đất'],
  },
  {
    words: ['sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên đất', 'sang tên nhà đất', 'mua bán đất', 'bán đất', 'mua đất', 'chuyển nhượng đất'],
    expandsTo: ['chuyển nhượng quyền sử dụng đất', 'đăng ký biến động'],
  },
  {
    words: ['tách sổ', 'tách sổ đỏ', 'tách đất', 'chia đất', 'tách thửa đất'],
    expandsTo: ['tách thửa'],
  },
  {
    words: ['gộp sổ', 'gộp sổ đỏ', 'gộp thửa', 'nhập thửa'],
    expandsTo: ['hợp thửa'],
  },
  {
    words: ['lên thổ cư', 'chuyển lên thổ cư', 'chuyển đổi đất', 'chuyển đất nông nghiệp', 'chuyển đất vườn'],
    expandsTo: ['chuyển mục đích sử dụng đất'],
  },
  { words: ['thổ cư', 'đất thổ cư'], expandsTo: ['đất ở'] },
  {
    words: ['tặng đất', 'cho tặng đất', 'cho con đất', 'thừa kế đất', 'để lại đất'],
    expandsTo: ['tặng cho quyền sử dụng đất', 'thừa kế'],
  },
  {
    words: ['thế chấp sổ đỏ', 'thế chấp đất', 'thế chấp nhà đất', 'thế chấp nhà', 'vay thế chấp'],
    expandsTo: ['biện pháp bảo đảm bằng quyền sử dụng đất'],
    note: 'Thế chấp là một biện pháp bảo đảm; đăng ký tại văn phòng đăng ký đất đai.',
  },
  {
    words: ['xóa thế chấp', 'xoá thế chấp', 'giải chấp'],
    expandsTo: ['xóa đăng ký biện pháp bảo đảm'],
  },
  {
    words: ['thuế trước bạ', 'phí trước bạ', 'nộp trước bạ'],
    expandsTo: ['lệ phí trước bạ'],
  },
  {
    words: ['thuế đất', 'thuế nhà đất', 'thuế đất ở'],
    expandsTo: ['thuế sử dụng đất phi nông nghiệp'],
  },
  {
    words: ['thuế bán nhà', 'thuế bán đất', 'thuế mua bán nhà đất', 'thuế chuyển nhượng nhà đất'],
    expandsTo: ['chuyển nhượng bất động sản'],
  },
]

const housingAndConstruction: VocabularyEntry[] = [
  {
    words: ['noxh', 'nhà xã hội', 'mua nhà xã hội', 'thuê nhà xã hội'],
    expandsTo: ['nhà ở xã hội'],
  },
  { words: ['bđs', 'bất động sản'] },
  {
    words: ['môi giới nhà đất', 'chứng chỉ môi giới', 'cò đất'],
    expandsTo: ['môi giới bất động sản'],
  },
  {
    words: ['gpxd', 'xin phép xây dựng', 'xin phép xây nhà', 'giấy phép xây nhà'],
    expandsTo: ['giấy phép xây dựng'],
  },
  {
    words: ['xây nhà', 'xây nhà ở', 'nhà phố', 'nhà dân'],
    expandsTo: ['nhà ở riêng lẻ'],
    note: 'Văn bản gọi nhà của hộ gia đình, cá nhân là "nhà ở riêng lẻ".',
  },
  {
    words: ['sửa nhà', 'sửa chữa nhà', 'cải tạo nhà', 'nâng tầng', 'xin phép sửa nhà'],
    expandsTo: ['giấy phép xây dựng sửa chữa'],
  },
  { words: ['cchn', 'chứng chỉ hành nghề'] },
  { words: ['pccc', 'phòng cháy chữa cháy'] },
]

const business: VocabularyEntry[] = [
  {
    words: ['thành lập công ty', 'mở công ty', 'lập công ty', 'đăng ký công ty', 'mở doanh nghiệp', 'thành lập doanh nghiệp'],
    expandsTo: ['đăng ký thành lập công ty', 'đăng ký doanh nghiệp'],
  },
  { words: ['cty'], expandsTo: ['công ty'] },
  { words: ['tnhh', 'trách nhiệm hữu hạn'] },
  { words: ['mtv', 'một thành viên'] },
  {
    words: ['giấy phép kinh doanh', 'gpkd', 'đăng ký kinh doanh', 'đkkd', 'giấy đăng ký kinh doanh'],
    expandsTo: ['giấy chứng nhận đăng ký doanh nghiệp', 'giấy chứng nhận đăng ký hộ kinh doanh'],
    note: 'Người dân gọi chung là "giấy phép kinh doanh".',
  },
  { words: ['hkd', 'hộ kinh doanh'] },
  {
    words: ['kinh doanh cá thể', 'hộ cá thể', 'mở cửa hàng', 'mở quán'],
    expandsTo: ['đăng ký thành lập hộ kinh doanh'],
  },
  {
    words: ['giải thể công ty', 'đóng cửa công ty', 'đóng công ty', 'dừng hoạt động công ty'],
    expandsTo: ['giải thể doanh nghiệp'],
  },
  {
    words: ['đóng hộ kinh doanh', 'đóng cửa hộ kinh doanh', 'ngừng hộ kinh doanh', 'dẹp hộ kinh doanh'],
    expandsTo: ['chấm dứt hoạt động hộ kinh doanh'],
  },
  {
    words: ['tạm nghỉ kinh doanh', 'tạm dừng kinh doanh', 'tạm ngưng kinh doanh', 'nghỉ kinh doanh'],
    expandsTo: ['tạm ngừng kinh doanh'],
  },
  {
    words: ['đổi tên công ty', 'đổi tên doanh nghiệp'],
    expandsTo: ['đổi tên của doanh nghiệp'],
  },
  {
    words: ['đổi địa chỉ công ty', 'chuyển trụ sở', 'đổi trụ sở', 'chuyển địa chỉ công ty'],
    expandsTo: ['thay đổi địa chỉ trụ sở chính'],
  },
  {
    words: ['thêm ngành nghề', 'bổ sung ngành nghề', 'đổi ngành nghề', 'thay đổi ngành nghề'],
    expandsTo: ['nghề kinh doanh'],
    note: 'Tên thủ tục viết "ngành, nghề kinh doanh"; dấu phẩy cắt cụm từ.',
  },
  {
    words: ['tăng vốn', 'giảm vốn', 'tăng vốn điều lệ', 'thay đổi vốn'],
    expandsTo: ['thay đổi vốn điều lệ'],
  },
  {
    words: ['đổi giám đốc', 'đổi người đại diện', 'thay người đại diện', 'đổi người đại diện pháp luật'],
    expandsTo: ['thay đổi người đại diện theo pháp luật'],
  },
  {
    words: ['khắc dấu', 'làm con dấu', 'đăng ký con dấu', 'con dấu công ty', 'mẫu dấu'],
    expandsTo: ['mẫu con dấu'],
  },
  { words: ['htx', 'hợp tác xã'] },
  {
    words: ['fdi', 'vốn nước ngoài', 'doanh nghiệp fdi'],
    expandsTo: ['nhà đầu tư nước ngoài'],
  },
]

const tax: VocabularyEntry[] = [
  { words: ['mst', 'mã số thuế'] },
  {
    words: ['làm mã số thuế', 'đăng ký mã số thuế', 'xin mã số thuế', 'mã số thuế cá nhân', 'mst cá nhân'],
    expandsTo: ['đăng ký thuế lần đầu'],
  },
  {
    words: ['đóng mã số thuế', 'khóa mã số thuế', 'hủy mã số thuế', 'đóng mst'],
    expandsTo: ['chấm dứt hiệu lực mã số thuế'],
  },
  { words: ['tncn', 'thu nhập cá nhân'] },
  { words: ['tndn', 'thu nhập doanh nghiệp'] },
  { words: ['gtgt', 'giá trị gia tăng'] },
  { words: ['vat', 'thuế vat', 'hóa đơn đỏ'], expandsTo: ['giá trị gia tăng'] },
  {
    words: ['giảm trừ gia cảnh', 'đăng ký người phụ thuộc', 'npt'],
    expandsTo: ['người phụ thuộc'],
  },
]

const socialInsurance: VocabularyEntry[] = [
  { words: ['bhxh', 'bảo hiểm xã hội'] },
  { words: ['bhyt', 'bảo hiểm y tế'] },
  { words: ['bhtn', 'bảo hiểm thất nghiệp'] },
  { words: ['tnlđ', 'tai nạn lao động'] },
  { words: ['bnn', 'bệnh nghề nghiệp'] },
  { words: ['kcb', 'khám chữa bệnh'] },
  {
    words: ['rút bảo hiểm', 'rút bhxh', 'rút sổ bảo hiểm', 'rút bảo hiểm một lần', 'lấy bảo hiểm một lần', 'bhxh một lần'],
    expandsTo: ['bảo hiểm xã hội một lần'],
  },
  { words: ['sổ bảo hiểm', 'sổ bảo hiểm xã hội', 'thẻ bảo hiểm', 'thẻ bảo hiểm y tế'], expandsTo: ['sổ bhxh', 'thẻ bhyt'] },
  {
    words: ['mất sổ bảo hiểm', 'mất thẻ bảo hiểm', 'mất thẻ bhyt', 'gộp sổ bảo hiểm', 'sai thông tin sổ bảo hiểm'],
    expandsTo: ['điều chỉnh thông tin trên sổ bhxh'],
    note: 'Thủ tục "Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT".',
  },
  {
    words: ['mua bảo hiểm y tế', 'mua bhyt', 'bhyt hộ gia đình', 'bảo hiểm y tế hộ gia đình', 'bhyt tự nguyện'],
    expandsTo: ['người chỉ tham gia bhyt'],
  },
  {
    words: ['thanh toán bhyt', 'hoàn tiền bhyt', 'hoàn tiền bảo hiểm y tế', 'thanh toán bảo hiểm y tế'],
    expandsTo: ['thanh toán trực tiếp chi phí khám'],
  },
  {
    words: ['nghỉ sinh', 'nghỉ đẻ', 'tiền thai sản', 'trợ cấp thai sản', 'bảo hiểm thai sản'],
    expandsTo: ['chế độ thai sản'],
  },
  {
    words: ['nghỉ ốm', 'tiền ốm', 'trợ cấp ốm đau'],
    expandsTo: ['chế độ ốm đau'],
  },
  {
    words: ['dưỡng sức', 'nghỉ dưỡng sức', 'dưỡng sức phục hồi sức khỏe'],
    expandsTo: ['dsphsk'],
    note: 'DSPHSK: dưỡng sức, phục hồi sức khỏe.',
  },
  {
    words: ['nghỉ hưu', 'về hưu', 'hưởng lương hưu', 'lương hưu trí'],
    expandsTo: ['lương hưu'],
  },
  {
    words: ['tiền tuất', 'trợ cấp tuất', 'mai táng phí', 'trợ cấp mai táng', 'tiền mai táng'],
    expandsTo: ['chế độ tử tuất'],
  },
  {
    words: ['lãnh thất nghiệp', 'lĩnh thất nghiệp', 'hưởng thất nghiệp', 'nhận thất nghiệp', 'tiền thất nghiệp', 'bảo hiểm thất nghiệp'],
    expandsTo: ['trợ cấp thất nghiệp'],
    note: 'Thủ tục hưởng trợ cấp thất nghiệp (Bộ Nội vụ) chưa có trong dữ liệu; hiện chỉ có ủy quyền lĩnh thay.',
  },
  {
    words: ['lĩnh thay', 'nhận lương hưu thay', 'ủy quyền nhận lương hưu', 'uỷ quyền nhận thay'],
    expandsTo: ['ủy quyền lĩnh thay'],
  },
]

const justice: VocabularyEntry[] = [
  { words: ['lltp', 'lý lịch tư pháp'] },
  { words: ['lý lịch', 'lí lịch'], note: 'Chính tả i/y: tìm kiếm bỏ dấu nhưng không đồng nhất i với y.' },
  {
    words: ['lý lịch tư pháp số 1', 'lý lịch tư pháp số 2', 'lltp số 1', 'lltp số 2', 'không tiền án', 'tiền án tiền sự', 'xác nhận không tiền án', 'án tích'],
    expandsTo: ['phiếu lý lịch tư pháp'],
    note: 'Phiếu số 1, số 2; người dân gọi là giấy "không tiền án tiền sự".',
  },
  {
    words: ['sao y', 'sao y bản chính', 'photo công chứng', 'công chứng bản sao', 'công chứng giấy tờ'],
    expandsTo: ['chứng thực bản sao từ bản chính'],
    note: 'Người dân quen gọi là "công chứng"; bản sao do UBND cấp xã hoặc tổ chức hành nghề công chứng chứng thực.',
  },
  {
    words: ['công chứng chữ ký', 'xác nhận chữ ký', 'thị thực chữ ký'],
    expandsTo: ['chứng thực chữ ký'],
  },
  {
    words: ['dịch công chứng', 'dịch thuật công chứng', 'công chứng bản dịch', 'chứng thực bản dịch'],
    expandsTo: ['chứng thực chữ ký người dịch'],
  },
  {
    words: ['công chứng hợp đồng', 'chứng thực hợp đồng', 'công chứng mua bán'],
    expandsTo: ['chứng thực giao dịch'],
  },
  {
    words: ['làm di chúc', 'viết di chúc', 'công chứng di chúc'],
    expandsTo: ['chứng thực di chúc'],
  },
  {
    words: ['chia thừa kế', 'khai nhận di sản', 'khai nhận thừa kế', 'chia tài sản thừa kế', 'từ chối thừa kế'],
    expandsTo: ['phân chia di sản', 'từ chối nhận di sản'],
  },
  {
    words: ['luật sư miễn phí', 'tư vấn pháp luật miễn phí', 'trợ giúp luật'],
    expandsTo: ['trợ giúp pháp lý'],
  },
  { words: ['thads', 'thi hành án dân sự'] },
  {
    words: ['khiếu kiện', 'đơn khiếu nại', 'đơn kiện'],
    expandsTo: ['khiếu nại'],
  },
]

const defenceAndPolicy: VocabularyEntry[] = [
  {
    words: ['nvqs', 'đi nghĩa vụ', 'đi bộ đội', 'khám nghĩa vụ', 'đăng ký nghĩa vụ', 'tòng quân'],
    expandsTo: ['nghĩa vụ quân sự'],
  },
  { words: ['ra quân', 'bộ đội xuất ngũ'], expandsTo: ['xuất ngũ', 'phục viên'] },
  { words: ['liệt sĩ', 'liệt sỹ'], note: 'Văn bản dùng cả hai cách viết.' },
  { words: ['chất độc da cam', 'da cam'], expandsTo: ['chất độc hoá học'] },
  {
    words: ['xin hộ nghèo', 'sổ hộ nghèo', 'giấy chứng nhận hộ nghèo', 'xét hộ nghèo', 'xét hộ cận nghèo'],
    expandsTo: ['công nhận hộ nghèo'],
  },
  {
    words: ['giấy phép an ninh trật tự', 'giấy an ninh trật tự', 'anttt', 'điều kiện an ninh trật tự'],
    expandsTo: ['đủ điều kiện về an ninh'],
    note: 'Ngành nghề kinh doanh có điều kiện về an ninh, trật tự (karaoke, cầm đồ, lưu trú...).',
  },
  { words: ['súng', 'súng săn', 'súng hơi', 'súng thể thao'], expandsTo: ['vũ khí'] },
  { words: ['pháo', 'bắn pháo hoa', 'pháo hoa tết'], expandsTo: ['pháo hoa'] },
  {
    words: ['flycam', 'drone', 'máy bay không người lái', 'bay flycam', 'thiết bị bay'],
    expandsTo: ['tàu bay không người lái', 'phương tiện bay siêu nhẹ'],
    note: 'Bay flycam phải xin cấp phép bay (Bộ Quốc phòng).',
  },
]

const environmentAndOther: VocabularyEntry[] = [
  { words: ['khoan giếng', 'giếng khoan', 'đào giếng'], expandsTo: ['nước dưới đất'] },
  { words: ['đtm', 'đánh giá tác động môi trường'] },
  {
    words: ['giấy phép đánh bắt', 'giấy phép đánh cá', 'đánh bắt cá', 'đánh bắt hải sản'],
    expandsTo: ['khai thác thủy sản'],
  },
  {
    words: ['bằng thuyền trưởng', 'bằng máy trưởng', 'bằng lái tàu', 'bằng lái thuyền', 'bằng lái ca nô'],
    expandsTo: ['giấy chứng nhận khả năng chuyên môn', 'chứng chỉ chuyên môn'],
  },
  { words: ['ubnd', 'ủy ban nhân dân'] },
  { words: ['dvc', 'dịch vụ công'] },
  { words: ['online', 'qua mạng', 'làm online', 'nộp online'], expandsTo: ['trực tuyến'] },
]

/**
 * Spellings with i or y after a consonant are both in use: "đăng kí" is as common as "đăng ký",
 * and a two-letter word gets no typo allowance. (Tone-mark placement, "hoà"/"hòa", needs no entry:
 * search ignores diacritics.)
 */
const spelling: VocabularyEntry[] = [
  { words: ['ký', 'kí'], note: 'Hai cách viết đều phổ biến (đăng ký / đăng kí).' },
  { words: ['kỹ', 'kĩ'], note: 'Hai cách viết (kỹ thuật / kĩ thuật).' },
  { words: ['lý', 'lí'], note: 'Hai cách viết (lý lịch / lí lịch, quản lý / quản lí).' },
  { words: ['quý', 'quí'], note: 'Hai cách viết.' },
  { words: ['mỹ', 'mĩ'], note: 'Hai cách viết (mỹ thuật / mĩ thuật).' },
  { words: ['sỹ', 'sĩ'], note: 'Hai cách viết (bác sỹ / bác sĩ).' },
]

/** Everyday words and abbreviations → official wording, for procedures (see the rules above). */
export const starterVocabulary: VocabularyEntry[] = [
  ...spelling,
  ...civilStatus,
  ...residence,
  ...identity,
  ...travel,
  ...vehicles,
  ...land,
  ...housingAndConstruction,
  ...business,
  ...tax,
  ...socialInsurance,
  ...justice,
  ...defenceAndPolicy,
  ...environmentAndOther,
]
