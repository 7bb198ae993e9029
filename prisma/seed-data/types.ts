// The shapes of the seeded knowledge base. Records refer to each other by slug; the seed
// resolves slugs to ids and computes every quote's offsets in the stored article text.
import type {
  ChipKind,
  ChipStatus,
  ClaimCompanyRole,
  ClaimKind,
  ClaimStatus,
  CompanyRole,
  Confidence,
  DatePrecision,
  EventAction,
  Jurisdiction,
  SpecMetric,
} from "../../lib/constants";

export type SeedCompany = {
  slug: string;
  name: string;
  nameZh?: string;
  /** other spellings found in sources or reference data; the name itself need not be repeated */
  aliases: string[];
  country?: string;
  roles: CompanyRole[];
  website?: string;
  description?: string;
};

/** A quote from one of the seeded articles; `occurrence` (0-based) picks among repeated passages. */
export type SeedQuote = { source: string; quote: string; occurrence?: number };

export type SeedSpec = {
  metric: SpecMetric;
  value: number | string | boolean;
  sourceName: string;
  sourceUrl?: string;
  licence?: string;
  note?: string;
  /** set when the value comes from an archived article rather than a dataset */
  quote?: SeedQuote;
};

export type SeedChip = {
  slug: string;
  /** company slug */
  vendor: string;
  name: string;
  nameZh?: string;
  aliases: string[];
  family?: string;
  kind: ChipKind;
  status?: ChipStatus;
  /** ISO date (YYYY-MM-DD) */
  announcedOn?: string;
  releasedOn?: string;
  datePrecision?: DatePrecision;
  dateSourceName?: string;
  dateSourceUrl?: string;
  processNode?: string;
  foundry?: string;
  description?: string;
  specs: SeedSpec[];
};

export type SeedSource = {
  slug: string;
  /** file name under prisma/seed-data/articles/ */
  file: string;
  title: string;
  publisher?: string;
  author?: string;
  language: string;
  publishedAt?: string;
  retrievedAt: string;
  /** the stored text is the file's text from the first occurrence of `startsWith` … */
  startsWith: string;
  /** … to the end of the first occurrence of `endsWith` after it (page boilerplate trimmed) */
  endsWith: string;
  notes?: string;
};

export type SeedClaim = {
  slug: string;
  source: string;
  kind: ClaimKind;
  /** company slug of the claim's subject */
  subject: string;
  companies?: { slug: string; role: ClaimCompanyRole }[];
  /** chip slugs */
  chips?: string[];
  summary: string;
  quote: string;
  occurrence?: number;
  translation?: string;
  claimDate?: string;
  confidence: Confidence;
  status: ClaimStatus;
  note?: string;
};

export type SeedEvent = {
  slug: string;
  date?: string;
  effectiveDate?: string;
  datePrecision?: DatePrecision;
  dateSourceName?: string;
  dateSourceUrl?: string;
  jurisdiction: Jurisdiction;
  authority?: string;
  action: EventAction;
  title: string;
  description?: string;
  companies: string[];
  chips: string[];
  quotes: SeedQuote[];
};
