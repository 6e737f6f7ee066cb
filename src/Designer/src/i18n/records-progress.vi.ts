/** Vietnamese texts of the records pages for milestones, reports and urge notices. */
export const recordsProgressVi = {};
