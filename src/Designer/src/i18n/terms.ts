/**
 * The one place that names, in the page's language, the codes workflows and the engine write: actions and outcomes,
 * journal events, roles, activity categories, deadline rules, and what a journal entry's message says. Each falls back
 * to the code itself, so a name a workflow invents still shows.
 *
 * Names are looked up in the dictionary object rather than by key: a branch a designer names "Bước 2: duyệt" or
 * "v1.2" would otherwise be split at the ':' and '.' i18next reads as separators.
 */
import type { TFunction } from 'i18next';
import type { TimelineItem } from '../api/types';
import { formatDate } from '../lib/dates';
import { parseDeadlineRule } from '../designer/model/propertyModel';

function named(t: TFunction, section: string, code: string): string {
  const dictionary = t(section, { returnObjects: true, defaultValue: {} }) as unknown;
  const name = typeof dictionary === 'object' && dictionary !== null && Object.hasOwn(dictionary, code)
    ? (dictionary as Record<string, unknown>)[code] : undefined;
  return typeof name === 'string' && name ? name : code;
}

/** A task's action or an activity's outcome (the same word: a task's actions are its activity's outcomes). */
export function outcomeName(t: TFunction, outcome: string): string {
  return named(t, 'outcomes', outcome);
}

/** A journal event (the task history and the instance journal show the same words). */
export function eventName(t: TFunction, event: string): string {
  return named(t, 'events', event);
}

/** The roles people hold in a unit (Domain's Role and the escalation ladder's), the ones a task can be given to. */
export const UNIT_ROLES = [
  'Leader', 'DeputyLeader', 'SectionHead', 'Specialist', 'Clerk', 'FocalPoint', 'InspectionTeamHead', 'TeamMember', 'Secretary', 'BoardLeader',
] as const;

/** A role, in the app or in a unit. */
export function roleName(t: TFunction, role: string): string {
  return named(t, 'roles', role);
}

/** A report's kind (`SixMonth` → "Báo cáo 6 tháng"), as the reports pages name it. */
export function reportKindName(t: TFunction, kind: string): string {
  return named(t, 'records.reports.kinds', kind);
}

/** A meeting's kind (`Briefing` → "Giao ban"), as the designer's choice names it. */
export function meetingKindName(t: TFunction, kind: string): string {
  return named(t, 'editor.options', kind);
}

/** A group of the activity palette. */
export function categoryName(t: TFunction, category: string): string {
  return named(t, 'designer.categories', category);
}

/** A deadline rule (`WorkingDays:2`) in words ("2 ngày làm việc"); text that is not a rule stays as it is. */
export function deadlineRuleText(t: TFunction, rule: string): string {
  if (!/^\s*(WorkingDays|CalendarDays|FixedDate|DayOfMonth)\s*:/i.test(rule)) return rule;
  const { basis, value } = parseDeadlineRule(rule);
  switch (basis) {
    case 'WorkingDays':
    case 'CalendarDays':
      return /^\d+$/.test(value) ? t(`deadlineRule.${basis}`, { count: Number(value) }) : rule;
    case 'DayOfMonth':
      return /^\d+$/.test(value) ? t('deadlineRule.DayOfMonth', { day: Number(value) }) : rule;
    case 'FixedDate': {
      const dated = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (dated) return t('deadlineRule.FixedDateOfYear', { date: `${dated[3]}/${dated[2]}/${dated[1]}` });
      const m = /^(\d{1,2})-(\d{1,2})$/.exec(value);
      return m ? t('deadlineRule.FixedDate', { date: `${m[2].padStart(2, '0')}/${m[1].padStart(2, '0')}` }) : rule;
    }
  }
}

/** Who a task is for: a person, else a role at a unit ("Chuyên viên @ Ban Tuyên giáo"), named by the two functions given. */
export function assigneeText(t: TFunction, task: { assigneeUser?: string | null; assigneeRole?: string | null; assigneeUnitId?: string | null },
  unitName: (id: string) => string): string {
  if (task.assigneeUser) return task.assigneeUser;
  return [task.assigneeRole ? roleName(t, task.assigneeRole) : '', task.assigneeUnitId ? unitName(task.assigneeUnitId) : ''].filter(Boolean).join(' @ ');
}

/** The bookmark of every human task (HumanTaskSpec.BookmarkName); the engine's own bookmarks share its prefix. */
export const HUMAN_TASK_BOOKMARK = 'Supervision.HumanTask';

const OUTCOME_EVENTS = new Set(['ActivityCompleted', 'TaskCompleted']);
const BOOKMARK_EVENTS = new Set(['BookmarkCreated', 'BookmarkResumed', 'BookmarkCancelled', 'TimerScheduled', 'TimerFired']);

/**
 * What a journal entry's message column says. A completion's message is the outcome or action taken (several joined by
 * commas); a bookmark's is its name, which is an activity type (a timer), an event's name, or the engine's own name for a
 * human task, shown as the type of the activity that waits (or nothing when that is not known). Other messages are
 * people's text (comments, errors, notices) and stay as written.
 */
export function journalMessage(t: TFunction, entry: { event: string; message?: string | null; activityType?: string | null },
  typeName: (type: string) => string | undefined = () => undefined): string {
  const message = entry.message ?? '';
  if (!message) return '';
  if (OUTCOME_EVENTS.has(entry.event)) return message.split(',').map((o) => outcomeName(t, o.trim())).join(', ');
  if (BOOKMARK_EVENTS.has(entry.event)) {
    const type = typeName(message);
    if (type) return type;
    if (message.startsWith('Supervision.')) return (entry.activityType && typeName(entry.activityType)) || '';
  }
  // Dates the server writes into a message (a due date moved "2026-12-17 → 2026-12-07") read as every date the app shows.
  return message.replace(/\b(\d{4}-\d{2}-\d{2})\b(?!T)/g, (date) => formatDate(date));
}

/** What one item of the deadline timeline is, worded in the page's language from the parts the server sends. */
export function timelineText(t: TFunction, item: TimelineItem): string {
  const what = item.what;
  if (!what) return item.label;
  if (item.kind === 'Deadline') {
    if (what.rule) return t('timelineItem.due', { rule: deadlineRuleText(t, what.rule) });
    if (what.fixedDue) return t('timelineItem.dueFixed', { date: formatDate(what.fixedDue) });
    return item.label;
  }
  const count = Math.abs(item.workingDaysFromDue ?? 0);
  switch (what.reminder) {
    case 'Upcoming': case 'Overdue': return t(`timelineItem.${what.reminder}`, { count });
    case 'DueToday': return t('timelineItem.DueToday');
    case 'Escalation':
      switch (what.action) {
        case 'NotifyRole': return t('timelineItem.NotifyRole', { role: what.role ? roleName(t, what.role) : '' });
        case 'IssueUrgeNotice': return t('timelineItem.IssueUrgeNotice', { level: what.urgeLevel ?? '' });
        case 'ReportToCommittee': case 'Timeout': return t(`timelineItem.${what.action}`);
      }
  }
  return item.label;
}
