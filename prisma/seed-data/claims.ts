import type { SeedClaim } from "./types";

export const claims: SeedClaim[] = [];
