import { workVi } from './work.vi';
import { startVi } from './start.vi';
import { recordsVi } from './records.vi';
import { recordsProgressVi } from './records-progress.vi';
import { recordsOversightVi } from './records-oversight.vi';
import { recordsPlanningVi } from './records-planning.vi';
import { termsVi } from './terms.vi';
import { adminVi } from './admin.vi';

/** Vietnamese, the default UI language. Terms follow DOMAIN.md §6. */
export const vi = {
  common: {
    loading: 'Đang tải…', search: 'Tìm kiếm', all: 'Tất cả', actions: 'Thao tác', close: 'Đóng', cancel: 'Hủy', back: 'Quay lại',
    open: 'Mở', working: 'Đang thực hiện…', delete: 'Xóa', remove: 'Bỏ', next: 'Sau', previous: 'Trước', pages: 'Phân trang', pageOf: 'Trang {{page}}/{{pages}}',
  },
  date: {
    placeholder: 'dd/mm/yyyy', pick: 'Chọn ngày trên lịch', invalid: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 06/04/2026.',
    tooEarly: 'Ngày không được trước {{date}}.', tooLate: 'Ngày không được sau {{date}}.',
  },
  time: { placeholder: 'hh:mm', label: 'Giờ', invalid: 'Nhập giờ theo dạng giờ:phút (24 giờ), ví dụ 08:30.' },
  shell: {
    appName: 'Giám sát', home: 'Trang chủ', mainNav: 'Điều hướng chính', skipToContent: 'Bỏ qua, đến nội dung chính',
    switchLanguage: 'Chuyển sang tiếng Anh', logout: 'Đăng xuất', jobs: 'Công việc nền', jobsFailed: 'Không mở được trang công việc nền.',
    menu: 'Trình đơn',
  },
  nav: { inbox: 'Việc của tôi', workflows: 'Quy trình', reviews: 'Phê duyệt quy trình', instances: 'Quy trình đang chạy', records: 'Hồ sơ', dashboard: 'Tổng quan' },
  placeholders: {
    inbox: 'Các nhiệm vụ được giao cho bạn và đơn vị sẽ hiện ở đây.',
    instances: 'Các quy trình đang thực hiện, theo dõi tiến độ và thời hạn sẽ hiện ở đây.',
    dashboard: 'Tổng hợp tình hình thực hiện nhiệm vụ, đôn đốc và kiểm tra, giám sát sẽ hiện ở đây.',
  },
  login: {
    subtitle: 'Đăng nhập để tiếp tục', userName: 'Tên đăng nhập', password: 'Mật khẩu', signIn: 'Đăng nhập', signingIn: 'Đang đăng nhập…',
    failed: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    code: 'Mã xác thực một lần',
  },
  password: {
    title: 'Đổi mật khẩu', current: 'Mật khẩu hiện tại', new: 'Mật khẩu mới', repeat: 'Nhập lại mật khẩu mới',
    mismatch: 'Hai lần nhập mật khẩu mới không khớp.', save: 'Đổi mật khẩu', saving: 'Đang đổi…',
    done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.',
  },
  totp: {
    title: 'Xác thực hai lớp',
    intro: 'Khi bật, mỗi lần đăng nhập cần thêm mã 6 chữ số từ ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…).',
    start: 'Bắt đầu thiết lập', starting: 'Đang tạo khóa…', restart: 'Tạo khóa mới',
    scan: 'Quét mã QR bằng ứng dụng xác thực, hoặc nhập khóa bí mật dưới đây, rồi nhập mã 6 chữ số ứng dụng hiển thị.',
    qr: 'Mã QR để thêm tài khoản vào ứng dụng xác thực', secret: 'Khóa bí mật (nhập thủ công)',
    code: 'Mã 6 chữ số trong ứng dụng', confirm: 'Xác nhận và bật', confirming: 'Đang xác nhận…',
    enabledNow: 'Đã bật xác thực hai lớp. Các phiên đăng nhập khác của bạn đã kết thúc.',
    enabled: 'Xác thực hai lớp đang bật: đăng nhập cần mã từ ứng dụng xác thực.',
    disableHint: 'Nhập mã hiện tại trong ứng dụng để tắt.', disable: 'Tắt xác thực hai lớp', disabling: 'Đang tắt…',
    disabledNow: 'Đã tắt xác thực hai lớp.',
    required: 'Tài khoản quản trị phải đăng nhập bằng mã xác thực một lần.',
    notice: 'Tài khoản quản trị của bạn phải đăng nhập bằng mã xác thực một lần. Hãy thiết lập ứng dụng xác thực để dùng các chức năng quản trị.',
    setUpNow: 'Thiết lập ngay',
  },
  errors: {
    generic: 'Đã có lỗi', notAvailableTitle: 'Máy chủ chưa có chức năng này',
    notAvailable: 'Máy chủ trả lời {{status}}: chức năng này chưa được triển khai. Vui lòng thử lại sau.',
    forbiddenTitle: 'Không có quyền', forbidden: 'Vai trò của bạn không được dùng chức năng này.', notFoundTitle: 'Không tìm thấy trang',
  },
  deadline: {
    NotStarted: 'Chưa thực hiện', OnTrack: 'Đang thực hiện (trong hạn)', DueSoon: 'Sắp đến hạn', OverdueOpen: 'Quá hạn',
    DoneOnTime: 'Hoàn thành đúng hạn', DoneLate: 'Hoàn thành quá hạn', NoDeadline: 'Không có thời hạn',
  },
  review: { status: { Draft: 'Bản nháp', InReview: 'Chờ phê duyệt', ChangesRequested: 'Trả lại', Approved: 'Đã duyệt', Published: 'Đã ban hành' } },
  workflows: {
    title: 'Quy trình', new: 'Quy trình mới', import: 'Nhập tệp', imported: 'Đã nhập tệp.', export: 'Xuất JSON', searchPlaceholder: 'Tên, mô tả… (gõ không dấu cũng được)',
    status: 'Trạng thái', name: 'Tên quy trình', latestVersion: 'Phiên bản mới nhất', publishedVersion: 'Phiên bản ban hành', updatedAt: 'Cập nhật',
    empty: 'Chưa có quy trình nào phù hợp.', backToList: 'Về danh sách quy trình',
  },
  designer: {
    title: 'Thiết kế quy trình', loading: 'Đang mở quy trình…', untitled: 'Quy trình chưa đặt tên', toolbar: 'Thanh công cụ thiết kế',
    leaveUnsaved: 'Quy trình có thay đổi chưa lưu. Rời trang và bỏ các thay đổi?',
    readOnly: 'Chỉ xem', unsaved: 'Chưa lưu', save: 'Lưu nháp', saving: 'Đang lưu…', savedVersion: 'Đã lưu phiên bản {{version}}.',
    submit: 'Trình duyệt', publish: 'Ban hành', approve: 'Phê duyệt', requestChanges: 'Trả lại',
    blockedByErrors: 'Còn {{count}} lỗi: sửa hết lỗi trước khi trình duyệt hoặc ban hành.',
    blockedUnchecked: 'Quy trình chưa được kiểm tra: trình duyệt và ban hành chờ kết quả kiểm tra.',
    submitWaits: {
      inReview: 'Phiên bản này đang chờ duyệt; sửa và lưu để trình một phiên bản mới.',
      published: 'Phiên bản này đã ban hành; sửa và lưu để trình một phiên bản mới.',
    },
    publishConfirm: {
      title: 'Ban hành quy trình',
      body: 'Ban hành phiên bản {{version}}? Các quy trình khởi động từ nay sẽ chạy theo phiên bản này, không qua phê duyệt.',
      unsaved: 'Lưu các thay đổi thành phiên bản mới và ban hành ngay? Các quy trình khởi động từ nay sẽ chạy theo phiên bản đó, không qua phê duyệt.',
    },
    done: {
      'submit-for-review': 'Đã trình duyệt.', approve: 'Đã phê duyệt và ban hành.', 'request-changes': 'Đã trả lại để chỉnh sửa.',
      publish: 'Đã ban hành.', unpublish: 'Đã thôi ban hành.',
    },
    review: { comment: 'Ý kiến' },
    undo: 'Hoàn tác', redo: 'Làm lại', selectAll: 'Chọn tất cả', tidy: 'Sắp xếp gọn', tidied: 'Đã sắp xếp lại sơ đồ.',
    fit: 'Vừa màn hình', zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ', showTable: 'Xem dạng bảng', showCanvas: 'Xem dạng sơ đồ',
    toggleMinimap: 'Bật/tắt bản đồ thu nhỏ', toggleSnap: 'Bật/tắt căn theo lưới và đường gióng', snap: 'Căn lề', minimap: 'Bản đồ nhỏ',
    exportJson: 'Xuất tệp JSON', exportImage: 'Xuất ảnh sơ đồ', importJson: 'Nhập tệp JSON', imported: 'Đã nhập {{name}}.',
    importNotDefinition: 'Tệp không phải định nghĩa quy trình Elsa 3.', rename: 'Đổi tên bước', deleteSelection: 'Xóa mục đã chọn',
    copied: 'Đã sao chép {{count}} bước.', pasted: 'Đã dán {{count}} bước.',
    groups: { edit: 'Soạn thảo', view: 'Hiển thị', file: 'Tệp và phiên bản', review: 'Trình duyệt' },
    categories: { Flow: 'Điều khiển luồng', Primitives: 'Cơ bản', Scheduling: 'Thời gian', Events: 'Sự kiện', 'Human tasks': 'Nhiệm vụ', Supervision: 'Kiểm tra, giám sát' },
    palette: { title: 'Hoạt động', search: 'Tìm hoạt động', none: 'Không có hoạt động phù hợp.', itemLabel: 'Thêm “{{name}}”' },
    node: {
      errors: '{{count}} lỗi', input: 'Đầu vào', output: 'Đầu ra {{port}}', addAfter: 'Thêm bước sau “{{name}}” ({{port}})',
      unknownType: 'Loại hoạt động không rõ: {{type}}',
    },
    edge: { insert: 'Chèn bước vào kết nối này', delete: 'Xóa kết nối' },
    add: {
      title: 'Thêm bước', after: 'Thêm bước sau “{{name}}” ({{port}})', onEdge: 'Chèn bước vào kết nối', search: 'Gõ để tìm hoạt động',
      help: 'Mũi tên lên/xuống để chọn, Enter để thêm, Esc để đóng.',
    },
    connect: {
      command: 'Nối tới…', title: 'Nối “{{name}}” tới…', port: 'Từ đầu ra', target: 'Tìm bước đích', none: 'Không có bước phù hợp.',
      done: 'Đã nối {{from}} tới {{to}}.',
    },
    commands: { title: 'Lệnh', open: 'Lệnh', search: 'Gõ tên lệnh hoặc tên bước', none: 'Không có lệnh phù hợp.', goTo: 'Đến bước “{{name}}”', steps: 'Các bước' },
    find: { label: 'Tìm trên sơ đồ', count: '{{n}}/{{total}}', none: 'Không thấy', next: 'Kết quả sau', previous: 'Kết quả trước' },
    properties: {
      title: 'Thuộc tính', name: 'Tên bước', id: 'mã', canStart: 'Có thể khởi động quy trình', outputs: 'Kết quả', storeIn: 'lưu vào biến',
      notStored: '(không lưu)', json: 'JSON của bước', applyJson: 'Áp dụng JSON', jsonNotActivity: 'JSON phải là một hoạt động có “type”.', multi: 'Đã chọn {{count}} bước',
    },
    align: {
      title: 'Căn chỉnh', left: 'Căn trái', centerX: 'Căn giữa dọc', right: 'Căn phải', top: 'Căn trên', middle: 'Căn giữa ngang', bottom: 'Căn dưới',
      distributeX: 'Giãn đều ngang', distributeY: 'Giãn đều dọc',
    },
    workflow: {
      title: 'Thông tin quy trình', name: 'Tên quy trình', nameEn: 'Tên tiếng Anh', description: 'Mô tả', descriptionEn: 'Mô tả tiếng Anh', definitionId: 'Mã quy trình', variables: 'Biến', noVariables: 'Chưa có biến.',
      variableName: 'Tên biến {{n}}', type: 'Kiểu dữ liệu', initialValue: 'Giá trị ban đầu', removeVariable: 'Bỏ biến {{name}}', addVariable: 'Thêm biến',
      inputs: 'Tham số đầu vào', noInputs: 'Chưa có tham số.', inputName: 'Tên tham số {{n}}', displayName: 'Tên hiển thị', defaultValue: 'Giá trị mặc định',
      accessors: 'Biến và tham số dùng được trong biểu thức',
    required: 'Bắt buộc', removeInput: 'Bỏ tham số {{name}}', addInput: 'Thêm tham số',
      uiHintLabel: 'Dạng giá trị', uiHint: 'Dạng giá trị của tham số {{name}}',
      uiHintHelp: 'Dạng giá trị (uiHint): khi bắt đầu quy trình, giá trị được kiểm tra theo dạng này',
      hints: {
        none: '— Không —', deadlinerule: 'Quy tắc thời hạn (WorkingDays:10)', dayofyear: 'Ngày trong năm (MM-dd)',
        date: 'Ngày (năm-tháng-ngày)', unitquery: 'Truy vấn đơn vị', year: 'Năm',
        unitlist: 'Danh sách đơn vị', inspectionkind: 'Hình thức kiểm tra, giám sát',
      },
      otherHint: '{{hint}} (không kiểm tra khi bắt đầu)',
    },
    problems: {
      title: 'Vấn đề', errors: '{{count}} lỗi', warnings: '{{count}} cảnh báo', checking: 'Đang kiểm tra…', none: 'Không có vấn đề.',
      workflow: 'Quy trình', Error: 'Lỗi', Warning: 'Cảnh báo',
    },
    table: { title: 'Các bước của quy trình', type: 'Loại', next: 'Bước tiếp theo', previous: 'Bước trước', problems: 'Vấn đề' },
    versions: {
      title: 'Lịch sử phiên bản', version: 'Phiên bản', createdAt: 'Tạo lúc', comment: 'Ý kiến duyệt', current: 'Bản đang soạn (chưa lưu)',
      latest: 'mới nhất', published: 'đang ban hành', compare: 'So sánh hai bản đã chọn', compareWithCurrent: 'So với bản đang soạn',
      pick: 'Chọn để so sánh', pickCurrent: 'Chọn bản đang soạn', pickVersion: 'Chọn phiên bản {{version}}',
      confirmDelete: 'Xóa bản nháp phiên bản {{version}}?', diffTitle: 'So sánh {{a}} và {{b}}',
    },
    diff: {
      added: 'Thêm mới', removed: 'Đã xóa', changed: 'Thay đổi', same: 'Giữ nguyên', summary: 'Tóm tắt khác biệt', noChanges: 'Hai bản giống nhau.',
      addedCount_other: '{{count}} bước thêm mới', removedCount_other: '{{count}} bước bị xóa', changedCount_other: '{{count}} bước thay đổi',
      movedCount_other: '{{count}} bước đổi vị trí', connections: 'Kết nối: thêm {{added}}, bỏ {{removed}}', definition: 'Thông tin quy trình đổi: {{fields}}',
    },
    timeline: {
      title: 'Lịch thời hạn, nhắc việc', start: 'Ngày bắt đầu', Deadline: 'Thời hạn', Reminder: 'Nhắc việc', Escalation: 'Đôn đốc', holidays: 'Ngày nghỉ',
    },
    shortcuts: {
      title: 'Phím tắt', moveSelection: 'Chuyển sang bước bên cạnh', nudge: 'Dịch bước đã chọn', editProperties: 'Sửa thuộc tính bước đã chọn',
      clipboard: 'Sao chép, cắt, dán (dán được sang quy trình khác)', clear: 'Bỏ chọn',
    },
    a11y: {
      canvas: 'Sơ đồ quy trình {{name}}', canvasRole: 'sơ đồ quy trình', node: 'Bước quy trình. Enter để sửa thuộc tính, F2 để đổi tên.',
      edge: 'Kết nối giữa hai bước', minimap: 'Bản đồ thu nhỏ',
      help: 'Mũi tên để chuyển giữa các bước, A để thêm bước nối tiếp, C để nối tới bước khác, F2 để đổi tên, Delete để xóa, Ctrl+K để mở danh sách lệnh, ? để xem phím tắt.',
    },
  },
  diagram: {
    controls: 'Điều khiển thu phóng', zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ', fit: 'Vừa màn hình', lock: 'Khóa sơ đồ', minimap: 'Bản đồ thu nhỏ',
    handle: 'Điểm nối', node: 'Bước quy trình, chỉ để xem.', edge: 'Kết nối giữa hai bước.', edgeLabel: 'Kết nối từ “{{from}}” ({{port}}) tới “{{to}}”',
    moved: 'Đã dịch bước đang chọn sang {{direction}}. Vị trí mới: x {{x}}, y {{y}}.',
    directions: { up: 'trên', down: 'dưới', left: 'trái', right: 'phải' },
  },
  editor: {
    required: 'Bắt buộc nhập.', requiredMark: 'bắt buộc', literal: 'Giá trị', syntax: 'Cách nhập “{{field}}”', choose: '— Chọn —',
    chooseVariable: '— Chọn biến —', jsPlaceholder: 'Biểu thức JavaScript, ví dụ: getCounter() + 1', badJson: 'JSON không hợp lệ: {{error}}',
    unitPlaceholder: 'Mã đơn vị', moveUp: 'Lên', moveDown: 'Xuống', accessors: 'Biến và tham số dùng được trong biểu thức',
    options: {
      WaitAny: 'Chờ nhánh đầu tiên', WaitAll: 'Chờ tất cả', MatchFirst: 'Trường hợp đầu tiên', MatchAny: 'Mọi trường hợp đúng',
      UserTask: 'Việc xử lý', WorkTask: 'Nhiệm vụ', Milestone: 'Mốc tiến độ', Report: 'Báo cáo',
      Inspection: 'Kiểm tra', ThematicSupervision: 'Giám sát chuyên đề', RegularSupervision: 'Giám sát thường xuyên',
      Training: 'Tập huấn', Seminar: 'Hội thảo, tọa đàm', Briefing: 'Giao ban', Conference: 'Hội nghị',
      InApp: 'Trong ứng dụng', Email: 'Thư điện tử', Webhook: 'Gọi hệ thống khác (webhook)', All: 'Mọi kênh',
      Interim: 'Sơ kết', Final: 'Tổng kết',
      Monthly: 'Báo cáo tháng', Quarterly: 'Báo cáo quý', SixMonth: 'Báo cáo 6 tháng', Annual: 'Báo cáo năm', Thematic: 'Báo cáo chuyên đề',
      AdHoc: 'Báo cáo đột xuất', InterimReview: 'Báo cáo sơ kết', FinalReview: 'Báo cáo tổng kết', SelfInspection: 'Báo cáo tự kiểm tra',
    },
    duration: { days: 'ngày', hours: 'giờ', minutes: 'phút', seconds: 'giây', unreadable: 'Không đọc được “{{value}}”.' },
    cron: {
      help: 'Sáu trường, giây đứng đầu; giờ Việt Nam.', sixFields: 'Biểu thức cron cần đúng sáu trường (giây đứng đầu).', badField: 'Có trường không hợp lệ.',
      everyWorkdayAt8: '8 giờ các ngày làm việc', firstOfMonthAt8: '8 giờ ngày 1 hằng tháng', everyMondayAt8: '8 giờ thứ Hai hằng tuần', every15Minutes: 'Mỗi 15 phút',
    },
    list: { item: 'Mục {{n}}', remove: 'Bỏ {{item}}', placeholder: 'Thêm mục rồi nhấn Enter', add: 'Thêm' },
    cases: { case: 'Trường hợp {{n}}', label: 'Tên nhánh', condition: 'Điều kiện (JavaScript)', add: 'Thêm trường hợp' },
    deadline: {
      basis: 'Cách tính hạn', value: 'Giá trị', WorkingDays: 'Số ngày làm việc', CalendarDays: 'Số ngày theo lịch', FixedDate: 'Ngày cố định trong năm',
      DayOfMonth: 'Ngày trong tháng', helpWorkingDays: 'Không tính ngày bắt đầu, bỏ qua ngày nghỉ, lễ, Tết.',
      helpCalendarDays: 'Không tính ngày bắt đầu; hạn rơi vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp (Điều 148 BLDS 2015).',
      helpFixedDate: 'Dạng tháng-ngày, ví dụ 06-10 là ngày 10/6 hằng năm; hoặc năm-tháng-ngày, ví dụ 2026-06-10.', helpDayOfMonth: 'Ví dụ 25: chậm nhất ngày 25 hằng tháng.',
      badDays: 'Nhập số ngày từ 0 đến 3660.', badDayOfMonth: 'Nhập ngày từ 1 đến 31.', badFixedDate: 'Nhập ngày dạng MM-dd (ví dụ 06-10) hoặc yyyy-MM-dd (ví dụ 2026-06-10).',
    },
    reminders: {
      before: 'Nhắc trước hạn (số ngày làm việc, cách nhau dấu phẩy)', onDay: 'Nhắc vào ngày đến hạn', onDayTime: 'Giờ nhắc ngày đến hạn',
      overdue: 'Nhắc khi quá hạn (số ngày làm việc)', sendAt: 'Giờ gửi nhắc',
    },
    form: {
      field: 'Trường {{n}}', name: 'Mã trường', label: 'Nhãn', labelVi: 'Nhãn tiếng Việt', labelEn: 'Nhãn tiếng Anh', type: 'Kiểu', required: 'Bắt buộc', options: 'Các lựa chọn (cách nhau dấu phẩy)', add: 'Thêm trường',
      types: { text: 'Văn bản', multiline: 'Văn bản nhiều dòng', number: 'Số', date: 'Ngày', checkbox: 'Có/không', select: 'Chọn một', file: 'Tệp đính kèm', docsymbol: 'Số, ký hiệu văn bản' },
    },
    assignee: {
      modes: { role: 'Một vai trò trong đơn vị', user: 'Một người', units: 'Bất kỳ đơn vị nào trong danh sách' },
      role: 'Vai trò', chooseRole: '— Chọn vai trò —', unit: 'Đơn vị', userName: 'Tên đăng nhập', units: 'Các đơn vị', addUnit: 'Thêm đơn vị',
      notUnitRole: '“{{role}}” không phải vai trò trong đơn vị nên không ai nhận được việc này. Chọn một vai trò trong đơn vị.',
    },
  },
  ...termsVi,
  ...workVi,
  startWorkflow: startVi,
  records: { ...recordsVi, ...recordsProgressVi, ...recordsOversightVi, ...recordsPlanningVi },
  admin: adminVi,
};
