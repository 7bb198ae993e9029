/** Room for two editors saving at once on SQLite, which runs one write transaction at a time. */
export const TRANSACTION_OPTIONS = { timeout: 15_000, maxWait: 10_000 } as const;
