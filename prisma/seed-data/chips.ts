import type { SeedChip } from "./types";

export const chips: SeedChip[] = [];
