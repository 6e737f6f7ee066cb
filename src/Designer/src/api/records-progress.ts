/** The records API for milestones, reports and urge notices. */
export {};
