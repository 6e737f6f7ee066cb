import { expect, test, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API, screenshot, sessionFor, signIn } from './helpers';

// The records tabs for inspections, evaluations and documents. The first tests answer GET /api/inspections,
// /api/evaluations and /api/documents (lists and details) from the browser with records shaped as the server writes
// them; the last one opens the three tabs against the real server.

const HEALTH = { id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Party Committee of the Department of Health' };
const EDUCATION = { id: 'DU-SGDDT', nameVi: 'Đảng ủy Sở Giáo dục và Đào tạo', nameEn: 'Party Committee of the Department of Education and Training' };
const BOARD = { id: 'BTGDV', nameVi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', nameEn: 'Provincial Propaganda and Mass Mobilisation Board' };

const JOINT = '4f1d1a2e-0000-4000-8000-000000000001';
const ADMISSIONS = '4f1d1a2e-0000-4000-8000-000000000002';
const DECISION_DOC = '9a000000-0000-4000-8000-000000000001';
const NOTICE_DOC = '9a000000-0000-4000-8000-000000000002';
const GUIDANCE_DOC = '9a000000-0000-4000-8000-000000000003';
const SHORTCOMING = 'f0000000-0000-4000-8000-000000000001';
const STRENGTH = 'f0000000-0000-4000-8000-000000000002';
const RECOMMENDATION = 'f0000000-0000-4000-8000-000000000003';
const EVAL_HEALTH = 'e0000000-0000-4000-8000-000000000001';
const EVAL_EDUCATION = 'e0000000-0000-4000-8000-000000000002';

const counts = (strengths: number, shortcomings: number, violations: number, recommendations: number) =>
  ({ strengths, shortcomings, violations, recommendations, total: strengths + shortcomings + violations + recommendations });

const joint = {
  id: JOINT, workflowInstanceId: 'wf-joint', kind: 'ThematicSupervision',
  topicVi: 'Giám sát thực hiện Nghị quyết 20-NQ/TW', topicEn: 'Supervision of Resolution 20-NQ/TW', fields: ['Health', 'EducationTraining'],
  level: 'Province', targetUnits: [HEALTH, EDUCATION], reviewPeriodFrom: '2024-01-01', reviewPeriodTo: '2025-12-31', status: 'Remediation',
  startOn: '2026-01-10', maxDurationDays: 45, extensionDays: 5, allowedDurationDays: 50, durationBasis: 'WorkingDays', endsOn: null,
  classification: 'Unclassified', closedAt: null, findings: counts(1, 1, 0, 1),
};
const admissions = {
  ...joint, id: ADMISSIONS, workflowInstanceId: null, kind: 'Inspection', topicVi: 'Kiểm tra công tác tuyển sinh', topicEn: null, fields: ['EducationTraining'],
  targetUnits: [EDUCATION], reviewPeriodFrom: '2024-09-01', reviewPeriodTo: '2025-08-31', status: 'Closed', startOn: '2025-03-03',
  maxDurationDays: 45, extensionDays: 0, allowedDurationDays: 45, durationBasis: 'CalendarDays', endsOn: '2025-04-17', closedAt: '2025-05-20T03:00:00Z',
  findings: counts(0, 0, 1, 0),
};
const jointDetail = {
  summary: joint, decisionDocumentId: DECISION_DOC, convertedFromId: null, convertedToId: null,
  findings: [
    { id: SHORTCOMING, type: 'Shortcoming', severity: 'Moderate', description: 'Chậm ban hành kế hoạch thực hiện', targetUnit: HEALTH, recordedAt: '2026-01-30T03:00:00Z' },
    { id: STRENGTH, type: 'Strength', severity: null, description: 'Triển khai đầy đủ, kịp thời', targetUnit: EDUCATION, recordedAt: '2026-01-30T03:01:00Z' },
    { id: RECOMMENDATION, type: 'Recommendation', severity: null, description: 'Tăng cường kiểm tra cơ sở', targetUnit: EDUCATION, recordedAt: '2026-01-30T03:02:00Z' },
  ],
  conclusion: { documentId: NOTICE_DOC, issuedOn: '2026-02-10', findingIds: [SHORTCOMING, STRENGTH, RECOMMENDATION], requirements: ['Khắc phục hạn chế trong 15 ngày'] },
  remediationActions: [
    { id: 'r1', findingId: SHORTCOMING, responsibleUnit: HEALTH, action: 'Ban hành kế hoạch bổ sung', dueOn: '2026-02-25', status: 'Open', overdue: true,
      reportedAt: null, verifiedAt: null, lastRejectionComment: null },
    { id: 'r2', findingId: RECOMMENDATION, responsibleUnit: EDUCATION, action: 'Xây dựng kế hoạch kiểm tra cơ sở', dueOn: '2026-04-30', status: 'Reported', overdue: false,
      reportedAt: '2026-03-02T02:00:00Z', verifiedAt: null, lastRejectionComment: null },
  ],
};

const rating = (code: string, abbreviation: string, nameVi: string, nameEn: string) => ({ code, abbreviation, nameVi, nameEn });
const HTXSNV = rating('ExcellentlyCompleted', 'HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ', 'Excellently completed');
const HTTNV = rating('WellCompleted', 'HTTNV', 'Hoàn thành tốt nhiệm vụ', 'Well completed');
const stats = (assigned: number, doneOnTime: number, doneLate: number, openOverdue: number) => ({
  assigned, doneOnTime, doneLate, openOverdue, openNotDue: assigned - doneOnTime - doneLate - openOverdue, exceeded: 1,
  onTimeRate: doneOnTime / assigned, lateRate: (doneLate + openOverdue) / assigned, exceededRate: 1 / assigned,
});
const evalHealth = {
  id: EVAL_HEALTH, workflowInstanceId: 'wf-cycle', subjectType: 'OrgUnit', subjectId: 'a1', unit: HEALTH, period: 'Year', periodKey: '2026',
  selfScore: 92, reviewedScore: 88.5, finalScore: 88.5, selfRating: HTXSNV, proposedRating: HTTNV, finalRating: HTTNV, rating: HTTNV,
  taskStats: stats(12, 10, 1, 1), hasDisciplineCase: false, status: 'Approved',
  selfAssessedAt: '2026-12-01T02:00:00Z', reviewedAt: '2026-12-05T02:00:00Z', approvedAt: '2026-12-10T02:00:00Z', publishedAt: null,
};
const evalEducation = {
  ...evalHealth, id: EVAL_EDUCATION, workflowInstanceId: null, unit: EDUCATION, subjectId: 'a2', selfScore: 95, reviewedScore: 93, finalScore: 93,
  selfRating: HTXSNV, proposedRating: HTXSNV, finalRating: HTXSNV, rating: HTXSNV, taskStats: stats(8, 8, 0, 0),
};
const evalHealthDetail = {
  summary: evalHealth,
  criteria: [{ code: 'Total', maxPoints: 100, selfPoints: 92, reviewedPoints: 88.5 }],
  reviewComment: 'Một nhiệm vụ còn quá hạn, chưa đủ điều kiện xếp loại xuất sắc.',
  decisionReason: 'Thống nhất với đề xuất của bộ phận thẩm định.',
};

const document = (id: string, over: object) => ({
  id, system: 'Party', docType: 'Guidance', direction: 'Incoming', status: 'Issued', symbol: null, number: null, issuers: [BOARD],
  issuedOn: null, effectiveOn: null, expiresOn: null, subjectVi: '', subjectEn: null, fields: [], confidentiality: 'Unclassified',
  confidentialityVi: 'Thường', urgency: 'Normal', supersededById: null, ...over,
});
const guidance = document(GUIDANCE_DOC, {
  symbol: '31-HD/BTGTW', number: 31, issuers: [{ id: 'BTGTW', nameVi: 'Ban Tuyên giáo Trung ương', nameEn: 'Central Propaganda Board' }],
  issuedOn: '2022-01-08', effectiveOn: '2022-01-08', subjectVi: 'Hướng dẫn công tác khoa giáo năm 2022', fields: ['ScienceTechnology', 'EducationTraining', 'Health'],
});
const notice = document(NOTICE_DOC, {
  docType: 'Notice', direction: 'Outgoing', symbol: '12-TB/BTGDVTU', number: 12, issuedOn: '2026-02-10',
  subjectVi: 'Thông báo kết luận giám sát thực hiện Nghị quyết 20-NQ/TW', confidentiality: 'Restricted', confidentialityVi: 'Hạn chế', urgency: 'Urgent',
});
const decision = document(DECISION_DOC, {
  docType: 'Decision', direction: 'Outgoing', symbol: '05-QĐ/BTGDVTU', number: 5, issuedOn: '2026-01-08', subjectVi: 'Quyết định kiểm tra, giám sát: Nghị quyết 20-NQ/TW',
});
const documents = [notice, decision, guidance];

const page = <T,>(items: T[], url: URL) => ({ items, total: items.length, page: Number(url.searchParams.get('page') ?? 1), pageSize: Number(url.searchParams.get('pageSize') ?? 20) });
const notFound = { status: 404, contentType: 'application/problem+json', body: JSON.stringify({ status: 404, title: 'Not Found', detail: 'No such record.' }) };

/** Answers the three records endpoints; the list queries asked are kept in order. */
async function standIn(p: Page) {
  const asked: string[] = [];
  await p.route(/\/api\/(inspections|evaluations|documents)(\/|\?|$)/, async (route) => {
    const url = new URL(route.request().url());
    const [, , area, id] = url.pathname.split('/');
    if (!id) asked.push(`${area}?${url.searchParams}`);
    const q = url.searchParams;
    if (area === 'inspections') {
      if (id) return id === JOINT ? route.fulfill({ json: jointDetail }) : route.fulfill(notFound);
      return route.fulfill({ json: page([joint, admissions].filter((i) => (!q.get('kind') || i.kind === q.get('kind')) && (!q.get('year') || i.startOn.startsWith(q.get('year')!))), url) });
    }
    if (area === 'evaluations') {
      if (id) return id === EVAL_HEALTH ? route.fulfill({ json: evalHealthDetail }) : route.fulfill(notFound);
      return route.fulfill({ json: page([evalHealth, evalEducation].filter((e) => !q.get('rating') || e.rating.abbreviation === q.get('rating')), url) });
    }
    if (id) {
      const one = documents.find((d) => d.id === id);
      return one ? route.fulfill({ json: one }) : route.fulfill(notFound);
    }
    return route.fulfill({ json: page(documents.filter((d) => (!q.get('docType') || d.docType === q.get('docType')) && (!q.get('q') || d.subjectVi.includes(q.get('q')!))), url) });
  });
  return asked;
}

/** The next list request whose query is exactly this one (the page and its size included). */
const listAsked = (p: Page, area: string, query: string) =>
  p.waitForRequest((r: Request) => { const u = new URL(r.url()); return u.pathname === `/api/${area}` && u.searchParams.toString() === query; });

test.describe('records: inspections, evaluations and documents (the server stood in by the test)', () => {
  test.beforeEach(async ({ page: p, request }) => {
    await signIn(p, request, 'supervisor');
  });

  test('inspections: list, a filter by kind and year, and one inspection with its findings, conclusion and overdue remediation', async ({ page: p }) => {
    const asked = await standIn(p);
    await p.goto('/records/inspections');
    await expect(p.getByRole('link', { name: 'Kiểm tra, giám sát', exact: true })).toHaveClass(/active/);
    const table = p.getByRole('table', { name: 'Danh sách kiểm tra, giám sát' });
    await expect(table.getByRole('row')).toHaveCount(3);
    expect(asked[0]).toBe('inspections?page=1&pageSize=20');
    const row = table.locator(`tr[data-id="${JOINT}"]`);
    await expect(row).toContainText('Giám sát thực hiện Nghị quyết 20-NQ/TW');
    await expect(row).toContainText('Giám sát chuyên đề');
    await expect(row).toContainText('Đảng ủy Sở Y tế');
    await expect(row).toContainText('Đảng ủy Sở Giáo dục và Đào tạo');
    await expect(row).toContainText('01/01/2024 – 31/12/2025');
    await expect(row).toContainText('Đang khắc phục');
    await expect(row).toContainText('10/01/2026');
    await expect(row).toContainText('50 ngày làm việc (gồm 5 ngày gia hạn)');
    await expect(row.locator('[data-type="Shortcoming"]')).toHaveText('Hạn chế: 1');
    await expect(row.locator('[data-type="Violation"]')).toHaveText('Vi phạm: 0');
    await expect(table.locator(`tr[data-id="${ADMISSIONS}"]`)).toContainText('45 ngày');
    await expect(p.getByText('2 cuộc kiểm tra, giám sát')).toBeVisible();
    await screenshot(p, 'records-inspections');

    const byKind = listAsked(p, 'inspections', 'kind=Inspection&page=1&pageSize=20');
    await p.getByRole('search').getByRole('combobox', { name: /^Hình thức/ }).selectOption('Inspection');
    await byKind;
    await expect(p).toHaveURL(/\?kind=Inspection$/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Kiểm tra công tác tuyển sinh');
    // A year is sent once it is a whole year; three digits stay in the box.
    await p.getByRole('search').getByLabel('Năm bắt đầu').fill('202');
    await p.waitForTimeout(500);
    expect(asked.filter((q) => q.includes('year='))).toEqual([]);
    const byYear = listAsked(p, 'inspections', 'kind=Inspection&year=2025&page=1&pageSize=20');
    await p.getByRole('search').getByLabel('Năm bắt đầu').fill('2025');
    await byYear;
    await p.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);

    await table.getByRole('link', { name: 'Giám sát thực hiện Nghị quyết 20-NQ/TW' }).click();
    await expect(p).toHaveURL(new RegExp(`/records/inspections/${JOINT}$`));
    await expect(p.getByRole('heading', { level: 2, name: 'Giám sát thực hiện Nghị quyết 20-NQ/TW' })).toBeVisible();
    // Findings by inspected unit, then by type, with the severity.
    const health = p.getByRole('region', { name: 'Kết quả đối với Đảng ủy Sở Y tế' });
    await expect(health.locator('[data-type="Shortcoming"] h5')).toHaveText('Hạn chế (1)');
    await expect(health.locator(`[data-finding="${SHORTCOMING}"]`)).toContainText('Mức độ: Trung bình');
    await expect(health.locator(`[data-finding="${SHORTCOMING}"]`)).toContainText('Chậm ban hành kế hoạch thực hiện');
    const education = p.getByRole('region', { name: 'Kết quả đối với Đảng ủy Sở Giáo dục và Đào tạo' });
    await expect(education.locator('.finding-type h5')).toHaveText(['Ưu điểm (1)', 'Kiến nghị (1)']);
    // The conclusion notice, named by its document.
    const conclusion = p.getByRole('region', { name: 'Thông báo kết luận' });
    await expect(conclusion.getByRole('link', { name: '12-TB/BTGDVTU' })).toHaveAttribute('href', `/records/documents/${NOTICE_DOC}`);
    await expect(conclusion).toContainText('10/02/2026');
    await expect(conclusion).toContainText('Khắc phục hạn chế trong 15 ngày');
    await expect(conclusion.locator('[data-confidentiality="Restricted"]')).toHaveAttribute('title', 'Độ mật: Hạn chế');
    await expect(p.getByRole('link', { name: '05-QĐ/BTGDVTU' })).toBeVisible();
    // Remediation with its due dates: the overdue one is marked.
    const remediation = p.getByRole('table', { name: 'Các việc khắc phục' });
    const late = remediation.locator('tr[data-action="r1"]');
    await expect(late).toHaveClass(/overdue/);
    await expect(late).toContainText('25/02/2026');
    await expect(late.locator('.deadline-badge[data-state="OverdueOpen"]')).toHaveText('⚠Quá hạn');
    await expect(late).toContainText('Hạn chế: Chậm ban hành kế hoạch thực hiện');
    await expect(remediation.locator('tr[data-action="r2"] .deadline-badge')).toHaveCount(0);
    await expect(remediation.locator('tr[data-action="r2"]')).toContainText('Đã báo cáo khắc phục');
    await expect(p.getByText('1 việc khắc phục quá hạn')).toBeVisible();
    await expect(p.getByRole('link', { name: 'Mở quy trình wf-joint' })).toHaveAttribute('href', '/instances/wf-joint');
    await screenshot(p, 'records-inspection');

    await p.getByRole('link', { name: 'Về danh sách kiểm tra, giám sát' }).click();
    await expect(p).toHaveURL(/\/records\/inspections$/);
  });

  test('evaluations: ratings by abbreviation with the full name, a filter by rating and period, and one evaluation', async ({ page: p }) => {
    const asked = await standIn(p);
    await p.goto('/records/evaluations');
    const table = p.getByRole('table', { name: 'Danh sách đánh giá, xếp loại' });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    expect(asked[0]).toBe('evaluations?page=1&pageSize=20');
    const row = table.locator(`tr[data-id="${EVAL_HEALTH}"]`);
    await expect(row.getByRole('rowheader')).toHaveText('Đảng ủy Sở Y tế');
    await expect(row).toContainText('Năm 2026');
    await expect(row.locator('[data-col="selfScore"]')).toHaveText('92');
    await expect(row.locator('[data-col="reviewedScore"]')).toHaveText('88,5');
    await expect(row.locator('[data-col="finalScore"]')).toHaveText('88,5');
    await expect(row.locator('[data-col="selfRating"] abbr')).toHaveText('HTXSNV');
    await expect(row.locator('[data-col="finalRating"] abbr')).toHaveText('HTTNV');
    await expect(row.locator('[data-col="finalRating"] abbr')).toHaveAttribute('title', 'Hoàn thành tốt nhiệm vụ');
    await expect(row.locator('[data-col="assigned"]')).toHaveText('12');
    await expect(row.locator('[data-col="doneOnTime"]')).toHaveText('10');
    await expect(row.locator('[data-col="doneLate"]')).toHaveText('1');
    await expect(row.locator('[data-col="openOverdue"]')).toHaveText('1');
    await expect(row.locator('[data-col="onTimeRate"]')).toHaveText('83,3%');
    await expect(row).toContainText('Đã quyết định xếp loại');
    await screenshot(p, 'records-evaluations');

    const byRating = listAsked(p, 'evaluations', 'rating=HTXSNV&page=1&pageSize=20');
    await p.getByRole('search').getByRole('combobox', { name: /^Xếp loại/ }).selectOption('HTXSNV');
    await byRating;
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.locator('tbody tr').getByRole('rowheader')).toHaveText('Đảng ủy Sở Giáo dục và Đào tạo');
    const byPeriod = listAsked(p, 'evaluations', 'periodKey=2026&rating=HTXSNV&page=1&pageSize=20');
    await p.getByRole('search').getByLabel('Kỳ đánh giá').fill('2026');
    await byPeriod;
    await p.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(table.locator('tbody tr')).toHaveCount(2);

    await table.getByRole('link', { name: 'Đảng ủy Sở Y tế' }).click();
    await expect(p).toHaveURL(new RegExp(`/records/evaluations/${EVAL_HEALTH}$`));
    await expect(p.getByRole('heading', { level: 2 })).toHaveText('Đảng ủy Sở Y tế · Năm 2026');
    const steps = p.getByRole('table', { name: 'Điểm và xếp loại qua từng bước' });
    await expect(steps).toBeVisible();
    await expect(steps.locator('tr[data-step="self"]')).toContainText('HTXSNV — Hoàn thành xuất sắc nhiệm vụ');
    await expect(steps.locator('tr[data-step="reviewed"]')).toContainText('88,5');
    await expect(steps.locator('tr[data-step="final"]')).toContainText('HTTNV — Hoàn thành tốt nhiệm vụ');
    await expect(steps.locator('tr[data-step="final"]')).toContainText('10/12/2026 09:00');
    await expect(p.locator('.record-facts').first()).toContainText('HTTNV — Hoàn thành tốt nhiệm vụ');
    const criteria = p.getByRole('table', { name: 'Điểm theo tiêu chí' });
    await expect(criteria.locator('tr[data-criterion="Total"]')).toHaveText(/Tổng điểm \(thang 100\)\s*100\s*92\s*88,5/);
    await expect(p.getByText('Một nhiệm vụ còn quá hạn, chưa đủ điều kiện xếp loại xuất sắc.')).toBeVisible();
    await expect(p.getByText('Thống nhất với đề xuất của bộ phận thẩm định.')).toBeVisible();
    await expect(p.getByRole('link', { name: 'Mở quy trình wf-cycle' })).toHaveAttribute('href', '/instances/wf-cycle');
    await screenshot(p, 'records-evaluation');

    // In English the full name follows the English terms.
    await p.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await expect(p.getByRole('table', { name: 'Score and rating at each step' }).locator('tr[data-step="final"]')).toContainText('HTTNV — Well completed');
    await expect(p.getByRole('table', { name: 'Score and rating at each step' }).locator('tr[data-step="reviewed"]')).toContainText('88.5');
    await p.getByRole('button', { name: 'Switch to Vietnamese' }).click();
  });

  test('documents: symbols, confidentiality marked, filters by type, dates and subject text, and one document', async ({ page: p }) => {
    const asked = await standIn(p);
    await p.goto('/records/documents');
    const table = p.getByRole('table', { name: 'Danh sách văn bản' });
    await expect(table.locator('tbody tr')).toHaveCount(3);
    expect(asked[0]).toBe('documents?page=1&pageSize=20');
    const guidanceRow = table.locator(`tr[data-id="${GUIDANCE_DOC}"]`);
    await expect(guidanceRow.getByRole('rowheader')).toHaveText('31-HD/BTGTW');
    await expect(guidanceRow).toContainText('Hướng dẫn');
    await expect(guidanceRow).toContainText('Hướng dẫn công tác khoa giáo năm 2022');
    await expect(guidanceRow).toContainText('Ban Tuyên giáo Trung ương');
    await expect(guidanceRow).toContainText('08/01/2022');
    await expect(guidanceRow).toContainText('Đã ban hành');
    await expect(guidanceRow.locator('td').last()).toHaveText('Thường');
    const noticeRow = table.locator(`tr[data-id="${NOTICE_DOC}"]`);
    await expect(noticeRow).toHaveClass(/restricted/);
    await expect(noticeRow.locator('[data-confidentiality="Restricted"]')).toContainText('Hạn chế');
    await expect(noticeRow.locator('[data-urgency="Urgent"]')).toHaveText('Khẩn');
    await screenshot(p, 'records-documents');

    const byType = listAsked(p, 'documents', 'docType=Guidance&page=1&pageSize=20');
    await p.getByRole('search').getByRole('combobox', { name: /^Loại văn bản/ }).selectOption('Guidance');
    await byType;
    await expect(table.locator('tbody tr')).toHaveCount(1);
    const byDate = listAsked(p, 'documents', 'docType=Guidance&issuedFrom=2022-01-01&page=1&pageSize=20');
    await p.getByRole('search').getByLabel('Ban hành từ ngày').fill('2022-01-01');
    await byDate;
    const byText = listAsked(p, 'documents', 'docType=Guidance&issuedFrom=2022-01-01&q=khoa+gi%C3%A1o&page=1&pageSize=20');
    await p.getByRole('search').getByLabel('Trích yếu có chữ').fill('khoa giáo');
    await byText;
    await expect(table.locator('tbody tr')).toHaveCount(1);

    await table.getByRole('link', { name: '31-HD/BTGTW' }).click();
    await expect(p).toHaveURL(new RegExp(`/records/documents/${GUIDANCE_DOC}$`));
    await expect(p.getByRole('heading', { level: 2 })).toHaveText('31-HD/BTGTW · Hướng dẫn');
    const facts = p.getByRole('region', { name: 'Thông tin văn bản' });
    await expect(facts).toContainText('Hướng dẫn công tác khoa giáo năm 2022');
    await expect(facts).toContainText('Khoa học và công nghệ, Giáo dục và đào tạo, Y tế');
    await expect(facts).toContainText('Văn bản của Đảng');
    await expect(facts).toContainText('Văn bản đến');
    await p.getByRole('link', { name: 'Về danh sách văn bản' }).click();
    await expect(p).toHaveURL(/\/records\/documents\?docType=Guidance&issuedFrom=2022-01-01&q=khoa/);

    // A restricted document says so above its details.
    await p.goto(`/records/documents/${NOTICE_DOC}`);
    await expect(p.locator('.restricted-note')).toContainText('Văn bản lưu hành hạn chế');
    await screenshot(p, 'records-document');
  });

  test('a record that is not there shows the server’s problem, with the way back', async ({ page: p }) => {
    await standIn(p);
    await p.goto('/records/inspections/00000000-0000-4000-8000-00000000dead');
    await expect(p.getByRole('alert')).toContainText('No such record.');
    await expect(p.getByRole('link', { name: 'Về danh sách kiểm tra, giám sát' })).toBeVisible();
  });
});

test.describe('records: inspections, evaluations and documents on the real server', () => {
  test('a supervisor opens the three tabs and each loads without error', async ({ page: p, request }) => {
    test.skip(!(await sessionFor(request, 'supervisor')), 'POST /api/auth/token is not on this server (or refuses the demo users).');
    await signIn(p, request, 'supervisor');
    for (const [path, area, heading] of [
      ['/records/inspections', 'inspections', 'Kiểm tra, giám sát'],
      ['/records/evaluations', 'evaluations', 'Đánh giá, xếp loại'],
      ['/records/documents', 'documents', 'Văn bản'],
    ] as const) {
      const answered = p.waitForResponse((r) => new URL(r.url()).pathname === `/api/${area}` && r.request().method() === 'GET');
      await p.goto(path);
      const response = await answered;
      expect(response.status(), `GET /api/${area}`).toBe(200);
      const body = await response.json();
      expect(Array.isArray(body.items), `GET /api/${area} pages its items`).toBe(true);
      const section = p.locator('section.record-page');
      await expect(section.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await expect(section.locator('table.record-table, p.empty').first()).toBeVisible();
      await expect(section.getByRole('alert')).toHaveCount(0);
      await screenshot(p, `records-real-${area}`);
    }
    expect(API).toBeTruthy();
  });

  test('an officer reports a fix on the inspection page, the supervisor sends it back, then verifies it and the inspection closes', async ({ browser, request }) => {
    test.skip(!(await sessionFor(request, 'supervisor')), 'POST /api/auth/token is not on this server (or refuses the demo users).');
    const auth = async (user: string) => ({ Authorization: `Bearer ${(await sessionFor(request, user))!.accessToken}` });
    const template = 'template-thematic-inspection';
    if ((await request.get(`${API}/api/workflow-definitions/${template}`, { headers: await auth('designer') })).status() === 404) {
      const file = fileURLToPath(new URL(`../../../workflows/${template}.json`, import.meta.url));
      const imported = await request.post(`${API}/api/workflow-definitions/import?publish=true`, {
        headers: await auth('designer'), multipart: { file: { name: `${template}.json`, mimeType: 'application/json', buffer: readFileSync(file) } },
      });
      expect(imported.ok(), await imported.text()).toBeTruthy();
    }
    const started = await request.post(`${API}/api/workflow-instances`, {
      headers: await auth('supervisor'),
      data: { definitionId: template, input: { kind: 'ThematicSupervision', topic: 'Công tác y tế cơ sở (e2e)', targets: ['DU-SYT'] } },
    });
    expect(started.status(), await started.text()).toBe(201);
    const instanceId: string = (await started.json()).summary.id;
    // The steps before the conclusion, through the inbox's own endpoint.
    const complete = async (user: string, action: string, form?: object) => {
      const page = await (await request.get(`${API}/api/tasks?pageSize=200`, { headers: await auth(user) })).json();
      const task = page.items.find((t: { instanceId: string; canAct: boolean }) => t.instanceId === instanceId && t.canAct);
      expect(task, `${user} has a task to ${action}`).toBeTruthy();
      const done = await request.post(`${API}/api/tasks/${task.id}/complete`, { headers: await auth(user), data: { action, form } });
      expect(done.ok(), await done.text()).toBeTruthy();
    };
    await complete('supervisor', 'Submit');
    await complete('supervisor', 'Approve');
    await complete('supervisor', 'Issue', { decisionSymbol: '21-QĐ/BTGDVTU' });
    await complete('officer1', 'Submit');
    await complete('supervisor', 'Done');
    await complete('supervisor', 'Issue', { result: 'Raised', findings: 'Chưa kiện toàn ban chỉ đạo' });
    const inspections = await (await request.get(`${API}/api/inspections?pageSize=100`, { headers: await auth('supervisor') })).json();
    const inspection = inspections.items.find((i: { workflowInstanceId: string }) => i.workflowInstanceId === instanceId);
    expect(inspection.status).toBe('Remediation');

    const pageOf = async (user: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, request, user);
      await page.goto(`/records/inspections/${inspection.id}`);
      return page;
    };
    const row = (page: Page) => page.locator('.remediation-table tbody tr').first();

    // The officer reports the fix.
    const officer = await pageOf('officer1');
    await row(officer).getByRole('button', { name: /^Báo cáo đã khắc phục/ }).click();
    await officer.getByRole('dialog', { name: 'Báo cáo đã khắc phục' }).getByRole('button', { name: 'Báo cáo đã khắc phục', exact: true }).click();
    await expect(officer.getByRole('status').filter({ hasText: 'Đã báo cáo khắc phục' })).toBeVisible();
    await expect(row(officer)).toContainText('Chờ xác nhận');

    // The supervisor sends it back: the dialog wants a comment first.
    const supervisor = await pageOf('supervisor');
    await row(supervisor).getByRole('button', { name: /^Yêu cầu làm lại/ }).click();
    const sendBack = supervisor.getByRole('dialog', { name: 'Yêu cầu làm lại việc khắc phục' });
    const confirm = sendBack.getByRole('button', { name: 'Yêu cầu làm lại', exact: true });
    await expect(confirm).toBeDisabled();
    await sendBack.getByRole('textbox').fill('Chưa có quyết định kiện toàn kèm theo.');
    await confirm.click();
    await expect(supervisor.getByRole('status').filter({ hasText: 'Đã yêu cầu' })).toBeVisible();
    await expect(row(supervisor)).toContainText('Chưa có quyết định kiện toàn kèm theo.');

    // Reported again, then verified: the inspection is over.
    await officer.reload();
    await row(officer).getByRole('button', { name: /^Báo cáo đã khắc phục/ }).click();
    await officer.getByRole('dialog', { name: 'Báo cáo đã khắc phục' }).getByRole('button', { name: 'Báo cáo đã khắc phục', exact: true }).click();
    await expect(officer.getByRole('status').filter({ hasText: 'Đã báo cáo khắc phục' })).toBeVisible();
    await supervisor.reload();
    await row(supervisor).getByRole('button', { name: /^Xác nhận/ }).click();
    await supervisor.getByRole('dialog', { name: 'Xác nhận đã khắc phục' }).getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await expect(supervisor.getByRole('status').filter({ hasText: 'Đã xác nhận' })).toBeVisible();
    await supervisor.reload();
    await expect(supervisor.locator('.badge.inspection-Closed')).toHaveText('Đã kết thúc');
    await screenshot(supervisor, 'records-real-remediation');
  });
});
