/** The records API for inspections, evaluations and documents. */
export {};
