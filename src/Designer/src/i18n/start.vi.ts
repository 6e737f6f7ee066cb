/** Vietnamese texts of starting a workflow (the workflow list, the running workflows). */
export const startVi = {
  start: 'Khởi chạy', startOne: 'Khởi chạy quy trình {{name}}', startNew: 'Khởi chạy quy trình', title: 'Khởi chạy quy trình',
  definition: 'Quy trình', choose: '— Chọn quy trình đã ban hành —', noPublished: 'Chưa có quy trình nào được ban hành.',
  version: 'Phiên bản ban hành: v{{version}}', noInputs: 'Quy trình này không cần thông tin đầu vào.', inputs: 'Thông tin đầu vào',
  reference: 'Mã tham chiếu (không bắt buộc)', referenceHint: 'Ví dụ số, ký hiệu văn bản hoặc mã kế hoạch; hiện cạnh tên quy trình trong danh sách quy trình đang chạy.',
  day: 'Ngày', month: 'Tháng', chooseKind: '— Chọn hình thức —',
  unitQueryHint: 'Một trong các dạng: children:<mã đơn vị> (các đơn vị trực thuộc), descendants:<mã đơn vị> (mọi đơn vị cấp dưới), kind:<Loại>[@<mã đơn vị>] (theo loại đơn vị), hoặc các mã đơn vị cách nhau dấu phẩy.',
  jsonHint: 'Viết theo JSON, ví dụ ["SYT", "SGDDT"].', ruleMeans: 'Tức là: {{rule}}.',
  notPublished: 'Quy trình này không có phiên bản đang ban hành.',
  submit: 'Khởi chạy', starting: 'Đang khởi chạy…', fixFields: 'Vui lòng sửa các ô được đánh dấu.',
  problems: { required: 'Cần nhập giá trị này.', number: 'Nhập một số.', json: 'Chưa đúng cú pháp JSON.' },
};
