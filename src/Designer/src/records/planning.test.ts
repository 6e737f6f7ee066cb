import { describe, expect, it } from 'vitest';
import { PLAN_STATUSES, WORK_TASK_KINDS, WORK_TASK_STATUSES } from '../api/records-planning';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { apiQuery, filterFrom, filterToParams } from './oversight';
import { planPath, planPeriod, workTasksOfPlan } from './planning';
import { RECORD_TABS } from './RecordsLayout';

const params = (text: string) => new URLSearchParams(text);

describe('plans filter', () => {
  it('reads the address bar, dropping what the server would refuse', () => {
    expect(filterFrom('plans', params('year=2026&status=Active&q=%20khoa%20gi%C3%A1o%20&page=2'))).toEqual({
      year: '2026', status: 'Active', q: 'khoa giáo', page: 2,
    });
    expect(filterFrom('plans', params('year=1999&status=active&page=-1'))).toEqual({ year: '', status: '', q: '', page: 1 });
    expect(filterFrom('plans', params('year=2101')).year).toBe('');
    expect(filterFrom('plans', params('year=26')).year).toBe('');
    expect(filterFrom('plans', params('status=Open')).status).toBe('');
    expect(filterFrom('plans', params(`q=${'a'.repeat(250)}`)).q).toHaveLength(200);
  });

  it('asks the server with the filter, the page and its size', () => {
    expect(apiQuery({ year: '2026', status: 'Closed', q: '', page: 1 }).toString()).toBe('year=2026&status=Closed&page=1&pageSize=20');
    expect(apiQuery({ year: '', status: '', q: 'y tế', page: 3 }).toString()).toBe('q=y+t%E1%BA%BF&page=3&pageSize=20');
    expect(filterToParams('plans', { year: '', status: '', q: '', page: 1 }).toString()).toBe('');
  });
});

describe('work tasks filter', () => {
  it('reads the address bar, dropping what the server would refuse', () => {
    expect(filterFrom('workTasks', params('planId=KH-KG-2026&status=InProgress&dueFrom=2026-01-01&dueTo=2026-06-30&q=dieu%20tra&page=4'))).toEqual({
      planId: 'KH-KG-2026', status: 'InProgress', dueFrom: '2026-01-01', dueTo: '2026-06-30', q: 'dieu tra', page: 4,
    });
    expect(filterFrom('workTasks', params('status=Open&dueFrom=01/01/2026&dueTo=2026-6-30&planId=%20%20'))).toEqual({
      planId: '', status: '', dueFrom: '', dueTo: '', q: '', page: 1,
    });
    // The plan's key is the server's text up to 128 characters; a task status is not a plan status.
    expect(filterFrom('workTasks', params(`planId=${'K'.repeat(130)}`)).planId).toHaveLength(128);
    expect(filterFrom('workTasks', params('status=Active')).status).toBe('');
    for (const status of WORK_TASK_STATUSES) expect(filterFrom('workTasks', params(`status=${status}`)).status).toBe(status);
  });

  it('asks the server with the filter, the page and its size', () => {
    expect(apiQuery({ planId: 'KH-KG-2026', status: 'Returned', dueFrom: '', dueTo: '2026-12-31', q: '', page: 2 }).toString())
      .toBe('planId=KH-KG-2026&status=Returned&dueTo=2026-12-31&page=2&pageSize=20');
    expect(apiQuery({ planId: '', status: '', dueFrom: '', dueTo: '', q: '', page: 1 }, 50).toString()).toBe('page=1&pageSize=50');
  });
});

describe('links between plans and work tasks', () => {
  it('open the work tasks list filtered to a plan, as the list reads it back', () => {
    expect(workTasksOfPlan('KH-KG-2026')).toBe('/records/work-tasks?planId=KH-KG-2026');
    const link = workTasksOfPlan('KH 2026/Đợt 1&2');
    expect(link).toBe('/records/work-tasks?planId=KH+2026%2F%C4%90%E1%BB%A3t+1%262');
    const url = new URL(link, 'http://localhost');
    expect(url.pathname).toBe('/records/work-tasks');
    expect(filterFrom('workTasks', url.searchParams)).toEqual({ planId: 'KH 2026/Đợt 1&2', status: '', dueFrom: '', dueTo: '', q: '', page: 1 });
  });

  it('open a plan by its key, escaped', () => {
    expect(planPath('KH-KG-2026')).toBe('/records/plans/KH-KG-2026');
    expect(planPath('KH/2026 #1')).toBe('/records/plans/KH%2F2026%20%231');
  });
});

describe('a plan’s period', () => {
  it('reads day/month/year, from either end alone, and nothing when neither is recorded', () => {
    expect(planPeriod({ periodStart: '2026-01-01', periodEnd: '2026-12-31' })).toBe('01/01/2026 – 31/12/2026');
    expect(planPeriod({ periodStart: '2026-03-15', periodEnd: null })).toBe('15/03/2026 –');
    expect(planPeriod({ periodStart: null, periodEnd: '2026-06-30' })).toBe('– 30/06/2026');
    expect(planPeriod({ periodStart: null, periodEnd: null })).toBe('');
  });
});

describe('plans and work tasks texts', () => {
  const resolve = (dict: object, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], dict);
  const keys = [
    ...RECORD_TABS.map((tab) => tab.labelKey),
    ...PLAN_STATUSES.map((s) => `records.plans.statuses.${s}`),
    ...WORK_TASK_STATUSES.map((s) => `records.workTasks.statuses.${s}`),
    ...WORK_TASK_KINDS.map((k) => `records.workTasks.kinds.${k}`),
  ];

  it('name every tab, status and kind in both languages', () => {
    for (const key of keys) {
      expect(typeof resolve(vi, key), `vi ${key}`).toBe('string');
      expect(typeof resolve(en, key), `en ${key}`).toBe('string');
    }
    expect(resolve(vi, 'records.tabs.plans')).toBe('Kế hoạch');
    expect(resolve(vi, 'records.tabs.workTasks')).toBe('Nhiệm vụ được giao');
  });

  it('put plans first and work tasks second among the records tabs', () => {
    expect(RECORD_TABS.slice(0, 3).map((tab) => tab.path)).toEqual(['plans', 'work-tasks', 'milestones']);
  });
});
