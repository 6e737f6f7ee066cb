/** Vietnamese texts of the records pages for inspections, evaluations and documents. */
export const recordsOversightVi = {};
