import { describe, expect, it } from 'vitest';
import { MILESTONE_STATUSES, REPORT_KINDS, REPORT_STATUS_FILTERS, type MilestoneDecision, type Report, type ReportSubmission } from '../api/records-progress';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import {
  apiQuery, backwardsRange, canConfirm, commentRequired, decidedOnTaskPage, formatPeriod, milestoneActions, milestoneFilterFromParams, milestoneFilterToParams, owingOverdue, reportFilterFromParams, reportFilterToParams, reportRoles, reportRowActions, reportRows, rowActions, URGE_LEVELS, urgeFilterFromParams, urgeFilterToParams, type ReportRowStatus,
} from './progress';
import { pageCount, unitName } from './common';
import { formatInstant } from '../lib/dates';

const params = (query: string) => new URLSearchParams(query);

describe('records filters', () => {
  it('milestones show the pending ones by default, and the server is asked for them explicitly', () => {
    const filter = milestoneFilterFromParams(params(''));
    expect(filter).toEqual({ status: 'Pending', unitId: '', page: 1 });
    expect(milestoneFilterToParams(filter).toString()).toBe('');
    expect(apiQuery(filter).toString()).toBe('status=Pending&page=1&pageSize=20');
  });

  it('reads a milestone filter from the address bar and writes back only what differs from the defaults', () => {
    const filter = milestoneFilterFromParams(params('status=Returned&unitId=DU-SYT&page=3'));
    expect(filter).toEqual({ status: 'Returned', unitId: 'DU-SYT', page: 3 });
    expect(milestoneFilterToParams(filter).toString()).toBe('status=Returned&unitId=DU-SYT&page=3');
    expect(apiQuery(filter).toString()).toBe('status=Returned&unitId=DU-SYT&page=3&pageSize=20');
  });

  it('falls back to the defaults for unknown statuses, levels, malformed dates and pages', () => {
    expect(milestoneFilterFromParams(params('status=Bogus&page=-2'))).toEqual({ status: 'Pending', unitId: '', page: 1 });
    expect(reportFilterFromParams(params('status=pending&dueFrom=1/6/2026&dueTo=2026-06-30&page=x')))
      .toEqual({ status: '', unitId: '', dueFrom: '', dueTo: '2026-06-30', page: 1 });
    expect(urgeFilterFromParams(params('level=5&issuedFrom=2026-13'))).toEqual({ level: '', unitId: '', issuedFrom: '', issuedTo: '', page: 1 });
  });

  it('asks for reports by status (Outstanding included) and due range, leaving out what is empty', () => {
    const filter = reportFilterFromParams(params('status=Outstanding&dueFrom=2026-06-01&dueTo=2026-06-30'));
    expect(reportFilterToParams(filter).toString()).toBe('status=Outstanding&dueFrom=2026-06-01&dueTo=2026-06-30');
    expect(apiQuery(filter).toString()).toBe('status=Outstanding&dueFrom=2026-06-01&dueTo=2026-06-30&page=1&pageSize=20');
    expect(REPORT_STATUS_FILTERS).toEqual(['Submitted', 'Late', 'Returned', 'Accepted', 'Outstanding']);
  });

  it('asks for urge notices by level 1–4 and issue range', () => {
    const filter = urgeFilterFromParams(params('level=3&issuedFrom=2026-11-01&unitId=DU-SGDDT&page=2'));
    expect(filter).toEqual({ level: '3', unitId: 'DU-SGDDT', issuedFrom: '2026-11-01', issuedTo: '', page: 2 });
    expect(urgeFilterToParams(filter).toString()).toBe('level=3&unitId=DU-SGDDT&issuedFrom=2026-11-01&page=2');
    expect(apiQuery(filter, 50).toString()).toBe('level=3&unitId=DU-SGDDT&issuedFrom=2026-11-01&page=2&pageSize=50');
  });

  it('does not ask for a range that ends before it starts', () => {
    expect(backwardsRange('2026-06-30', '2026-06-01')).toBe(true);
    expect(backwardsRange('2026-06-01', '2026-06-01')).toBe(false);
    expect(backwardsRange('', '2026-06-01')).toBe(false);
    expect(backwardsRange('2026-06-01', '')).toBe(false);
  });

  it('counts pages, at least one', () => {
    expect(pageCount(undefined)).toBe(1);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(101, 50)).toBe(3);
  });
});

describe('records formatting', () => {
  it('names a unit in the page language, then the other, then by its code', () => {
    const unit = { id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Party Committee of the Department of Health' };
    expect(unitName(unit, 'vi')).toBe('Đảng ủy Sở Y tế');
    expect(unitName(unit, 'en')).toBe('Party Committee of the Department of Health');
    expect(unitName({ id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: null }, 'en')).toBe('Đảng ủy Sở Y tế');
    expect(unitName({ id: '5b0c', nameVi: null, nameEn: null }, 'vi')).toBe('5b0c');
    expect(unitName(undefined, 'vi')).toBe('');
  });

  it('shows an instant in Hà Nội time as dd/mm/yyyy hh:mm, whatever the machine’s zone', () => {
    expect(formatInstant('2026-11-20T17:30:00Z')).toBe('21/11/2026 00:30');
    expect(formatInstant('2026-06-10T08:05:00+07:00')).toBe('10/06/2026 08:05');
    expect(formatInstant(null)).toBe('');
    expect(formatInstant('not a date')).toBe('not a date');
  });

  it('shows a data period with both days', () => {
    expect(formatPeriod('2026-01-01', '2026-06-30')).toBe('01/01/2026 – 30/06/2026');
  });
});

describe('which actions a row offers', () => {
  const approval = { canAct: true, decisions: ['approve', 'return'] as MilestoneDecision[] };
  it('a milestone the user may decide offers the decisions the server lists for it; any other none', () => {
    expect(milestoneActions({ canDecide: true, status: 'Pending', ...approval })).toEqual(['approve', 'return']);
    expect(milestoneActions({ canDecide: false, status: 'Pending', ...approval, decisions: [] })).toEqual([]);
    expect(milestoneActions({ canDecide: true, status: 'Approved', ...approval })).toEqual([]);
    expect(decidedOnTaskPage({ canDecide: true, status: 'Pending', ...approval })).toBe(false);
  });

  it('a milestone whose task acts otherwise, or needs its form filled, is decided on the task page', () => {
    // "Ban hành và gửi Kế hoạch": the only action is Issued, with the document number required; the server lists no decision.
    const issue = { canDecide: false, canAct: true, status: 'Pending' as const, decisions: [] as MilestoneDecision[] };
    expect(milestoneActions(issue)).toEqual([]);
    expect(decidedOnTaskPage(issue)).toBe(true);
    expect(milestoneActions({ ...issue, canDecide: true, decisions: ['approve'] })).toEqual(['approve']);
    expect(decidedOnTaskPage({ ...issue, canAct: false })).toBe(false);
    expect(decidedOnTaskPage({ ...issue, status: 'Done' })).toBe(false);
  });

  it('only a return (or a fix sent back) needs a comment, and a blank one does not count', () => {
    expect(commentRequired('return')).toBe(true);
    expect(commentRequired('reject')).toBe(true);
    expect(['approve', 'accept', 'submit', 'report', 'verify'].map((a) => commentRequired(a as 'approve'))).toEqual([false, false, false, false, false]);
    expect(canConfirm('return', '   ')).toBe(false);
    expect(canConfirm('return', 'Bổ sung số liệu quý II')).toBe(true);
    expect(canConfirm('reject', ' ')).toBe(false);
    expect(canConfirm('reject', 'Thiếu biên bản')).toBe(true);
    expect(canConfirm('approve', '')).toBe(true);
    expect(canConfirm('report', '')).toBe(true);
  });

  it('officers submit, supervisors review; an administrator or a viewer is neither', () => {
    expect(reportRoles(['UnitOfficer'])).toEqual({ officer: true, supervisor: false });
    expect(reportRoles(['Supervisor', 'Designer'])).toEqual({ officer: false, supervisor: true });
    expect(reportRoles(['Admin'])).toEqual({ officer: false, supervisor: false });
    expect(reportRoles(undefined)).toEqual({ officer: false, supervisor: false });
  });

  it('a report row offers submit when owing or returned (officers) and accept or return when awaiting review (supervisors)', () => {
    const officer = { officer: true, supervisor: false };
    const supervisor = { officer: false, supervisor: true };
    const both = { officer: true, supervisor: true };
    const statuses: ReportRowStatus[] = ['Owing', 'Submitted', 'Late', 'Returned', 'Accepted'];
    expect(Object.fromEntries(statuses.map((s) => [s, reportRowActions(s, officer)]))).toEqual({
      Owing: ['submit'], Submitted: [], Late: [], Returned: ['submit'], Accepted: [],
    });
    expect(Object.fromEntries(statuses.map((s) => [s, reportRowActions(s, supervisor)]))).toEqual({
      Owing: [], Submitted: ['accept', 'return'], Late: ['accept', 'return'], Returned: [], Accepted: [],
    });
    expect(reportRowActions('Late', both)).toEqual(['accept', 'return']);
    expect(reportRowActions('Owing', { officer: false, supervisor: false })).toEqual([]);
  });

  it('lists the submissions, then the units still owing', () => {
    const submission = (unit: string, status: ReportSubmission['status']): ReportSubmission => ({
      id: unit, unit: { id: unit }, status, dueOn: '2026-06-10', isLate: false, firstSubmittedAt: '2026-06-01T01:00:00Z',
      submittedAt: '2026-06-01T01:00:00Z', returnCount: 0,
    });
    const report: Pick<Report, 'submissions' | 'outstanding'> = {
      submissions: [submission('DU-SYT', 'Accepted'), submission('DU-SGDDT', 'Late')],
      outstanding: [{ id: 'DU-CA' }],
    };
    expect(reportRows(report).map((r) => [r.unit.id, r.status, !!r.submission])).toEqual([
      ['DU-SYT', 'Accepted', true], ['DU-SGDDT', 'Late', true], ['DU-CA', 'Owing', false],
    ]);
  });

  it('a unit still owing after the due day is overdue (Hà Nội’s today)', () => {
    expect(owingOverdue('Owing', '2026-06-10', '2026-06-11')).toBe(true);
    expect(owingOverdue('Owing', '2026-06-10', '2026-06-10')).toBe(false);
    expect(owingOverdue('Returned', '2026-06-10', '2026-06-11')).toBe(true);
    expect(owingOverdue('Accepted', '2026-06-10', '2026-06-11')).toBe(false);
  });
});

describe('records texts', () => {
  it('name every status, kind and level in both languages', () => {
    for (const texts of [vi, en]) {
      const r = texts.records as unknown as {
        milestones: { statuses: Record<string, string> };
        reports: { statusFilter: Record<string, string>; rowStatuses: Record<string, string>; kinds: Record<string, string> };
        urge: { levels: Record<string, string> };
      };
      for (const s of MILESTONE_STATUSES) expect(r.milestones.statuses[s]).toBeTruthy();
      for (const s of REPORT_STATUS_FILTERS) expect(r.reports.statusFilter[s]).toBeTruthy();
      for (const s of ['Submitted', 'Late', 'Returned', 'Accepted', 'Owing']) expect(r.reports.rowStatuses[s]).toBeTruthy();
      for (const k of REPORT_KINDS) expect(r.reports.kinds[k]).toBeTruthy();
      for (const l of URGE_LEVELS) expect(r.urge.levels[l]).toBeTruthy();
    }
  });
});

describe('rowActions', () => {
  const row = { unit: { id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế' }, status: 'Owing' as const };
  const officer = { officer: true, supervisor: false };
  it('follows the server: the step that waits for the unit and whether the reader may take it', () => {
    expect(rowActions({ openSteps: [{ unitId: 'DU-SYT', step: 'submit', taskId: 't1', canAct: true, hasForm: false }] }, row, officer)).toEqual({ actions: ['submit'] });
    expect(rowActions({ openSteps: [{ unitId: 'DU-SYT', step: 'review', taskId: 't2', canAct: true, hasForm: false }] }, row, officer)).toEqual({ actions: ['accept', 'return'] });
    expect(rowActions({ openSteps: [{ unitId: 'DU-SYT', step: 'review', taskId: 't2', canAct: false, hasForm: false }] }, row, officer)).toEqual({ actions: [] });
    expect(rowActions({ openSteps: [{ unitId: 'DU-SGDDT', step: 'submit', taskId: 't3', canAct: true, hasForm: false }] }, row, officer)).toEqual({ actions: [] });
  });
  it('sends a step with a form to its task page', () => {
    expect(rowActions({ openSteps: [{ unitId: 'DU-SYT', step: 'submit', taskId: 't1', canAct: true, hasForm: true }] }, row, officer)).toEqual({ actions: [], formTaskId: 't1' });
  });
  it('falls back to roles when the server gives no steps', () => {
    expect(rowActions({}, row, officer)).toEqual({ actions: ['submit'] });
  });
});
