/** English texts of the records area: the section and its tabs. */
export const recordsEn = {
  title: 'Supervision records',
  tabs: { plans: 'Plans', workTasks: 'Work tasks', milestones: 'Milestones', reports: 'Reports', urgeNotices: 'Urge notices', inspections: 'Inspections', evaluations: 'Evaluations', documents: 'Documents' },
};
