/** One paragraph of a generated page: centred (headings) or left-aligned and wrapped (body). */
export type Paragraph = { text: string; align?: 'left' | 'center' };

/** One generated page: its paragraphs, top to bottom. */
export type PageSpec = readonly Paragraph[];

const center = (text: string): Paragraph => ({ text, align: 'center' });
const left = (text: string): Paragraph => ({ text, align: 'left' });

/**
 * The first page of a decision (quyết định) of a provincial People's Committee, laid out in one column. The fixture
 * PDFs under `fixtures/` are made from this page.
 */
export const QUYET_DINH_PAGE: PageSpec = [
  center('ỦY BAN NHÂN DÂN TỈNH THANH HÓA'),
  center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  center('Độc lập - Tự do - Hạnh phúc'),
  center('Số: 1234/QĐ-UBND            Thanh Hóa, ngày 15 tháng 3 năm 2026'),
  center('QUYẾT ĐỊNH'),
  center('Về việc phê duyệt kế hoạch chuyển đổi số năm 2026'),
  center('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA'),
  left('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;'),
  left('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'),
  left('Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 56/TTr-SKHCN ngày 02 tháng 3 năm 2026.'),
  center('QUYẾT ĐỊNH:'),
  left(
    'Điều 1. Phê duyệt kế hoạch chuyển đổi số năm 2026 của tỉnh Thanh Hóa, với mục tiêu trăm phần trăm văn bản ' +
      'đi và đến được xử lý trên môi trường điện tử, trừ văn bản mật.',
  ),
  left(
    'Điều 2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, ' +
      'phường tổ chức thực hiện; định kỳ hằng quý báo cáo kết quả về Ủy ban nhân dân tỉnh.',
  ),
  left(
    'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, thủ trưởng các ' +
      'đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.',
  ),
];

/** An official letter (công văn) of a commune People's Committee about archive digitisation. */
export const CONG_VAN_PAGE: PageSpec = [
  center('ỦY BAN NHÂN DÂN XÃ HOẰNG HÓA'),
  center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  center('Độc lập - Tự do - Hạnh phúc'),
  center('Số: 87/UBND-VP            Hoằng Hóa, ngày 07 tháng 4 năm 2026'),
  center('V/v số hóa tài liệu lưu trữ giai đoạn 2026 - 2030'),
  center('Kính gửi: Sở Nội vụ tỉnh Thanh Hóa'),
  left(
    'Thực hiện Kế hoạch số 112/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về số hóa tài liệu ' +
      'lưu trữ, Ủy ban nhân dân xã Hoằng Hóa báo cáo như sau:',
  ),
  left(
    '1. Tổng số hồ sơ đang bảo quản tại kho lưu trữ của xã là 4.826 hồ sơ, trong đó 1.254 hồ sơ có thời hạn ' +
      'bảo quản vĩnh viễn cần được ưu tiên số hóa trước.',
  ),
  left(
    '2. Đến hết quý I năm 2026, xã đã quét và kiểm tra chất lượng 318 hồ sơ; việc đọc nội dung bằng máy và đối ' +
      'chiếu với bản gốc được thực hiện theo đúng hướng dẫn nghiệp vụ.',
  ),
  left(
    '3. Đề nghị Sở Nội vụ hỗ trợ tập huấn cho công chức văn phòng - thống kê về quy trình số hóa, bảo đảm an ' +
      'toàn thông tin và quản lý dữ liệu đặc tả của tài liệu.',
  ),
  left('Ủy ban nhân dân xã Hoằng Hóa trân trọng đề nghị./.'),
  left('Nơi nhận: Như trên; Chủ tịch, các Phó Chủ tịch UBND xã; Lưu: VT, VP.'),
];

/** A notice (thông báo) of a meeting's conclusions. */
export const THONG_BAO_PAGE: PageSpec = [
  center('VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH'),
  center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  center('Độc lập - Tự do - Hạnh phúc'),
  center('Số: 45/TB-VPUB            Thanh Hóa, ngày 22 tháng 5 năm 2026'),
  center('THÔNG BÁO'),
  center('Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp trực tuyến'),
  center('về tiến độ giải quyết thủ tục hành chính quý II năm 2026'),
  left(
    'Ngày 20 tháng 5 năm 2026, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp trực tuyến với 27 ' +
      'điểm cầu cấp xã. Sau khi nghe báo cáo của Văn phòng và ý kiến các đại biểu, đồng chí kết luận:',
  ),
  left(
    'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt 99,2%, tăng 0,6% so với cùng kỳ; tuy nhiên ' +
      'vẫn còn 14 hồ sơ quá hạn về lĩnh vực đất đai và xây dựng.',
  ),
  left(
    'Yêu cầu thủ trưởng các cơ quan, đơn vị kiểm tra, xử lý dứt điểm hồ sơ quá hạn trước ngày 15 tháng 6 năm ' +
      '2026; gửi văn bản xin lỗi tổ chức, công dân theo đúng quy định.',
  ),
  left(
    'Giao Sở Khoa học và Công nghệ bảo đảm hệ thống một cửa điện tử vận hành thông suốt, kết nối liên thông ' +
      'với Cổng dịch vụ công quốc gia, không để xảy ra tình trạng nghẽn văn bản.',
  ),
  left('Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.'),
];

/** A plan (kế hoạch) for training commune staff. */
export const KE_HOACH_PAGE: PageSpec = [
  center('ĐẢNG ỦY XÃ QUẢNG PHÚ'),
  center('ĐẢNG CỘNG SẢN VIỆT NAM'),
  center('Số: 09-KH/ĐU            Quảng Phú, ngày 03 tháng 02 năm 2026'),
  center('KẾ HOẠCH'),
  center('Bồi dưỡng kỹ năng số cho cán bộ, công chức năm 2026'),
  left(
    'I. MỤC ĐÍCH, YÊU CẦU: Nâng cao kỹ năng sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số, họp ' +
      'trực tuyến cho toàn thể cán bộ, công chức, người lao động của xã.',
  ),
  left(
    'II. NỘI DUNG: Hướng dẫn tiếp nhận, đăng ký văn bản đến; trình ký, phát hành văn bản đi; tra cứu văn bản ' +
      'theo số, ký hiệu, trích yếu; lập hồ sơ điện tử và nộp lưu vào lưu trữ cơ quan.',
  ),
  left(
    'III. THỜI GIAN, ĐỊA ĐIỂM: Tổ chức 04 lớp, mỗi lớp 02 ngày, từ tháng 3 đến tháng 6 năm 2026 tại hội trường ' +
      'Ủy ban nhân dân xã; kinh phí từ nguồn ngân sách xã đã được phê duyệt.',
  ),
  left(
    'IV. TỔ CHỨC THỰC HIỆN: Văn phòng Đảng ủy phối hợp với bộ phận Văn phòng - Thống kê chuẩn bị tài liệu, ' +
      'theo dõi, đánh giá kết quả và báo cáo Ban Thường vụ Đảng ủy sau mỗi lớp học.',
  ),
];

/** Every generated kind of page, for benchmarks that want varied text. */
export const OFFICIAL_PAGES: readonly PageSpec[] = [QUYET_DINH_PAGE, CONG_VAN_PAGE, THONG_BAO_PAGE, KE_HOACH_PAGE];

/** Phrases whose diacritics a reader of `QUYET_DINH_PAGE` must get right (tests assert each one is found). */
export const QUYET_DINH_KEY_PHRASES = [
  'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'QUYẾT ĐỊNH',
  'Về việc phê duyệt kế hoạch chuyển đổi số năm 2026',
  'Độc lập - Tự do - Hạnh phúc',
] as const;
