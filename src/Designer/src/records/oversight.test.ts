import { describe, expect, it } from 'vitest';
import type { Finding, RatingView } from '../api/records-oversight';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import {
  apiQuery, filterFrom, filterToParams, formatPercent, formatScore, groupFindings, isRestricted, localText, ratingLabel, remediationChoices,
} from './oversight';
import { pageCount, unitName } from './common';
import { formatInstant } from '../lib/dates';

const params = (text: string) => new URLSearchParams(text);

describe('records filters', () => {
  it('read the address bar, dropping what the server would refuse', () => {
    expect(filterFrom('inspections', params('kind=ThematicSupervision&status=Remediation&year=2026&page=3'))).toEqual({
      kind: 'ThematicSupervision', status: 'Remediation', year: '2026', page: 3,
    });
    expect(filterFrom('inspections', params('kind=Audit&status=remediation&year=202&page=0'))).toEqual({ kind: '', status: '', year: '', page: 1 });
    expect(filterFrom('inspections', params('year=1999')).year).toBe('');
    expect(filterFrom('evaluations', params('rating=HTTNV&periodKey=%202026%20&status=Approved'))).toEqual({
      periodKey: '2026', rating: 'HTTNV', status: 'Approved', page: 1,
    });
    expect(filterFrom('evaluations', params('rating=WellCompleted')).rating).toBe('');
    expect(filterFrom('documents', params('docType=Guidance&issuedFrom=2026-01-01&issuedTo=01/02/2026&q=khoa%20gi%C3%A1o'))).toEqual({
      docType: 'Guidance', issuedFrom: '2026-01-01', issuedTo: '', q: 'khoa giáo', page: 1,
    });
  });

  it('write back only what is set, and page 1 not at all', () => {
    expect(filterToParams('inspections', { kind: '', status: 'Closed', year: '2025', page: 1 }).toString()).toBe('status=Closed&year=2025');
    expect(filterToParams('documents', { docType: '', issuedFrom: '', issuedTo: '', q: 'y tế', page: 2 }).toString()).toBe('q=y+t%E1%BA%BF&page=2');
  });

  it('ask the server with the filter, the page and its size', () => {
    expect(apiQuery({ kind: 'Inspection', status: '', year: '2026', page: 2 }).toString()).toBe('kind=Inspection&year=2026&page=2&pageSize=20');
    expect(apiQuery({ periodKey: '2026', rating: 'HTXSNV', status: '', page: 1 }).toString()).toBe('periodKey=2026&rating=HTXSNV&page=1&pageSize=20');
    expect(apiQuery({ docType: '', issuedFrom: '2026-01-01', issuedTo: '2026-06-30', q: '', page: 1 }, 50).toString())
      .toBe('issuedFrom=2026-01-01&issuedTo=2026-06-30&page=1&pageSize=50');
  });

  it('count pages, at least one', () => {
    expect(pageCount(undefined)).toBe(1);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });
});

describe('ratings of Regulation 366-QĐ/TW', () => {
  const view = (code: RatingView['code'], abbreviation: string): RatingView => ({ code, abbreviation, nameVi: 'server vi', nameEn: 'server en' });
  const resolve = (dict: typeof vi | typeof en, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], dict);

  it('are written by their abbreviation with the full name of DOMAIN.md §6 in either language', () => {
    const cases = [
      ['ExcellentlyCompleted', 'HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ', 'Excellently completed'],
      ['WellCompleted', 'HTTNV', 'Hoàn thành tốt nhiệm vụ', 'Well completed'],
      ['Completed', 'HTNV', 'Hoàn thành nhiệm vụ', 'Completed'],
      ['NotCompleted', 'KHTNV', 'Không hoàn thành nhiệm vụ', 'Not completed'],
    ] as const;
    for (const [code, abbreviation, nameVi, nameEn] of cases) {
      const label = ratingLabel(view(code, abbreviation), 'vi');
      expect(label.abbreviation).toBe(abbreviation);
      expect(resolve(vi, label.nameKey!)).toBe(nameVi);
      expect(resolve(en, label.nameKey!)).toBe(nameEn);
    }
  });

  it('are known by the abbreviation alone, and an unknown one keeps the server’s name in the reader’s language', () => {
    expect(ratingLabel({ code: 'Bogus' as RatingView['code'], abbreviation: 'httnv', nameVi: '', nameEn: '' }, 'vi'))
      .toMatchObject({ abbreviation: 'HTTNV', nameKey: 'records.evaluations.ratings.WellCompleted' });
    const unknown = { code: 'Outstanding' as RatingView['code'], abbreviation: 'XS', nameVi: 'Xuất sắc', nameEn: 'Outstanding' };
    expect(ratingLabel(unknown, 'vi')).toEqual({ abbreviation: 'XS', nameKey: undefined, fallback: 'Xuất sắc' });
    expect(ratingLabel(unknown, 'en').fallback).toBe('Outstanding');
  });
});

describe('findings grouped by unit and type', () => {
  const health = { id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Health Department Party Committee' };
  const education = { id: 'DU-SGDDT', nameVi: 'Đảng ủy Sở Giáo dục và Đào tạo', nameEn: null };
  const other = { id: 'DU-KHOI-CQ', nameVi: null, nameEn: null };
  let n = 0;
  const finding = (unit: typeof health | typeof education | typeof other, type: Finding['type']): Finding => ({
    id: `f${++n}`, type, severity: null, description: `${type} ${n}`, targetUnit: unit, recordedAt: '2026-01-30T03:00:00Z',
  });

  it('follow the inspection’s order of units, then the order a conclusion reads the types, keeping each finding’s order', () => {
    const findings = [
      finding(education, 'Recommendation'), finding(health, 'Violation'), finding(education, 'Strength'),
      finding(health, 'Shortcoming'), finding(other, 'Shortcoming'), finding(health, 'Shortcoming'),
    ];
    const groups = groupFindings(findings, [health, education]);
    expect(groups.map((g) => g.unit.id)).toEqual(['DU-SYT', 'DU-SGDDT', 'DU-KHOI-CQ']);
    expect(groups[0].types.map((t) => [t.type, t.findings.map((f) => f.id)])).toEqual([
      ['Shortcoming', ['f4', 'f6']], ['Violation', ['f2']],
    ]);
    expect(groups[1].types.map((t) => t.type)).toEqual(['Strength', 'Recommendation']);
    expect(groups[1].unit).toBe(education);
  });

  it('leave out inspected units without findings (an officer sees only their own)', () => {
    expect(groupFindings([finding(health, 'Strength')], [health, education]).map((g) => g.unit.id)).toEqual(['DU-SYT']);
    expect(groupFindings([], [health])).toEqual([]);
  });
});

describe('numbers and names as people read them', () => {
  it('write scores and rates the Vietnamese way in Vietnamese', () => {
    expect(formatScore(85.5, 'vi')).toBe('85,5');
    expect(formatScore(85.5, 'en')).toBe('85.5');
    expect(formatScore(90, 'vi')).toBe('90');
    expect(formatScore(null, 'vi')).toBe('—');
    expect(formatPercent(2 / 3, 'vi')).toBe('66,7%');
    expect(formatPercent(2 / 3, 'en')).toBe('66.7%');
    expect(formatPercent(1, 'vi')).toBe('100%');
    expect(formatPercent(undefined, 'en')).toBe('—');
  });

  it('write moments in Hà Nội time, day first with the full year', () => {
    expect(formatInstant('2026-12-10T02:00:00Z')).toBe('10/12/2026 09:00');
    expect(formatInstant('2026-12-31T17:30:00+00:00')).toBe('01/01/2027 00:30');
    expect(formatInstant(null)).toBe('');
    expect(formatInstant('soon')).toBe('soon');
  });

  it('name units and texts in the reader’s language, falling back to the other one', () => {
    expect(unitName({ id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Health' }, 'en')).toBe('Health');
    expect(unitName({ id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: null }, 'en')).toBe('Đảng ủy Sở Y tế');
    expect(unitName({ id: '1b2c', nameVi: null, nameEn: null }, 'vi')).toBe('1b2c');
    expect(localText('Giám sát', 'Supervision', 'en')).toBe('Supervision');
    expect(localText('Giám sát', null, 'en')).toBe('Giám sát');
    expect(localText('Giám sát', 'Supervision', 'vi')).toBe('Giám sát');
  });

  it('mark every confidentiality but "Thường"', () => {
    expect(isRestricted('Unclassified')).toBe(false);
    expect(['Restricted', 'Mat', 'ToiMat', 'TuyetMat'].every(isRestricted)).toBe(true);
  });
});

describe('what a remediation action offers its reader', () => {
  const step = (name: string, canAct: boolean) => ({ openStep: { step: name as 'report', taskId: 't-1', canAct } });

  it('the unit reports its fix; the verifier verifies it or sends it back', () => {
    expect(remediationChoices(step('report', true))).toEqual({ decisions: ['report'] });
    expect(remediationChoices(step('verify', true))).toEqual({ decisions: ['verify', 'reject'] });
  });

  it('a reader who may not take the step is told whom it waits for', () => {
    expect(remediationChoices(step('report', false))).toEqual({ decisions: [], waitingFor: 'report' });
    expect(remediationChoices(step('verify', false))).toEqual({ decisions: [], waitingFor: 'verify' });
  });

  it('nothing when no step waits, or the step is unknown', () => {
    expect(remediationChoices({ openStep: null })).toEqual({ decisions: [] });
    expect(remediationChoices({})).toEqual({ decisions: [] });
    expect(remediationChoices(step('approve', true))).toEqual({ decisions: [] });
    expect(remediationChoices(step('toString', false))).toEqual({ decisions: [] });
  });
});
