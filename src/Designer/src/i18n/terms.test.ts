import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import descriptorsJson from '../designer/model/__fixtures__/activity-descriptors.json';
import type { ActivityDescriptor } from '../designer/model/descriptors';
import { indexDescriptors } from '../designer/model/descriptors';
import type { ElsaActivity } from '../designer/model/elsa';
import { outcomePorts } from '../designer/model/ports';
import { makeLabels } from '../designer/labels';
import { shippedWorkflows } from '../designer/model/testing';
import i18n from '.';
import { en } from './en';
import {
  assigneeText, categoryName, deadlineRuleText, eventName, journalMessage, outcomeName, roleName, UNIT_ROLES, timelineText,
} from './terms';
import type { TimelineItem } from '../api/types';
import { vi } from './vi';

// The descriptors GET /api/activity-descriptors serves (refresh the fixture when an activity is added).
const descriptors = descriptorsJson as unknown as ActivityDescriptor[];
const index = indexDescriptors(descriptors);
const repo = (path: string) => readFileSync(resolve(process.cwd(), '../..', path), 'utf8');
/** The text of every C# file under a folder of the repository. */
const csharp = (folder: string): string[] => readdirSync(resolve(process.cwd(), '../..', folder), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.cs')).map((f) => repo(`${folder}/${f}`));
const t = (language: 'vi' | 'en') => i18n.getFixedT(language);

afterEach(async () => {
  await i18n.changeLanguage('vi');
});

/** Every activity of a definition, nested ones too. */
function activities(node: unknown): ElsaActivity[] {
  if (Array.isArray(node)) return node.flatMap(activities);
  if (typeof node !== 'object' || node === null) return [];
  const own = typeof (node as ElsaActivity).type === 'string' && typeof (node as ElsaActivity).id === 'string' ? [node as ElsaActivity] : [];
  return [...own, ...Object.values(node).flatMap(activities)];
}

/** The names of a dictionary section both languages must have. */
const missingIn = (codes: Iterable<string>, section: (d: typeof vi) => Record<string, unknown>) =>
  [...new Set(codes)].filter((code) => typeof section(vi)[code] !== 'string' || typeof section(en as unknown as typeof vi)[code] !== 'string');

describe('names of outcomes and actions', () => {
  it('cover every outcome of every activity the server ships', () => {
    expect(descriptors.length).toBeGreaterThan(20);
    expect(missingIn(descriptors.flatMap((d) => d.outcomes), (d) => d.outcomes)).toEqual([]);
  });

  it('cover every port and action of the shipped workflows', () => {
    const ports = shippedWorkflows().flatMap(({ json }) => activities(json.root).flatMap((a) => outcomePorts(a, index.get(a.type))));
    expect(ports).toContain('Urging');
    expect(missingIn(ports, (d) => d.outcomes)).toEqual([]);
  });

  it('cover the actions the activities give their tasks', () => {
    const actions = csharp('src/Workflows/Activities').flatMap((text) => [...text.matchAll(/(?:Actions|CommentRequiredFor) = \[([^\]]*)\]/g)])
      .flatMap((m) => [...m[1].matchAll(/"(\w+)"/g)].map((x) => x[1]));
    expect(actions).toEqual(expect.arrayContaining(['Issue', 'Verify', 'Held']));
    expect(missingIn(actions, (d) => d.outcomes)).toEqual([]);
  });

  it('are the designer’s port labels', () => {
    expect(makeLabels(t('vi'), 'vi').port('Approved')).toBe('Đã duyệt');
    expect(makeLabels(t('vi'), 'vi').output('Urged')).toBe('Đầu ra Đã đôn đốc');
    expect(makeLabels(t('en'), 'en').port('ReferredToInspectionCommission')).toBe('Referred to the Inspection Commission');
  });

  it('read in the page language, and fall back to the name a workflow gave', () => {
    expect(outcomeName(t('vi'), 'Archived')).toBe('Lưu hồ sơ');
    expect(outcomeName(t('en'), 'Archived')).toBe('Archive');
    expect(outcomeName(t('vi'), 'NoFindings')).toBe('Không phát hiện hạn chế');
    expect(outcomeName(t('vi'), 'Bước 2: duyệt v1.2')).toBe('Bước 2: duyệt v1.2');
    expect(outcomeName(t('vi'), 'constructor')).toBe('constructor');
  });
});

describe('names of journal events', () => {
  it('cover every event the engine writes', () => {
    const files = ['src/Workflows/Execution/WorkflowState.cs', 'src/Workflows/Scheduling/SchedulingJournalEvents.cs', 'src/Workflows/Runtime/Projections.cs'];
    const events = files.flatMap((f) => {
      const text = repo(f);
      return [...text.matchAll(/class \w*JournalEvents\s*\{([\s\S]*?)\n\}/g)].flatMap((c) => [...c[1].matchAll(/const string \w+ = "(\w+)"/g)].map((m) => m[1]));
    });
    expect(events).toEqual(expect.arrayContaining(['WorkflowStarted', 'BookmarkCreated', 'TaskCompleted', 'ReminderSent']));
    expect(missingIn(events, (d) => d.events)).toEqual([]);
    expect(eventName(t('vi'), 'WorkflowSuspended')).toBe('Chờ xử lý');
    expect(eventName(t('en'), 'TaskCompleted')).toBe('Completed');
  });
});

describe('names of roles', () => {
  it('cover the roles of the app, of units, and those the shipped workflows assign', () => {
    const appRoles = [.../class Roles\s*\{([\s\S]*?)\n\}/.exec(repo('src/Api/Security/Policies.cs'))![1].matchAll(/const string \w+ = "(\w+)"/g)].map((m) => m[1]);
    const unitRoles = /enum Role\s*\{([\s\S]*?)\}/.exec(repo('src/Domain/Organisation/OrgEnums.cs'))![1].replace(/\/\/\/.*$/gm, '').match(/\w+/g)!;
    const assigned = shippedWorkflows().flatMap(({ text }) => [...text.matchAll(/\\?"role\\?"\s*:\s*\\?"(\w+)/g)].map((m) => m[1]));
    expect(appRoles).toEqual(['Admin', 'Designer', 'Supervisor', 'UnitOfficer', 'Viewer']);
    expect(unitRoles).toContain('InspectionTeamHead');
    expect(assigned).toContain('SectionHead');
    expect(missingIn([...appRoles, ...unitRoles, ...assigned, ...UNIT_ROLES], (d) => d.roles)).toEqual([]);
    expect(roleName(t('vi'), 'FocalPoint')).toBe('Đầu mối');
    expect(roleName(t('en'), 'Specialist')).toBe('Officer');
  });

  it('name an assignee by role and unit', () => {
    const units = (id: string) => ({ 'DU-SYT': 'Đảng ủy Sở Y tế' } as Record<string, string>)[id] ?? id;
    expect(assigneeText(t('vi'), { assigneeRole: 'FocalPoint', assigneeUnitId: 'DU-SYT' }, units)).toBe('Đầu mối @ Đảng ủy Sở Y tế');
    expect(assigneeText(t('vi'), { assigneeRole: 'Specialist', assigneeUnitId: 'BTGDV-KG' }, units)).toBe('Chuyên viên @ BTGDV-KG');
    expect(assigneeText(t('vi'), { assigneeUser: 'officer1', assigneeRole: 'FocalPoint' }, units)).toBe('officer1');
  });
});

describe('names of task statuses', () => {
  it('cover every status a task can have', () => {
    const statuses = [.../class TaskStatuses\s*\{([\s\S]*?)\n\}/.exec(repo('src/Workflows/Persistence/ApplicationRecords.cs'))![1]
      .matchAll(/const string \w+ = "(\w+)"/g)].map((m) => m[1]);
    expect(statuses).toContain('Returned');
    const missing = statuses.filter((s) => typeof (vi.inbox as Record<string, unknown>)[`status_${s}`] !== 'string'
      || typeof (en.inbox as Record<string, unknown>)[`status_${s}`] !== 'string');
    expect(missing).toEqual([]);
  });
});

describe('names of categories and options', () => {
  it('cover every palette group', () => {
    expect(missingIn(descriptors.map((d) => d.category), (d) => d.designer.categories)).toEqual([]);
    expect(categoryName(t('vi'), 'Human tasks')).toBe('Nhiệm vụ');
  });

  it('cover every choice of a dropdown input (numbers aside)', () => {
    const options = descriptors.flatMap((d) => d.inputs.flatMap((i) => i.options ?? [])).filter((o) => !/^\d+$/.test(o));
    expect(options).toEqual(expect.arrayContaining(['UserTask', 'WorkTask', 'Milestone', 'Report']));
    expect(missingIn(options, (d) => d.editor.options)).toEqual([]);
  });
});

describe('deadline rules', () => {
  it('read as words', () => {
    expect(deadlineRuleText(t('vi'), 'WorkingDays:2')).toBe('2 ngày làm việc');
    expect(deadlineRuleText(t('en'), 'WorkingDays:2')).toBe('2 working days');
    expect(deadlineRuleText(t('en'), 'WorkingDays:1')).toBe('1 working day');
    expect(deadlineRuleText(t('vi'), 'CalendarDays:30')).toBe('30 ngày');
    expect(deadlineRuleText(t('en'), 'CalendarDays:30')).toBe('30 calendar days');
    expect(deadlineRuleText(t('vi'), 'FixedDate:06-10')).toBe('ngày 10/06 hằng năm');
    expect(deadlineRuleText(t('vi'), 'FixedDate:2026-06-10')).toBe('ngày 10/06/2026');
    expect(deadlineRuleText(t('en'), 'FixedDate:2026-06-10')).toBe('on 10/06/2026');
    expect(deadlineRuleText(t('en'), 'DayOfMonth:25')).toBe('day 25 of each month');
    expect(deadlineRuleText(t('vi'), 'WorkingDays:x')).toBe('WorkingDays:x');
    expect(deadlineRuleText(t('vi'), '10 ngày')).toBe('10 ngày');
  });

  it('word the deadline timeline in the page\'s language from the parts the server sends', () => {
    const item = (kind: TimelineItem['kind'], what: TimelineItem['what'], workingDaysFromDue = 0): TimelineItem =>
      ({ activityId: 'a', activityName: 'A', kind, at: '2026-06-10T17:00:00Z', workingDaysFromDue, label: 'as the server wrote it', what });
    expect(timelineText(t('vi'), item('Deadline', { rule: 'WorkingDays:2' }))).toBe('Hạn hoàn thành (2 ngày làm việc)');
    expect(timelineText(t('en'), item('Deadline', { fixedDue: '2026-06-10' }))).toBe('Due (fixed date 10/06/2026)');
    expect(timelineText(t('vi'), item('Reminder', { reminder: 'Upcoming' }, -2))).toBe('Nhắc trước hạn 2 ngày làm việc');
    expect(timelineText(t('en'), item('Reminder', { reminder: 'Upcoming' }, -1))).toBe('Reminder 1 working day before the due date');
    expect(timelineText(t('en'), item('Reminder', { reminder: 'DueToday' }))).toBe('Reminder on the due date');
    expect(timelineText(t('en'), item('Reminder', { reminder: 'Overdue' }, 3))).toBe('Overdue reminder, 3 working days late');
    expect(timelineText(t('vi'), item('Escalation', { reminder: 'Escalation', action: 'NotifyRole', role: 'SectionHead' }, 1))).toBe('Chuyển cấp: báo Trưởng phòng');
    expect(timelineText(t('en'), item('Escalation', { reminder: 'Escalation', action: 'NotifyRole', role: 'BoardLeader' }, 1))).toBe('Escalate: notify Board leadership');
    expect(timelineText(t('vi'), item('Escalation', { reminder: 'Escalation', action: 'IssueUrgeNotice', urgeLevel: 2 }, 5))).toBe('Ban hành công văn đôn đốc cấp 2');
    expect(timelineText(t('en'), item('Escalation', { reminder: 'Escalation', action: 'ReportToCommittee' }, 7))).toBe('Flag for the committee report');
    expect(timelineText(t('en'), item('Reminder', undefined))).toBe('as the server wrote it');
  });
});

describe('journal messages', () => {
  const typeName = (type: string) => (type === 'Supervision.UserTask' ? 'Công việc' : type === 'Elsa.Delay' ? 'Trì hoãn' : undefined);

  it('name the outcome or action a completion took', () => {
    expect(journalMessage(t('vi'), { event: 'TaskCompleted', message: 'Submit' }, typeName)).toBe('Gửi');
    expect(journalMessage(t('vi'), { event: 'ActivityCompleted', message: 'Approved' }, typeName)).toBe('Đã duyệt');
    expect(journalMessage(t('en'), { event: 'ActivityCompleted', message: 'Reports,Urging' }, typeName)).toBe('Reports received, Urging');
  });

  it('name a bookmark by the type of the activity that waits', () => {
    expect(journalMessage(t('vi'), { event: 'BookmarkCreated', message: 'Supervision.HumanTask', activityType: 'Supervision.UserTask' }, typeName)).toBe('Công việc');
    expect(journalMessage(t('vi'), { event: 'TimerScheduled', message: 'Elsa.Delay', activityType: 'Elsa.Delay' }, typeName)).toBe('Trì hoãn');
    expect(journalMessage(t('vi'), { event: 'BookmarkResumed', message: 'Supervision.HumanTask' })).toBe('');
    expect(journalMessage(t('vi'), { event: 'BookmarkCreated', message: 'hồ-sơ-đến' }, typeName)).toBe('hồ-sơ-đến');
  });

  it('leave what people wrote as it is', () => {
    expect(journalMessage(t('vi'), { event: 'ActivityFaulted', message: 'Approved, but failed' }, typeName)).toBe('Approved, but failed');
    expect(journalMessage(t('vi'), { event: 'WorkflowStarted', message: null }, typeName)).toBe('');
  });
});

describe('journalMessage dates', () => {
  it('writes the dates inside a message as the app writes dates, and leaves moments and other text alone', () => {
    expect(journalMessage(t('vi'), { event: 'TaskDueDateChanged', message: '2026-12-17 → 2026-12-07: đề nghị của đơn vị' }))
      .toBe('17/12/2026 → 07/12/2026: đề nghị của đơn vị');
    expect(journalMessage(t('vi'), { event: 'TaskReassigned', message: 'KH-KG-2026 at 2026-12-07T01:00:00Z' })).toBe('KH-KG-2026 at 2026-12-07T01:00:00Z');
  });
});
