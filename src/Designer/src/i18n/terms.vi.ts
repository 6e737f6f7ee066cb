/**
 * Vietnamese names of the codes workflows and the engine use: actions and outcomes (one name for a task's button, a
 * designer port and a journal row), journal events, roles. Terms follow DOMAIN.md §6; read through src/i18n/terms.ts.
 */
export const termsVi = {
  outcomes: {
    // Ports of the engine's own activities.
    Done: 'Xong', True: 'Đúng', False: 'Sai', Default: 'Mặc định', In: 'Vào', Timeout: 'Hết hạn xử lý',
    // Actions of tasks.
    Submit: 'Gửi', Approve: 'Phê duyệt', Return: 'Trả lại', Reject: 'Từ chối', RequestChanges: 'Yêu cầu sửa',
    AskForInformation: 'Yêu cầu bổ sung thông tin', Accept: 'Tiếp nhận', Confirm: 'Xác nhận', Explain: 'Giải trình', Verify: 'Xác nhận đã khắc phục',
    Issue: 'Ban hành', Issued: 'Ban hành', Report: 'Báo cáo', Sent: 'Đã gửi', Archived: 'Lưu hồ sơ', Closed: 'Kết thúc', Continue: 'Tiếp tục', End: 'Dừng',
    Held: 'Đã tổ chức', Cancelled: 'Không tổ chức',
    // Outcomes of the supervision activities.
    Approved: 'Đã duyệt', Returned: 'Trả lại', NoFindings: 'Không phát hiện hạn chế', FindingsRaised: 'Có hạn chế, kiến nghị',
    ReferredToInspectionCommission: 'Chuyển Ủy ban Kiểm tra', Urged: 'Đã đôn đốc', NothingOverdue: 'Không có việc quá hạn',
    ExcellentlyCompleted: 'Hoàn thành xuất sắc nhiệm vụ', WellCompleted: 'Hoàn thành tốt nhiệm vụ', Completed: 'Hoàn thành nhiệm vụ',
    NotCompleted: 'Không hoàn thành nhiệm vụ',
    // Branches the shipped templates name.
    Reports: 'Nhận báo cáo', Urging: 'Đôn đốc', Remind: 'Nhắc việc', Board: 'Phía Ban', Agency: 'Phía cơ quan nhà nước',
    Exchange: 'Trao đổi thông tin', HotIssues: 'Vấn đề nổi cộm', Reviews: 'Sơ kết, tổng kết', Info: 'Nhận thông tin', Sla: 'Hạn phản hồi',
  },
  events: {
    WorkflowStarted: 'Bắt đầu quy trình', WorkflowSuspended: 'Chờ xử lý', WorkflowFinished: 'Kết thúc quy trình', WorkflowFaulted: 'Quy trình có lỗi',
    WorkflowCancelled: 'Hủy quy trình', WorkflowMigrated: 'Chuyển phiên bản', ActivityStarted: 'Bắt đầu', ActivityCompleted: 'Hoàn thành bước',
    ActivityFaulted: 'Bước có lỗi', BookmarkCreated: 'Giao việc', BookmarkResumed: 'Đã xử lý', BookmarkCancelled: 'Thôi chờ',
    TimerScheduled: 'Hẹn giờ', TimerFired: 'Đến giờ', IncidentRetried: 'Chạy lại', Output: 'Ghi nhận', TaskCompleted: 'Hoàn thành',
    TaskReassigned: 'Giao lại', TaskDueDateChanged: 'Đổi hạn', ReminderSent: 'Nhắc việc', Escalated: 'Nâng cảnh báo', TaskClaimed: 'Nhận xử lý',
    NotificationQueued: 'Gửi thông báo',
  },
  roles: {
    // Roles in the app.
    Admin: 'Quản trị', Designer: 'Thiết kế quy trình', Supervisor: 'Lãnh đạo duyệt', UnitOfficer: 'Chuyên viên đơn vị', Viewer: 'Người xem',
    // Roles people hold in a unit (Domain's Role, and the escalation ladder's).
    Leader: 'Trưởng ban', DeputyLeader: 'Phó trưởng ban', SectionHead: 'Trưởng phòng', Specialist: 'Chuyên viên', Clerk: 'Văn thư',
    FocalPoint: 'Đầu mối', InspectionTeamHead: 'Trưởng đoàn kiểm tra', TeamMember: 'Thành viên đoàn', Secretary: 'Thư ký đoàn',
    BoardLeader: 'Lãnh đạo ban',
  },
  deadlineRule: {
    WorkingDays_one: '{{count}} ngày làm việc', WorkingDays_other: '{{count}} ngày làm việc',
    CalendarDays_one: '{{count}} ngày', CalendarDays_other: '{{count}} ngày',
    FixedDate: 'ngày {{date}} hằng năm', FixedDateOfYear: 'ngày {{date}}', DayOfMonth: 'ngày {{day}} hằng tháng',
  },
  timelineItem: {
    due: 'Hạn hoàn thành ({{rule}})', dueFixed: 'Hạn hoàn thành (ngày {{date}})',
    Upcoming_one: 'Nhắc trước hạn {{count}} ngày làm việc', Upcoming_other: 'Nhắc trước hạn {{count}} ngày làm việc',
    DueToday: 'Nhắc vào ngày đến hạn',
    Overdue_one: 'Nhắc quá hạn {{count}} ngày làm việc', Overdue_other: 'Nhắc quá hạn {{count}} ngày làm việc',
    NotifyRole: 'Chuyển cấp: báo {{role}}', IssueUrgeNotice: 'Ban hành công văn đôn đốc cấp {{level}}',
    ReportToCommittee: 'Đưa vào báo cáo cấp ủy', Timeout: 'Hết thời hạn xử lý',
  },
};
