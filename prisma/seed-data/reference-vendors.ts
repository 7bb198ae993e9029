// Chip vendors that appear only in the reference datasets (not in the articles).
import type { SeedCompany } from "./types";

export const referenceVendors: SeedCompany[] = [];
