import type { SeedEvent } from "./types";

export const events: SeedEvent[] = [];
