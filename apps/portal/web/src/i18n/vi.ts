/**
 * Vietnamese texts: the portal's first language and the source of the message keys. `{name}` placeholders are
 * filled by `translate`; every key here must exist in `en.ts` (the type `Messages` makes a missing one a type error).
 */
import { viOutgoing } from './vi-outgoing.js';

export const vi = {
  ...viOutgoing,
  'app.name': 'Liên Thông',
  'app.tagline': 'Cổng làm việc của cơ quan',
  'app.loading': 'Đang tải…',
  'app.skipToContent': 'Chuyển đến nội dung chính',

  'boot.signingIn': 'Đang đăng nhập…',
  'boot.configFailed': 'Không đọc được cấu hình của cổng (config.json). Hãy báo cho quản trị hệ thống.',
  'boot.signInFailed': 'Không kết nối được máy chủ đăng nhập. Hãy thử lại sau ít phút.',
  'boot.details': 'Chi tiết kỹ thuật',
  'boot.retry': 'Thử lại',

  'header.unit': 'Đơn vị: {orgId}',
  'header.noUnit': 'Chưa gắn đơn vị',
  'header.roles': 'Vai trò: {roles}',
  'header.noRole': 'Chưa được phân vai trò',
  'header.logout': 'Đăng xuất',
  'header.switchLanguage': 'English',
  'header.switchLanguageLabel': 'Switch to English',

  'nav.label': 'Điều hướng chính',
  'nav.incoming': 'Văn bản đến',
  'nav.incoming.list': 'Sổ văn bản đến',
  'nav.incoming.register': 'Vào sổ văn bản đến',
  'nav.incoming.awaitingDirection': 'Chờ chỉ đạo',
  'nav.outgoing': 'Văn bản đi',
  'nav.myWork': 'Việc của tôi',
  'nav.signing': 'Ký số',
  'nav.procedures': 'Thủ tục',
  'nav.meetings': 'Lịch họp',
  'nav.archive': 'Lưu trữ',
  'nav.reports': 'Báo cáo',
  'nav.admin': 'Quản trị',

  'role.van-thu': 'Văn thư',
  'role.lanh-dao': 'Lãnh đạo',
  'role.chuyen-vien': 'Chuyên viên',
  'role.luu-tru': 'Lưu trữ',
  'role.thu-ky-hop': 'Thư ký họp',
  'role.quan-tri': 'Quản trị',

  'comingSoon.title': 'Sắp có',
  'comingSoon.body': 'Phần “{area}” đang được xây dựng và chưa dùng được. Khi sẵn sàng, phần này sẽ xuất hiện tại đây.',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Địa chỉ này không có trong cổng. Hãy chọn một mục trong thanh điều hướng.',
  'noAccess.title': 'Không có quyền truy cập',
  'noAccess.body': 'Trang này dành cho vai trò: {roles}. Nếu cần, hãy đề nghị quản trị hệ thống phân quyền.',

  'field.issuer': 'Cơ quan ban hành',
  'field.incomingNumber': 'Số đến',
  'field.numberSymbol': 'Số, ký hiệu',
  'field.documentDate': 'Ngày văn bản',
  'field.subject': 'Trích yếu nội dung',
  'field.receivedAt': 'Ngày đến',
  'field.queuedAt': 'Chờ chỉ đạo từ',

  'incoming.list.exportCsv': 'Tải sổ năm nay (CSV)',
  'incoming.list.exporting': 'Đang xuất…',
  'incoming.list.title': 'Sổ văn bản đến',
  'incoming.list.searchLabel': 'Tìm văn bản',
  'incoming.list.searchHint': 'Tìm theo trích yếu, số ký hiệu hoặc cơ quan ban hành; gõ không dấu cũng được.',
  'incoming.list.searchButton': 'Tìm',
  'incoming.list.clearSearch': 'Xóa tìm kiếm',
  'incoming.list.noMatch': 'Không có văn bản nào khớp với “{query}”.',
  'incoming.register.title': 'Vào sổ văn bản đến',
  'incoming.register.intro': 'Nhập thông tin trên văn bản nhận được. Các trường có dấu * là bắt buộc.',
  'incoming.register.documentDateHint': 'Dạng ngày/tháng/năm, ví dụ 05/03/2025.',
  'incoming.register.submit': 'Vào sổ',
  'incoming.register.submitting': 'Đang vào sổ…',
  'incoming.register.success': 'Đã vào sổ văn bản số {numberSymbol}.',
  'incoming.register.fixErrors': 'Chưa vào sổ được: hãy sửa các trường được đánh dấu.',
  'incoming.register.recentTitle': '10 văn bản đến gần nhất',
  'incoming.register.clerkOnly': 'Chỉ văn thư được vào sổ văn bản đến.',

  'validation.required': '{field} là bắt buộc',
  'validation.dateFormat': 'Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2025',
  'validation.dateInFuture': 'Ngày văn bản không được sau ngày hôm nay',

  'queue.title': 'Văn bản chờ chỉ đạo',
  'queue.intro': 'Văn bản đến đã vào sổ và đang chờ lãnh đạo cho ý kiến chỉ đạo, mới nhất ở trên.',
  'queue.empty': 'Không có văn bản nào đang chờ chỉ đạo.',
  'queue.status.awaiting_direction': 'Chờ chỉ đạo',
  'queue.statusColumn': 'Trạng thái',

  'list.empty': 'Chưa có văn bản nào',
  'list.loadMore': 'Xem thêm',
  'list.loadingMore': 'Đang tải thêm…',
  'list.retry': 'Thử lại',
  'list.count': 'Đang hiển thị {count} văn bản',

  'error.generic': 'Đã có lỗi xảy ra. Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị hệ thống.',
  'error.network': 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.',
  'error.server': 'Máy chủ gặp sự cố khi xử lý yêu cầu. Hãy thử lại sau ít phút.',
  'error.badRequest': 'Thông tin gửi lên chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.',
  'error.unauthorized': 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.',
  'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.notFound': 'Không tìm thấy dữ liệu yêu cầu, hoặc bạn không có quyền xem.',
  'error.conflict': 'Dữ liệu vừa được người khác thay đổi. Hãy tải lại rồi thử lại.',
  'error.tooManyRequests': 'Có quá nhiều yêu cầu trong thời gian ngắn. Hãy chờ một lát rồi thử lại.',
  'error.sessionRejected': 'Máy chủ không chấp nhận phiên đăng nhập của bạn. Hãy đăng xuất rồi đăng nhập lại.',
  'error.domain.DOCUMENT_DATE_IN_FUTURE':
    'Ngày văn bản {documentDate} sau ngày hôm nay ({today}); hãy kiểm tra lại ngày ký.',
  'error.domain.SYMBOL_INVALID': 'Số, ký hiệu không đúng mẫu, ví dụ 12/QĐ-UBND, 45/UBND-VP hoặc 82-KL/TW.',
  'error.domain.DOCUMENT_DATE_TOO_OLD': 'Ngày văn bản {documentDate} trước năm {minYear}; hãy kiểm tra lại.',
  'error.domain.DOCUMENT_NOT_FOUND': 'Không tìm thấy văn bản, hoặc bạn không có quyền xem.',
  'error.domain.UNIT_NOT_FOUND':
    'Không tìm thấy đơn vị {unitId} của bạn trong danh mục đơn vị. Hãy báo cho quản trị hệ thống.',
  'error.domain.UNIT_NOT_VALID_ON':
    'Đơn vị {unitId} không còn hiệu lực vào ngày {date}. Hãy báo cho quản trị hệ thống.',
  'error.domain.TOKEN_EXPIRED': 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.',
  'error.domain.ROLE_REQUIRED': 'Thao tác này cần vai trò khác với vai trò của bạn.',
  'error.domain.TOKEN_MISSING': 'Bạn chưa đăng nhập. Hãy đăng nhập lại.',
  'error.domain.TOKEN_NOT_YET_VALID':
    'Phiên đăng nhập chưa có hiệu lực; đồng hồ của máy tính có thể đang sai. Hãy kiểm tra ngày giờ rồi thử lại.',
  'error.domain.ORG_REQUIRED': 'Tài khoản của bạn chưa được gán đơn vị. Hãy báo cho quản trị hệ thống.',
} as const satisfies Record<string, string>;

/** Every message key of the portal. */
export type MessageKey = keyof typeof vi;

/** A complete catalogue: exactly the keys of `vi`, each with a text. */
export type Messages = Record<MessageKey, string>;
