/**
 * English names of the codes workflows and the engine use: actions and outcomes (one name for a task's button, a
 * designer port and a journal row), journal events, roles. Terms follow DOMAIN.md §6; read through src/i18n/terms.ts.
 */
export const termsEn = {
  outcomes: {
    Done: 'Done', True: 'True', False: 'False', Default: 'Default', In: 'In', Timeout: 'Timed out',
    Submit: 'Submit', Approve: 'Approve', Return: 'Return', Reject: 'Reject', RequestChanges: 'Request changes',
    AskForInformation: 'Ask for more information', Accept: 'Accept', Confirm: 'Confirm', Explain: 'Explain', Verify: 'Confirm the fix',
    Issue: 'Issue', Issued: 'Issue', Report: 'Report', Sent: 'Sent', Archived: 'Archive', Closed: 'Close', Continue: 'Continue', End: 'Stop',
    Held: 'Held', Cancelled: 'Not held',
    Approved: 'Approved', Returned: 'Returned', NoFindings: 'No shortcomings found', FindingsRaised: 'Shortcomings and recommendations',
    ReferredToInspectionCommission: 'Referred to the Inspection Commission', Urged: 'Urged', NothingOverdue: 'Nothing overdue',
    ExcellentlyCompleted: 'Excellently completed', WellCompleted: 'Well completed', Completed: 'Completed', NotCompleted: 'Not completed',
    Reports: 'Reports received', Urging: 'Urging', Remind: 'Reminders', Board: 'Board side', Agency: 'State agency side',
    Exchange: 'Information exchange', HotIssues: 'Pressing public issues', Reviews: 'Interim and final reviews', Info: 'Information received',
    Sla: 'Response deadline',
  },
  events: {
    WorkflowStarted: 'Workflow started', WorkflowSuspended: 'Waiting', WorkflowFinished: 'Workflow finished', WorkflowFaulted: 'Workflow faulted',
    WorkflowCancelled: 'Workflow cancelled', WorkflowMigrated: 'Moved to another version', ActivityStarted: 'Started', ActivityCompleted: 'Step completed',
    ActivityFaulted: 'Step faulted', BookmarkCreated: 'Assigned', BookmarkResumed: 'Acted on', BookmarkCancelled: 'Wait ended',
    TimerScheduled: 'Timer set', TimerFired: 'Timer fired', IncidentRetried: 'Retried', Output: 'Output', TaskCompleted: 'Completed',
    TaskReassigned: 'Reassigned', TaskDueDateChanged: 'Due date changed', ReminderSent: 'Reminder', Escalated: 'Escalated', TaskClaimed: 'Claimed',
    NotificationQueued: 'Notification sent',
  },
  roles: {
    Admin: 'Administrator', Designer: 'Workflow designer', Supervisor: 'Approving leader', UnitOfficer: 'Unit officer', Viewer: 'Viewer',
    Leader: 'Head', DeputyLeader: 'Deputy head', SectionHead: 'Section head', Specialist: 'Officer', Clerk: 'Records clerk',
    FocalPoint: 'Focal point', InspectionTeamHead: 'Inspection team head', TeamMember: 'Team member', Secretary: 'Team secretary',
    BoardLeader: 'Board leadership',
  },
  deadlineRule: {
    WorkingDays_one: '{{count}} working day', WorkingDays_other: '{{count}} working days',
    CalendarDays_one: '{{count}} calendar day', CalendarDays_other: '{{count}} calendar days',
    FixedDate: '{{date}} each year', FixedDateOfYear: 'on {{date}}', DayOfMonth: 'day {{day}} of each month',
  },
  timelineItem: {
    due: 'Due ({{rule}})', dueFixed: 'Due (fixed date {{date}})',
    Upcoming_one: 'Reminder {{count}} working day before the due date', Upcoming_other: 'Reminder {{count}} working days before the due date',
    DueToday: 'Reminder on the due date',
    Overdue_one: 'Overdue reminder, {{count}} working day late', Overdue_other: 'Overdue reminder, {{count}} working days late',
    NotifyRole: 'Escalate: notify {{role}}', IssueUrgeNotice: 'Issue an urging letter (level {{level}})',
    ReportToCommittee: 'Flag for the committee report', Timeout: 'Time the task out',
  },
};
