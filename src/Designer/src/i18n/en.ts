import { workEn } from './work.en';
import { startEn } from './start.en';
import { recordsEn } from './records.en';
import { recordsProgressEn } from './records-progress.en';
import { recordsOversightEn } from './records-oversight.en';
import { recordsPlanningEn } from './records-planning.en';
import { termsEn } from './terms.en';
import { adminEn } from './admin.en';

import type { vi } from './vi';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> & Record<string, unknown> };

/** English, on request. Same keys as Vietnamese (a unit test checks), plus plural forms. */
export const en: Shape<typeof vi> & Record<string, unknown> = {
  common: {
    loading: 'Loading…', search: 'Search', all: 'All', actions: 'Actions', close: 'Close', cancel: 'Cancel', back: 'Back',
    open: 'Open', working: 'Working…', delete: 'Delete', remove: 'Remove', next: 'Next', previous: 'Previous', pages: 'Pages', pageOf: 'Page {{page}} of {{pages}}',
  },
  date: {
    placeholder: 'dd/mm/yyyy', pick: 'Pick the date on a calendar', invalid: 'Enter the date as day/month/year, for example 06/04/2026.',
    tooEarly: 'The date cannot be before {{date}}.', tooLate: 'The date cannot be after {{date}}.',
  },
  time: { placeholder: 'hh:mm', label: 'Time', invalid: 'Enter the time as hours:minutes on a 24-hour clock, for example 08:30.' },
  shell: {
    appName: 'Supervision', home: 'Home', mainNav: 'Main navigation', skipToContent: 'Skip to main content',
    switchLanguage: 'Switch to Vietnamese', logout: 'Sign out', jobs: 'Background jobs', jobsFailed: 'The background jobs page could not be opened.',
    menu: 'Menu',
  },
  nav: { inbox: 'My tasks', workflows: 'Workflows', reviews: 'Workflow reviews', instances: 'Running workflows', records: 'Records', dashboard: 'Dashboard' },
  placeholders: {
    inbox: 'Tasks assigned to you and your unit will appear here.',
    instances: 'Workflows in progress, with their progress and deadlines, will appear here.',
    dashboard: 'An overview of tasks, urging, inspection and supervision will appear here.',
  },
  login: {
    subtitle: 'Sign in to continue', userName: 'User name', password: 'Password', signIn: 'Sign in', signingIn: 'Signing in…',
    failed: 'The user name or password is wrong.',
    code: 'One-time code',
  },
  password: {
    title: 'Change password', current: 'Current password', new: 'New password', repeat: 'New password again',
    mismatch: 'The two new passwords differ.', save: 'Change password', saving: 'Changing…',
    done: 'Your password is changed. Your other sessions have ended.',
  },
  totp: {
    title: 'Two-step sign-in',
    intro: 'When it is on, every sign-in also asks for the 6-digit code of an authenticator app on your phone (Google Authenticator, Microsoft Authenticator…).',
    start: 'Start setting up', starting: 'Creating a key…', restart: 'Create a new key',
    scan: 'Scan the QR code with the authenticator app, or type in the secret key below, then enter the 6-digit code the app shows.',
    qr: 'QR code that adds the account to an authenticator app', secret: 'Secret key (for typing in by hand)',
    code: '6-digit code from the app', confirm: 'Confirm and turn on', confirming: 'Confirming…',
    enabledNow: 'Two-step sign-in is on. Your other sessions have ended.',
    enabled: 'Two-step sign-in is on: signing in asks for a code from the authenticator app.',
    disableHint: 'Enter the current code from the app to turn it off.', disable: 'Turn off two-step sign-in', disabling: 'Turning off…',
    disabledNow: 'Two-step sign-in is off.',
    required: 'Administrator accounts must sign in with a one-time code.',
    notice: 'Your administrator account must sign in with a one-time code. Set up an authenticator app to use the administration features.',
    setUpNow: 'Set up now',
  },
  errors: {
    generic: 'Something went wrong', notAvailableTitle: 'The server does not offer this yet',
    notAvailable: 'The server answered {{status}}: this feature is not implemented yet. Please try again later.',
    forbiddenTitle: 'Not allowed', forbidden: 'Your role cannot use this feature.', notFoundTitle: 'Page not found',
  },
  deadline: {
    NotStarted: 'Not started', OnTrack: 'In progress (on track)', DueSoon: 'Due soon', OverdueOpen: 'Overdue',
    DoneOnTime: 'Completed on time', DoneLate: 'Completed late', NoDeadline: 'No deadline',
  },
  review: { status: { Draft: 'Draft', InReview: 'Pending approval', ChangesRequested: 'Returned', Approved: 'Approved', Published: 'Published' } },
  workflows: {
    title: 'Workflows', new: 'New workflow', import: 'Import file', imported: 'File imported.', export: 'Export JSON', searchPlaceholder: 'Name, description…',
    status: 'Status', name: 'Workflow name', latestVersion: 'Latest version', publishedVersion: 'Published version', updatedAt: 'Updated',
    empty: 'No matching workflows.', backToList: 'Back to workflows',
  },
  designer: {
    title: 'Workflow designer', loading: 'Opening the workflow…', untitled: 'Untitled workflow', toolbar: 'Designer toolbar',
    leaveUnsaved: 'The workflow has unsaved changes. Leave and discard them?',
    readOnly: 'Read only', unsaved: 'Unsaved', save: 'Save draft', saving: 'Saving…', savedVersion: 'Saved version {{version}}.',
    submit: 'Submit for review', publish: 'Publish', approve: 'Approve', requestChanges: 'Return for changes',
    blockedByErrors: '{{count}} errors left: fix every error before submitting or publishing.',
    blockedByErrors_one: '1 error left: fix it before submitting or publishing.',
    blockedByErrors_other: '{{count}} errors left: fix every error before submitting or publishing.',
    blockedUnchecked: 'The definition has not been checked yet: submitting and publishing wait for the check.',
    submitWaits: {
      inReview: 'This version is waiting for review; change and save it to submit a new version.',
      published: 'This version is published; change and save it to submit a new version.',
    },
    publishConfirm: {
      title: 'Publish the workflow',
      body: 'Publish version {{version}}? Workflows started from now on run this version, without a review.',
      unsaved: 'Save the changes as a new version and publish it now? Workflows started from now on run that version, without a review.',
    },
    done: {
      'submit-for-review': 'Submitted for review.', approve: 'Approved and published.', 'request-changes': 'Returned for changes.',
      publish: 'Published.', unpublish: 'Unpublished.',
    },
    review: { comment: 'Comment' },
    undo: 'Undo', redo: 'Redo', selectAll: 'Select all', tidy: 'Tidy up', tidied: 'The diagram was tidied up.',
    fit: 'Fit to screen', zoomIn: 'Zoom in', zoomOut: 'Zoom out', showTable: 'Show as table', showCanvas: 'Show as diagram',
    toggleMinimap: 'Toggle the minimap', toggleSnap: 'Toggle snapping to grid and guides', snap: 'Snap', minimap: 'Minimap',
    exportJson: 'Export JSON file', exportImage: 'Export diagram image', importJson: 'Import JSON file', imported: '{{name}} imported.',
    importNotDefinition: 'The file is not an Elsa 3 workflow definition.', rename: 'Rename step', deleteSelection: 'Delete selection',
    copied: 'Copied {{count}} steps.', pasted: 'Pasted {{count}} steps.',
    copied_one: 'Copied 1 step.', copied_other: 'Copied {{count}} steps.', pasted_one: 'Pasted 1 step.', pasted_other: 'Pasted {{count}} steps.',
    groups: { edit: 'Edit', view: 'View', file: 'Files and versions', review: 'Review' },
    categories: { Flow: 'Flow control', Primitives: 'Basics', Scheduling: 'Time', Events: 'Events', 'Human tasks': 'Tasks', Supervision: 'Inspection and supervision' },
    palette: { title: 'Activities', search: 'Find an activity', none: 'No matching activity.', itemLabel: 'Add “{{name}}”' },
    node: {
      errors: '{{count}} errors', errors_one: '1 error', errors_other: '{{count}} errors', input: 'Input', output: 'Output {{port}}',
      addAfter: 'Add a step after “{{name}}” ({{port}})', unknownType: 'Unknown activity type: {{type}}',
    },
    edge: { insert: 'Insert a step into this connection', delete: 'Delete connection' },
    add: {
      title: 'Add step', after: 'Add a step after “{{name}}” ({{port}})', onEdge: 'Insert a step into the connection', search: 'Type to find an activity',
      help: 'Up/down arrows to choose, Enter to add, Esc to close.',
    },
    connect: {
      command: 'Connect to…', title: 'Connect “{{name}}” to…', port: 'From output', target: 'Find the target step', none: 'No matching step.',
      done: 'Connected {{from}} to {{to}}.',
    },
    commands: { title: 'Commands', open: 'Commands', search: 'Type a command or a step name', none: 'No matching command.', goTo: 'Go to step “{{name}}”', steps: 'Steps' },
    find: { label: 'Find on canvas', count: '{{n}} of {{total}}', none: 'Not found', next: 'Next match', previous: 'Previous match' },
    properties: {
      title: 'Properties', name: 'Step name', id: 'id', canStart: 'Can start the workflow', outputs: 'Results', storeIn: 'store in variable',
      notStored: '(not stored)', json: 'Step JSON', applyJson: 'Apply JSON', jsonNotActivity: 'The JSON must be an activity with a “type”.', multi: '{{count}} steps selected', multi_one: '1 step selected', multi_other: '{{count}} steps selected',
    },
    align: {
      title: 'Align', left: 'Align left', centerX: 'Align centres', right: 'Align right', top: 'Align top', middle: 'Align middles', bottom: 'Align bottom',
      distributeX: 'Space evenly across', distributeY: 'Space evenly down',
    },
    workflow: {
      title: 'Workflow', name: 'Workflow name', nameEn: 'Name in English', description: 'Description', descriptionEn: 'Description in English', definitionId: 'Definition id', variables: 'Variables', noVariables: 'No variables yet.',
      variableName: 'Variable {{n}} name', type: 'Type', initialValue: 'Initial value', removeVariable: 'Remove variable {{name}}', addVariable: 'Add variable',
      inputs: 'Inputs', noInputs: 'No inputs yet.', inputName: 'Input {{n}} name', displayName: 'Display name', defaultValue: 'Default value',
      accessors: 'Variables and inputs a script can read',
    required: 'Required', removeInput: 'Remove input {{name}}', addInput: 'Add input',
      uiHintLabel: 'Kind of value', uiHint: 'Kind of value of input {{name}}',
      uiHintHelp: 'Kind of value (uiHint): a start checks the value as this kind',
      hints: {
        none: '— None —', deadlinerule: 'Deadline rule (WorkingDays:10)', dayofyear: 'Day of the year (MM-dd)',
        date: 'Date (year-month-day)', unitquery: 'Unit query', year: 'Year',
        unitlist: 'List of units', inspectionkind: 'Kind of inspection or supervision',
      },
      otherHint: '{{hint}} (not checked at start)',
    },
    problems: {
      title: 'Problems', errors: '{{count}} errors', warnings: '{{count}} warnings', errors_one: '1 error', errors_other: '{{count}} errors',
      warnings_one: '1 warning', warnings_other: '{{count}} warnings', checking: 'Checking…', none: 'No problems.',
      workflow: 'Workflow', Error: 'Error', Warning: 'Warning',
    },
    table: { title: 'Steps of the workflow', type: 'Type', next: 'Next steps', previous: 'Previous steps', problems: 'Problems' },
    versions: {
      title: 'Version history', version: 'Version', createdAt: 'Created', comment: 'Review comment', current: 'Current draft (unsaved)',
      latest: 'latest', published: 'published', compare: 'Compare the two selected', compareWithCurrent: 'Compare with current draft',
      pick: 'Select to compare', pickCurrent: 'Select the current draft', pickVersion: 'Select version {{version}}',
      confirmDelete: 'Delete draft version {{version}}?', diffTitle: 'Comparing {{a}} and {{b}}',
    },
    diff: {
      added: 'Added', removed: 'Removed', changed: 'Changed', same: 'Unchanged', summary: 'Summary of differences', noChanges: 'The two versions are the same.',
      addedCount_one: '1 step added', addedCount_other: '{{count}} steps added', removedCount_one: '1 step removed', removedCount_other: '{{count}} steps removed', changedCount_one: '1 step changed', changedCount_other: '{{count}} steps changed',
      movedCount_one: '1 step moved', movedCount_other: '{{count}} steps moved', connections: 'Connections: {{added}} added, {{removed}} removed', definition: 'Workflow fields changed: {{fields}}',
    },
    timeline: {
      title: 'Deadlines and reminders', start: 'Start date', Deadline: 'Deadline', Reminder: 'Reminder', Escalation: 'Urging', holidays: 'Days off',
    },
    shortcuts: {
      title: 'Keyboard shortcuts', moveSelection: 'Move to the neighbouring step', nudge: 'Nudge the selected steps', editProperties: 'Edit the selected step’s properties',
      clipboard: 'Copy, cut, paste (also into another workflow)', clear: 'Clear the selection',
    },
    a11y: {
      canvas: 'Workflow diagram {{name}}', canvasRole: 'workflow diagram', node: 'Workflow step. Enter edits its properties, F2 renames it.',
      edge: 'Connection between two steps', minimap: 'Minimap',
      help: 'Arrow keys move between steps, A adds a connected step, C connects to another step, F2 renames, Delete deletes, Ctrl+K opens the command list, ? shows the shortcuts.',
    },
  },
  diagram: {
    controls: 'Zoom controls', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit to screen', lock: 'Lock the diagram', minimap: 'Minimap',
    handle: 'Connection point', node: 'A workflow step, read only.', edge: 'A connection between two steps.', edgeLabel: 'Connection from “{{from}}” ({{port}}) to “{{to}}”',
    moved: 'Moved the selected step {{direction}}. New position: x {{x}}, y {{y}}.',
    directions: { up: 'up', down: 'down', left: 'left', right: 'right' },
  },
  editor: {
    required: 'Required.', requiredMark: 'required', literal: 'Value', syntax: 'How “{{field}}” is written', choose: '— Choose —',
    chooseVariable: '— Choose a variable —', jsPlaceholder: 'A JavaScript expression, e.g. getCounter() + 1', badJson: 'Invalid JSON: {{error}}',
    unitPlaceholder: 'Unit code', moveUp: 'Up', moveDown: 'Down', accessors: 'Variables and inputs a script can read',
    options: {
      WaitAny: 'First branch to arrive', WaitAll: 'All branches', MatchFirst: 'First matching case', MatchAny: 'Every matching case',
      UserTask: 'User task', WorkTask: 'Work task', Milestone: 'Milestone', Report: 'Report',
      Inspection: 'Inspection', ThematicSupervision: 'Thematic supervision', RegularSupervision: 'Regular supervision',
      Training: 'Training', Seminar: 'Seminar', Briefing: 'Briefing meeting', Conference: 'Conference',
      InApp: 'In the app', Email: 'Email', Webhook: 'Another system (webhook)', All: 'Every channel',
      Interim: 'Interim review', Final: 'Final review',
      Monthly: 'Monthly report', Quarterly: 'Quarterly report', SixMonth: 'Six-month report', Annual: 'Annual report', Thematic: 'Thematic report',
      AdHoc: 'Ad hoc report', InterimReview: 'Interim review report', FinalReview: 'Final review report', SelfInspection: 'Self-inspection report',
    },
    duration: { days: 'days', hours: 'hours', minutes: 'minutes', seconds: 'seconds', unreadable: 'Cannot read “{{value}}”.' },
    cron: {
      help: 'Six fields, seconds first; Vietnam time.', sixFields: 'A cron expression needs exactly six fields (seconds first).', badField: 'A field is not valid.',
      everyWorkdayAt8: '08:00 on working days', firstOfMonthAt8: '08:00 on the 1st of each month', everyMondayAt8: '08:00 every Monday', every15Minutes: 'Every 15 minutes',
    },
    list: { item: 'Item {{n}}', remove: 'Remove {{item}}', placeholder: 'Type an item, then Enter', add: 'Add' },
    cases: { case: 'Case {{n}}', label: 'Branch name', condition: 'Condition (JavaScript)', add: 'Add case' },
    deadline: {
      basis: 'How the deadline is counted', value: 'Value', WorkingDays: 'Working days', CalendarDays: 'Calendar days', FixedDate: 'Fixed date of the year',
      DayOfMonth: 'Day of the month', helpWorkingDays: 'The start day is not counted; weekends, holidays and Tết are skipped.',
      helpCalendarDays: 'The start day is not counted; a deadline on a day off moves to the next working day (Civil Code 2015, art. 148).',
      helpFixedDate: 'Month-day, e.g. 06-10 for 10 June every year; or year-month-day, e.g. 2026-06-10.', helpDayOfMonth: 'E.g. 25: by the 25th of each month.',
      badDays: 'Enter a number of days from 0 to 3660.', badDayOfMonth: 'Enter a day from 1 to 31.', badFixedDate: 'Enter the date as MM-dd (e.g. 06-10) or yyyy-MM-dd (e.g. 2026-06-10).',
    },
    reminders: {
      before: 'Remind before the deadline (working days, comma-separated)', onDay: 'Remind on the due day', onDayTime: 'Time of the due-day reminder',
      overdue: 'Remind when overdue (working days)', sendAt: 'Time reminders are sent',
    },
    form: {
      field: 'Field {{n}}', name: 'Field key', label: 'Label', labelVi: 'Vietnamese label', labelEn: 'English label', type: 'Type', required: 'Required', options: 'Choices (comma-separated)', add: 'Add field',
      types: { text: 'Text', multiline: 'Multi-line text', number: 'Number', date: 'Date', checkbox: 'Yes/no', select: 'Choice', file: 'Attachment', docsymbol: 'Document number and symbol' },
    },
    assignee: {
      modes: { role: 'A role in a unit', user: 'A person', units: 'Any of several units' },
      role: 'Role', chooseRole: '— Choose a role —', unit: 'Unit', userName: 'User name', units: 'Units', addUnit: 'Add a unit',
      notUnitRole: '“{{role}}” is not a role people hold in a unit, so nobody could take this task. Choose a role in a unit.',
    },
  },
  ...termsEn,
  ...workEn,
  startWorkflow: startEn,
  records: { ...recordsEn, ...recordsProgressEn, ...recordsOversightEn, ...recordsPlanningEn },
  admin: adminEn,
};
