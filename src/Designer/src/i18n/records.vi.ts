/** Vietnamese texts of the records area: the section and its tabs. */
export const recordsVi = {
  title: 'Hồ sơ giám sát',
  tabs: { plans: 'Kế hoạch', workTasks: 'Nhiệm vụ được giao', milestones: 'Mốc tiến độ', reports: 'Báo cáo', urgeNotices: 'Đôn đốc', inspections: 'Kiểm tra, giám sát', evaluations: 'Đánh giá, xếp loại', documents: 'Văn bản' },
};
