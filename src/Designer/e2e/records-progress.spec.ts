import { expect, test, type Page, type Response } from '@playwright/test';
import { screenshot, sessionFor, signIn } from './helpers';

// The records pages for milestones, reports and urge notices. Most tests answer for the server in the browser
// (GET /api/milestones, POST /api/milestones/{id}/approve|return, GET /api/reports,
// POST /api/reports/{id}/units/{unitId}/submit|accept|return, GET /api/urge-notices), with the shapes of the server's
// response records; the last one opens the three tabs against the real server.

type Role = 'Admin' | 'Designer' | 'Supervisor' | 'UnitOfficer' | 'Viewer';
interface Call { method: string; path: string; query: URLSearchParams; body: unknown }

const SUPERVISOR = { userName: 'supervisor', displayName: 'Nguyễn Văn Giám Sát', roles: ['Supervisor'] as Role[], unitId: 'BTGDV-KGVX', unitName: 'Phòng Khoa giáo', locale: 'vi' };
const OFFICER = { userName: 'officer1', displayName: 'Trần Thị Chuyên Viên', roles: ['UnitOfficer'] as Role[], unitId: 'DU-SYT', unitName: 'Đảng ủy Sở Y tế', locale: 'vi' };

const SYT = { id: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: 'Party Committee of the Department of Health' };
const SGDDT = { id: 'DU-SGDDT', nameVi: 'Đảng ủy Sở GD&ĐT', nameEn: 'Party Committee of the Department of Education and Training' };
const SCT = { id: 'DU-SCT', nameVi: 'Đảng ủy Sở Công Thương', nameEn: 'Party Committee of the Department of Industry and Trade' };
const BOARD = { id: 'BTGDV', nameVi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', nameEn: 'Provincial Propaganda and Mass Mobilisation Board' };

const milestone = (id: string, name: string, extra: object = {}) => ({
  id, milestone: name, title: `Duyệt: ${name}`, status: 'Pending', unitId: 'DU-SYT', unitName: 'Đảng ủy Sở Y tế', assigneeRole: 'SectionHead',
  assigneeUnitId: 'BTGDV-KGVX', dueOn: '2026-12-04', deadlineState: 'OnTrack', decidedBy: null, decidedAt: null, comment: null,
  instanceId: 'inst-plan-2026', planId: 'plan-2026', canDecide: true, canAct: true, decisions: ['approve', 'return'], ...extra,
});

function milestones() {
  return [
    milestone('m1', 'Dự thảo kế hoạch năm 2026', { dueOn: '2026-11-30', deadlineState: 'DueSoon' }),
    milestone('m2', 'Sơ kết 6 tháng', { unitId: 'DU-SGDDT', unitName: 'Đảng ủy Sở GD&ĐT', deadlineState: 'OverdueOpen', dueOn: '2026-11-10' }),
    milestone('m3', 'Đăng ký nhiệm vụ', { status: 'Approved', canDecide: false, canAct: false, decisions: [], decidedBy: 'supervisor', decidedAt: '2026-11-20T03:15:00Z', comment: 'Đồng ý.', deadlineState: 'DoneOnTime' }),
    milestone('m4', 'Phân công đầu mối', { status: 'Pending', canDecide: false, canAct: false, decisions: [], unitId: 'DU-SCT', unitName: 'Đảng ủy Sở Công Thương' }),
    // A milestone whose task is not an approval: it is issued, with the document number to fill in, so the server lists no decision.
    milestone('m5', 'Ban hành và gửi Kế hoạch', { dueOn: '2026-12-05', deadlineState: 'OnTrack', canDecide: false, decisions: [] }),
  ];
}

const submission = (unit: typeof SYT, status: string, extra: object = {}) => ({
  id: `sub-${unit.id}`, unit, status, dueOn: '2026-06-10', isLate: status === 'Late', firstSubmittedAt: '2026-06-05T02:00:00Z',
  submittedAt: '2026-06-05T02:00:00Z', reviewedAt: null, reviewNotes: null, returnCount: 0, documentId: null, ...extra,
});

function reports() {
  return [
    {
      id: 'r-six-month', kind: 'SixMonth', title: 'Báo cáo sơ kết 6 tháng đầu năm 2026', dataFrom: '2026-01-01', dataTo: '2026-06-15', dueOn: '2026-06-10',
      recipient: BOARD,
      submissions: [
        submission(SYT, 'Submitted'),
        submission(SGDDT, 'Late', { firstSubmittedAt: '2026-06-12T09:00:00Z', submittedAt: '2026-06-20T01:30:00Z', returnCount: 1, reviewNotes: 'Bổ sung số liệu quý II.', reviewedAt: '2026-06-15T08:00:00Z' }),
      ],
      outstanding: [SCT], sourceDocumentId: null, workflowInstanceId: 'inst-report-6m',
    },
    {
      id: 'r-annual', kind: 'Annual', title: 'Báo cáo tổng kết năm 2025', dataFrom: '2024-12-15', dataTo: '2025-11-14', dueOn: '2025-11-15', recipient: BOARD,
      submissions: [submission(SYT, 'Accepted', { reviewedAt: '2025-11-16T02:00:00Z', reviewNotes: 'Đạt yêu cầu.' })],
      outstanding: [], sourceDocumentId: null, workflowInstanceId: null,
    },
  ];
}

const TASK_A = '0f8fad5bd9cb469fa16570867728950e';
const TASK_B = '7c9e6679742540de944be07fc1f90ae7';

function notices() {
  return [
    { id: 'n2', level: 3, issuedAt: '2026-11-20T17:30:00Z', message: 'Đề nghị khẩn trương hoàn thành báo cáo sơ kết.', messageEn: 'Please complete the six-month report without delay.', addressees: [SYT, SGDDT],
      targetTaskIds: [TASK_A, TASK_B], previousNoticeId: 'n1', documentId: null, workflowInstanceId: 'inst-plan-2026' },
    { id: 'n1', level: 1, issuedAt: '2026-11-10T01:00:00Z', message: null, addressees: [SYT], targetTaskIds: [TASK_A], previousNoticeId: null,
      documentId: null, workflowInstanceId: null },
  ];
}

const problem = (status: number, extra: object) => ({ status, contentType: 'application/problem+json', body: JSON.stringify({ status, ...extra }) });

/**
 * Every /api call is answered here (nothing reaches the real server, which would not know the token); the calls are
 * kept in order, and `refuse` makes the next action answer with a problem instead.
 */
async function standIn(page: Page, user: typeof SUPERVISOR) {
  const calls: Call[] = [];
  const state = { milestones: milestones(), reports: reports(), notices: notices(), milestoneTotal: 0, refuse: undefined as undefined | { status: number; body: object } };
  await page.route('**/api/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname;
    const method = request.method();
    const body = request.postData() ? request.postDataJSON() : null;
    calls.push({ method, path, query: url.searchParams, body });
    const pageOf = <T,>(items: T[], total = items.length) => ({ items, total, page: Number(url.searchParams.get('page') ?? 1), pageSize: Number(url.searchParams.get('pageSize') ?? 20) });

    if (path === '/api/auth/me') return route.fulfill({ json: { ...user, totpEnrolled: false, totpRequired: false } });
    if (path === '/api/tasks') return route.fulfill({ json: { items: [], total: 0, page: 1, pageSize: 20, countsByDeadlineState: {} } });
    if (path === '/api/notifications') return route.fulfill({ json: { items: [], total: 0, unread: 0, page: 1, pageSize: 20 } });

    if (path === '/api/milestones' && method === 'GET') {
      const status = url.searchParams.get('status');
      const unit = url.searchParams.get('unitId');
      const items = state.milestones.filter((m) => (!status || m.status === status) && (!unit || m.unitId === unit));
      return route.fulfill({ json: pageOf(items, Math.max(items.length, state.milestoneTotal)) });
    }
    const decision = /^\/api\/milestones\/([^/]+)\/(approve|return)$/.exec(path);
    if (decision && method === 'POST') {
      if (state.refuse) return route.fulfill(problem(state.refuse.status, state.refuse.body));
      const m = state.milestones.find((x) => x.id === decision[1])!;
      Object.assign(m, { status: decision[2] === 'approve' ? 'Approved' : 'Returned', canDecide: false, decidedBy: user.userName, decidedAt: '2026-11-25T03:00:00Z', comment: (body as { comment?: string }).comment ?? null });
      return route.fulfill({ json: m });
    }

    if (path === '/api/reports' && method === 'GET') {
      const status = url.searchParams.get('status');
      const items = state.reports.filter((r) => !status || (status === 'Outstanding' ? r.outstanding.length > 0 : r.submissions.some((s) => s.status === status)))
        .map((r) => (status && status !== 'Outstanding' ? { ...r, submissions: r.submissions.filter((s) => s.status === status), outstanding: [] } : r));
      return route.fulfill({ json: pageOf(items) });
    }
    const act = /^\/api\/reports\/([^/]+)\/units\/([^/]+)\/(submit|accept|return)$/.exec(path);
    if (act && method === 'POST') {
      if (state.refuse) return route.fulfill(problem(state.refuse.status, state.refuse.body));
      const report = state.reports.find((r) => r.id === act[1])!;
      const s = report.submissions.find((x) => x.unit.id === act[2])!;
      Object.assign(s, act[3] === 'accept'
        ? { status: 'Accepted', reviewedAt: '2026-11-25T03:00:00Z', reviewNotes: (body as { comment?: string }).comment ?? null }
        : { status: 'Returned', reviewedAt: '2026-11-25T03:00:00Z', reviewNotes: (body as { comment?: string }).comment, returnCount: s.returnCount + 1 });
      return route.fulfill({ json: { status: 'Completed' } });
    }

    if (path === '/api/urge-notices' && method === 'GET') {
      const level = url.searchParams.get('level');
      return route.fulfill({ json: pageOf(state.notices.filter((n) => !level || String(n.level) === level)) });
    }
    return route.fulfill(problem(404, { title: 'Not Found' }));
  });
  return { calls, state };
}

async function signedInAs(page: Page, user: typeof SUPERVISOR, locale?: 'en') {
  await page.addInitScript(([s, l]) => {
    window.localStorage.setItem('supervision.session', JSON.stringify(s));
    if (l) window.localStorage.setItem('supervision.locale', l);
  }, [{ accessToken: 'token-records', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }, locale ?? ''] as const);
}

const lastGet = (calls: Call[], path: string) => calls.filter((c) => c.method === 'GET' && c.path === path).at(-1)!;
const gets = (calls: Call[], path: string) => calls.filter((c) => c.method === 'GET' && c.path === path).length;

test.describe('records: milestones, reports and urge notices (server answered in the browser)', () => {
  test('milestones list the pending ones, filter by status and unit, and page [GET /api/milestones]', async ({ page }) => {
    await signedInAs(page, SUPERVISOR);
    const { calls, state } = await standIn(page, SUPERVISOR);
    state.milestoneTotal = 25;
    await page.goto('/records');
    await expect(page).toHaveURL(/\/records\/milestones$/);
    const table = page.getByRole('table', { name: 'Mốc tiến độ' });
    await expect(table.getByRole('row')).toHaveCount(5);
    expect(lastGet(calls, '/api/milestones').query.toString()).toBe('status=Pending&page=1&pageSize=20');
    await expect(page.getByRole('radio', { name: 'Chờ phê duyệt' })).toBeChecked();

    const first = table.locator('tr[data-milestone-id="m1"]');
    await expect(first).toContainText('Dự thảo kế hoạch năm 2026');
    await expect(first).toContainText('Đảng ủy Sở Y tế');
    await expect(first).toContainText('30/11/2026');
    await expect(first.locator('.deadline-badge')).toHaveText(/Sắp đến hạn/);
    await expect(first.getByRole('link', { name: 'Xem quy trình' })).toHaveAttribute('href', '/instances/inst-plan-2026');
    await expect(table.locator('tr[data-milestone-id="m2"] .deadline-badge')).toHaveText(/Quá hạn/);
    // Only a milestone the user may decide offers the decision.
    await expect(first.getByRole('button', { name: /^Phê duyệt/ })).toBeVisible();
    await expect(table.locator('tr[data-milestone-id="m4"]').getByRole('button')).toHaveCount(0);
    // One whose task acts otherwise (issued, with a form) is decided on its task page: the server refuses approve/return for it.
    const issue = table.locator('tr[data-milestone-id="m5"]');
    await expect(issue.getByRole('link', { name: 'Xử lý tại trang công việc' })).toHaveAttribute('href', '/tasks/m5');
    await expect(issue.getByRole('button')).toHaveCount(0);
    await screenshot(page, 'records-milestones');

    // 25 in all: a second page.
    await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('button', { name: 'Sau' }).click();
    await expect.poll(() => lastGet(calls, '/api/milestones').query.get('page')).toBe('2');
    await expect(page).toHaveURL(/page=2/);

    await page.getByRole('radio', { name: 'Đã duyệt' }).click();
    await expect(page.getByRole('radio', { name: 'Đã duyệt' })).toBeChecked();
    await expect(page).toHaveURL(/status=Approved/);
    await expect.poll(() => lastGet(calls, '/api/milestones').query.toString()).toBe('status=Approved&page=1&pageSize=20');
    const decided = table.locator('tr[data-milestone-id="m3"]');
    await expect(decided).toContainText('supervisor');
    await expect(decided).toContainText('20/11/2026 10:15');
    await expect(decided).toContainText('Đồng ý.');
    await expect(decided.locator('.status-pill')).toHaveText('Đã duyệt');

    await page.getByRole('radio', { name: 'Chờ phê duyệt' }).click();
    await expect(page.getByRole('radio', { name: 'Chờ phê duyệt' })).toBeChecked();
    await page.getByLabel('Mã đơn vị').fill('DU-SGDDT');
    await expect.poll(() => lastGet(calls, '/api/milestones').query.toString()).toBe('status=Pending&unitId=DU-SGDDT&page=1&pageSize=20');
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByLabel('Mã đơn vị').fill('DU-KHONG-CO');
    await expect(page.getByText('Không có mốc tiến độ nào khớp bộ lọc.')).toBeVisible();
  });

  test('a milestone is returned with a comment: the button waits for one, the comment is sent, the list refreshes [POST /api/milestones/{id}/return]', async ({ page }) => {
    await signedInAs(page, SUPERVISOR);
    const { calls } = await standIn(page, SUPERVISOR);
    await page.goto('/records/milestones');
    const row = page.locator('tr[data-milestone-id="m1"]');
    await row.getByRole('button', { name: 'Trả lại mốc “Dự thảo kế hoạch năm 2026”' }).click();

    const dialog = page.getByRole('dialog', { name: 'Trả lại mốc tiến độ' });
    await expect(dialog).toContainText('Dự thảo kế hoạch năm 2026');
    const send = dialog.getByRole('button', { name: 'Trả lại', exact: true });
    await expect(send).toBeDisabled();
    await expect(dialog.getByText('Nhập ý kiến nêu rõ nội dung cần sửa để trả lại.')).toBeVisible();
    await dialog.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill('   ');
    await expect(send).toBeDisabled();
    await dialog.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill('Đề nghị bổ sung chỉ tiêu và thời hạn cụ thể.');
    await expect(send).toBeEnabled();
    await screenshot(page, 'records-milestone-return');
    const listsBefore = gets(calls, '/api/milestones');
    await send.click();

    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Đã trả lại mốc “Dự thảo kế hoạch năm 2026”.' })).toBeVisible();
    const sent = calls.filter((c) => c.method === 'POST');
    expect(sent.map((c) => c.path)).toEqual(['/api/milestones/m1/return']);
    expect(sent[0].body).toEqual({ comment: 'Đề nghị bổ sung chỉ tiêu và thời hạn cụ thể.' });
    // Asked again: the returned milestone has left the pending list.
    await expect.poll(() => gets(calls, '/api/milestones')).toBeGreaterThan(listsBefore);
    await expect(row).toHaveCount(0);

    // Approving needs no comment, and sends none.
    await page.locator('tr[data-milestone-id="m2"]').getByRole('button', { name: /^Phê duyệt/ }).click();
    const approve = page.getByRole('dialog', { name: 'Phê duyệt mốc tiến độ' });
    await expect(approve.getByLabel('Ý kiến (không bắt buộc)')).toBeVisible();
    await approve.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã phê duyệt mốc “Sơ kết 6 tháng”.' })).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST').at(-1)).toMatchObject({ path: '/api/milestones/m2/approve', body: {} });
  });

  test('a decision the server refuses shows its problem and keeps the dialog open [409, 400]', async ({ page }) => {
    await signedInAs(page, SUPERVISOR);
    const { calls, state } = await standIn(page, SUPERVISOR);
    await page.goto('/records/milestones');
    state.refuse = { status: 409, body: { title: 'Xung đột', detail: 'Nhiệm vụ đã hoàn thành.' } };
    await page.locator('tr[data-milestone-id="m1"]').getByRole('button', { name: /^Phê duyệt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Phê duyệt mốc tiến độ' });
    const listsBefore = gets(calls, '/api/milestones');
    await dialog.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Xung đột (409)');
    await expect(alert).toContainText('Nhiệm vụ đã hoàn thành.');
    // Decided by someone else meanwhile: the list is asked again.
    await expect.poll(() => gets(calls, '/api/milestones')).toBeGreaterThan(listsBefore);
    await dialog.getByRole('button', { name: 'Hủy' }).click();

    // A 400 names the field.
    state.refuse = { status: 400, body: { title: 'Dữ liệu không hợp lệ.', errors: { comment: ['Hãy nêu nội dung cần sửa: ý kiến là bắt buộc.'] } } };
    await page.locator('tr[data-milestone-id="m1"]').getByRole('button', { name: /^Trả lại/ }).click();
    const giveBack = page.getByRole('dialog', { name: 'Trả lại mốc tiến độ' });
    await giveBack.getByRole('textbox').fill('x');
    await giveBack.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect(giveBack.getByRole('alert')).toContainText('Hãy nêu nội dung cần sửa: ý kiến là bắt buộc.');
    await expect(giveBack.getByRole('alert').locator('code')).toHaveText('comment');
  });

  test('reports show each obligation with its units, and filter by status and due range [GET /api/reports]', async ({ page }) => {
    await signedInAs(page, SUPERVISOR);
    const { calls } = await standIn(page, SUPERVISOR);
    await page.goto('/records/reports');
    const card = page.getByRole('article', { name: 'Báo cáo sơ kết 6 tháng đầu năm 2026' });
    await expect(card).toBeVisible();
    expect(lastGet(calls, '/api/reports').query.toString()).toBe('page=1&pageSize=20');
    await expect(card).toContainText('Báo cáo 6 tháng');
    await expect(card).toContainText('01/01/2026 – 15/06/2026');
    await expect(card).toContainText('10/06/2026');
    await expect(card).toContainText('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    await expect(card.getByRole('link', { name: 'Xem quy trình' })).toHaveAttribute('href', '/instances/inst-report-6m');

    const units = card.getByRole('table');
    await expect(units.getByRole('row')).toHaveCount(4);
    const late = units.locator('tr[data-unit-id="DU-SGDDT"]');
    await expect(late).toContainText('Đã nộp, chờ duyệt');
    await expect(late).toContainText('Trễ hạn');
    await expect(late).toContainText('20/06/2026 08:30');
    await expect(late).toContainText('lần đầu 12/06/2026 16:00');
    await expect(late).toContainText('Bổ sung số liệu quý II.');
    await expect(late.locator('td.num')).toHaveText('1');
    await expect(units.locator('tr[data-unit-id="DU-SYT"]')).toContainText('Đúng hạn');
    const owing = units.locator('tr[data-unit-id="DU-SCT"]');
    await expect(owing).toContainText('Chưa nộp');
    await expect(owing).toContainText('Quá hạn');
    // A supervisor reviews; submitting is the units' own.
    await expect(owing.getByRole('button')).toHaveCount(0);
    await expect(late.getByRole('button', { name: /^Chấp nhận/ })).toBeVisible();
    await screenshot(page, 'records-reports');

    const annual = page.getByRole('article', { name: 'Báo cáo tổng kết năm 2025' });
    await expect(annual.locator('tr[data-unit-id="DU-SYT"]')).toContainText('Đã chấp nhận');
    await expect(annual.getByRole('link', { name: 'Xem quy trình' })).toHaveCount(0);

    await page.getByLabel('Tình trạng nộp').selectOption('Outstanding');
    await expect.poll(() => lastGet(calls, '/api/reports').query.toString()).toBe('status=Outstanding&page=1&pageSize=20');
    await expect(annual).toHaveCount(0);
    await page.getByLabel('Hạn nộp từ ngày').fill('2026-06-01');
    await page.getByLabel('Hạn nộp đến ngày').fill('2026-06-30');
    // Dates read day first whatever the browser's language: the 1st of June, not the 6th of January.
    await expect(page.getByLabel('Hạn nộp từ ngày')).toHaveValue('01/06/2026');
    await expect.poll(() => lastGet(calls, '/api/reports').query.toString()).toBe('status=Outstanding&dueFrom=2026-06-01&dueTo=2026-06-30&page=1&pageSize=20');
    await expect(page).toHaveURL(/status=Outstanding&dueFrom=2026-06-01&dueTo=2026-06-30/);

    // A range that ends before it starts is not asked for.
    const asked = gets(calls, '/api/reports');
    await page.getByLabel('Hạn nộp từ ngày').fill('2026-07-01');
    await expect(page.getByRole('alert')).toHaveText('Ngày kết thúc trước ngày bắt đầu: hãy chọn lại khoảng ngày.');
    expect(gets(calls, '/api/reports')).toBe(asked);

    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(page).toHaveURL(/\/records\/reports$/);
    await expect(annual).toBeVisible();
  });

  test('a supervisor accepts one unit’s report and returns another’s with a comment [POST /api/reports/{id}/units/{unitId}/accept|return]', async ({ page }) => {
    await signedInAs(page, SUPERVISOR);
    const { calls } = await standIn(page, SUPERVISOR);
    await page.goto('/records/reports');
    const card = page.getByRole('article', { name: 'Báo cáo sơ kết 6 tháng đầu năm 2026' });

    await card.getByRole('button', { name: 'Chấp nhận báo cáo của Đảng ủy Sở Y tế' }).click();
    const accept = page.getByRole('dialog', { name: 'Chấp nhận báo cáo' });
    await expect(accept).toContainText('Báo cáo sơ kết 6 tháng đầu năm 2026 — Đảng ủy Sở Y tế');
    const listsBefore = gets(calls, '/api/reports');
    await accept.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã chấp nhận báo cáo của Đảng ủy Sở Y tế.' })).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([['/api/reports/r-six-month/units/DU-SYT/accept', {}]]);
    await expect.poll(() => gets(calls, '/api/reports')).toBeGreaterThan(listsBefore);
    await expect(card.locator('tr[data-unit-id="DU-SYT"]')).toContainText('Đã chấp nhận');
    await expect(card.locator('tr[data-unit-id="DU-SYT"]').getByRole('button')).toHaveCount(0);

    await card.getByRole('button', { name: 'Trả lại báo cáo của Đảng ủy Sở GD&ĐT' }).click();
    const giveBack = page.getByRole('dialog', { name: 'Trả lại báo cáo' });
    const send = giveBack.getByRole('button', { name: 'Trả lại', exact: true });
    await expect(send).toBeDisabled();
    await giveBack.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill('Số liệu biểu 2 chưa khớp với biểu 1.');
    await send.click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã trả lại báo cáo của Đảng ủy Sở GD&ĐT.' })).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST').at(-1)).toMatchObject({
      path: '/api/reports/r-six-month/units/DU-SGDDT/return', body: { comment: 'Số liệu biểu 2 chưa khớp với biểu 1.' },
    });
    const returned = card.locator('tr[data-unit-id="DU-SGDDT"]');
    await expect(returned).toContainText('Bị trả lại');
    await expect(returned).toContainText('Số liệu biểu 2 chưa khớp với biểu 1.');
    await expect(returned.locator('td.num')).toHaveText('2');
  });

  test('an officer submits the unit’s owing report, and reads the server’s refusal [403, 409]', async ({ page }) => {
    await signedInAs(page, OFFICER);
    const { state } = await standIn(page, OFFICER);
    await page.goto('/records/reports');
    const card = page.getByRole('article', { name: 'Báo cáo sơ kết 6 tháng đầu năm 2026' });
    // Officers submit; reviewing is not theirs.
    await expect(card.getByRole('button', { name: /^Chấp nhận/ })).toHaveCount(0);
    await expect(card.getByRole('button', { name: /^Trả lại/ })).toHaveCount(0);
    state.refuse = { status: 403, body: { title: 'Không có quyền', detail: 'Báo cáo này do đơn vị khác nộp.' } };
    await card.getByRole('button', { name: 'Nộp báo cáo của Đảng ủy Sở Công Thương' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nộp báo cáo' });
    await expect(dialog.getByText('Nếu báo cáo có biểu mẫu phải điền, hãy nộp từ mục Việc của tôi.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Nộp báo cáo', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Không có quyền (403)');
    await expect(dialog.getByRole('alert')).toContainText('Báo cáo này do đơn vị khác nộp.');
    await screenshot(page, 'records-report-refused');

    state.refuse = { status: 409, body: { title: 'Xung đột', detail: "Unit 'DU-SCT' has no report of this obligation waiting to be submitted." } };
    await dialog.getByRole('button', { name: 'Nộp báo cáo', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Xung đột (409)');
  });

  test('urge notices show level, Hà Nội time, units, message and the tasks, and filter by level and dates [GET /api/urge-notices]', async ({ page }) => {
    await signedInAs(page, SUPERVISOR);
    const { calls } = await standIn(page, SUPERVISOR);
    await page.goto('/records/urge-notices');
    const table = page.getByRole('table', { name: 'Đôn đốc' });
    await expect(table.getByRole('row')).toHaveCount(3);
    expect(lastGet(calls, '/api/urge-notices').query.toString()).toBe('page=1&pageSize=20');
    const letter = table.locator('tr[data-notice-id="n2"]');
    await expect(letter).toContainText('Mức 3 — Công văn đôn đốc');
    await expect(letter).toContainText('Đôn đốc tiếp theo thông báo trước');
    await expect(letter).toContainText('21/11/2026 00:30');
    await expect(letter).toContainText('Đảng ủy Sở Y tế');
    await expect(letter).toContainText('Đảng ủy Sở GD&ĐT');
    await expect(letter).toContainText('Đề nghị khẩn trương hoàn thành báo cáo sơ kết.');
    await expect(letter.getByRole('link', { name: /^Nhiệm vụ 1/ })).toHaveAttribute('href', `/tasks/${TASK_A}`);
    await expect(letter.getByRole('link', { name: /^Nhiệm vụ 2/ })).toHaveAttribute('href', `/tasks/${TASK_B}`);
    await expect(table.locator('tr[data-notice-id="n1"]')).toContainText('Không có nội dung');
    await screenshot(page, 'records-urge-notices');

    await page.getByLabel('Mức đôn đốc').selectOption('3');
    await expect.poll(() => lastGet(calls, '/api/urge-notices').query.toString()).toBe('level=3&page=1&pageSize=20');
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByLabel('Ban hành từ ngày').fill('2026-11-01');
    await page.getByLabel('Ban hành đến ngày').fill('2026-11-30');
    await page.getByLabel('Mã đơn vị').fill('DU-SYT');
    await expect.poll(() => lastGet(calls, '/api/urge-notices').query.toString())
      .toBe('level=3&unitId=DU-SYT&issuedFrom=2026-11-01&issuedTo=2026-11-30&page=1&pageSize=20');
    await letter.getByRole('link', { name: /^Nhiệm vụ 1/ }).click();
    await expect(page).toHaveURL(new RegExp(`/tasks/${TASK_A}$`));
  });

  test('in English the pages speak English and still write dates day first', async ({ page }) => {
    await signedInAs(page, SUPERVISOR, 'en');
    await standIn(page, SUPERVISOR);
    await page.goto('/records/urge-notices');
    const letter = page.locator('tr[data-notice-id="n2"]');
    await expect(letter).toContainText('Level 3 — Urging letter');
    await expect(letter).toContainText('21/11/2026 00:30');
    await expect(letter).toContainText('Please complete the six-month report without delay.');
    await expect(letter).toContainText('Party Committee of the Department of Health');
    await page.getByRole('navigation', { name: 'Supervision records' }).getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByRole('article', { name: 'Báo cáo sơ kết 6 tháng đầu năm 2026' })).toContainText('Six-month report');
    await expect(page.locator('tr[data-unit-id="DU-SCT"]')).toContainText('Not submitted');
    await page.getByRole('navigation', { name: 'Supervision records' }).getByRole('link', { name: 'Milestones' }).click();
    await expect(page.getByRole('radio', { name: 'Pending approval' })).toBeChecked();
  });

  test.describe('in a browser set to American English', () => {
    test.use({ locale: 'en-US' });

    test('a date is typed and shown day first, and one that does not exist is refused [GET /api/reports?dueFrom]', async ({ page }) => {
      await signedInAs(page, SUPERVISOR, 'en');
      const { calls } = await standIn(page, SUPERVISOR);
      await page.goto('/records/reports');
      const from = page.getByLabel('Due from');
      await expect(from).toHaveAttribute('placeholder', 'dd/mm/yyyy');
      await from.fill('06/04/2026');
      await expect.poll(() => lastGet(calls, '/api/reports').query.get('dueFrom')).toBe('2026-04-06');
      await from.blur();
      await expect(from).toHaveValue('06/04/2026');

      await from.fill('31/02/2026');
      await expect(from).toHaveAttribute('aria-invalid', 'true');
      await expect(from).toHaveAttribute('title', 'Enter the date as day/month/year, for example 06/04/2026.');
      expect(lastGet(calls, '/api/reports').query.get('dueFrom')).toBe('2026-04-06');
    });
  });
});

test.describe('records against the real server', () => {
  test('a supervisor opens the records section and the three tabs load without error', async ({ page, request }) => {
    test.skip(!(await sessionFor(request, 'supervisor')), 'POST /api/auth/token is not on this server (or refuses the demo users).');
    await signIn(page, request, 'supervisor');
    const answered = (path: string) => page.waitForResponse((r: Response) => new URL(r.url()).pathname === path && r.request().method() === 'GET');

    const milestonesAnswer = answered('/api/milestones');
    await page.goto('/inbox');
    await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
    await expect(page).toHaveURL(/\/records\/milestones$/);
    const tabs = page.getByRole('navigation', { name: 'Hồ sơ giám sát' });
    for (const [tab, path] of [['Mốc tiến độ', '/api/milestones'], ['Báo cáo', '/api/reports'], ['Đôn đốc', '/api/urge-notices']] as const) {
      const answer = path === '/api/milestones' ? milestonesAnswer : answered(path);
      if (path !== '/api/milestones') await tabs.getByRole('link', { name: tab, exact: true }).click();
      expect((await answer).status(), `${path} answers`).toBe(200);
      await expect(page.getByRole('heading', { level: 2, name: tab })).toBeVisible();
      await expect(page.locator('.records-table, .report-list, .empty').first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
  });
});
