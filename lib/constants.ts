// Enumerations of the domain, their labels, and cache tags: the one place they are listed.
// The database stores them as strings; lib/validation parses every value against these lists.

export const COMPANY_ROLES = ["chip_vendor", "customer", "ai_lab", "foundry", "government", "analyst_press"] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];
export const COMPANY_ROLE_LABELS: Record<CompanyRole, string> = {
  chip_vendor: "Chip vendor",
  customer: "Customer / cloud",
  ai_lab: "AI lab",
  foundry: "Foundry",
  government: "Government / regulator",
  analyst_press: "Analyst / press",
};

export const CHIP_KINDS = ["accelerator", "system", "series"] as const;
export type ChipKind = (typeof CHIP_KINDS)[number];
export const CHIP_KIND_LABELS: Record<ChipKind, string> = {
  accelerator: "Accelerator",
  system: "System",
  series: "Product line",
};

export const CHIP_STATUSES = ["announced", "sampling", "shipping", "discontinued"] as const;
export type ChipStatus = (typeof CHIP_STATUSES)[number];
export const CHIP_STATUS_LABELS: Record<ChipStatus, string> = {
  announced: "Announced",
  sampling: "Sampling",
  shipping: "Shipping",
  discontinued: "Discontinued",
};

/** Spec metrics, their unit and how they are stored (number, text or yes/no). */
export const SPEC_METRICS = {
  bf16_tflops: { label: "Dense BF16/FP16", unit: "TFLOPS", type: "number", higherIsBetter: true },
  fp8_support: { label: "FP8 support", unit: null, type: "boolean", higherIsBetter: true },
  fp8_tflops: { label: "Dense FP8", unit: "TFLOPS", type: "number", higherIsBetter: true },
  int8_tops: { label: "INT8", unit: "TOPS", type: "number", higherIsBetter: true },
  memory_gb: { label: "Memory", unit: "GB", type: "number", higherIsBetter: true },
  memory_type: { label: "Memory type", unit: null, type: "text", higherIsBetter: null },
  memory_bandwidth_tbs: { label: "Memory bandwidth", unit: "TB/s", type: "number", higherIsBetter: true },
  tdp_w: { label: "TDP", unit: "W", type: "number", higherIsBetter: false },
  interconnect: { label: "Interconnect", unit: null, type: "text", higherIsBetter: null },
  chip_count: { label: "Chips per system", unit: "chips", type: "number", higherIsBetter: null },
} as const;
export type SpecMetric = keyof typeof SPEC_METRICS;
export const SPEC_METRIC_KEYS = Object.keys(SPEC_METRICS) as SpecMetric[];

export const CLAIM_KINDS = [
  "adoption",
  "testing",
  "order",
  "non_adoption",
  "training_on",
  "performance_issue",
  "revenue",
  "pricing",
  "supply",
  "policy_pressure",
  "other",
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  adoption: "Adoption",
  testing: "Testing",
  order: "Order",
  non_adoption: "Non-adoption",
  training_on: "Training on",
  performance_issue: "Performance issue",
  revenue: "Revenue",
  pricing: "Pricing",
  supply: "Supply",
  policy_pressure: "Policy pressure",
  other: "Other",
};

export const CLAIM_COMPANY_ROLES = ["customer", "vendor", "other"] as const;
export type ClaimCompanyRole = (typeof CLAIM_COMPANY_ROLES)[number];

export const CONFIDENCES = ["reported", "confirmed", "disputed"] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  reported: "Reported",
  confirmed: "Confirmed",
  disputed: "Disputed",
};

export const CLAIM_STATUSES = ["draft", "published", "disputed", "retracted"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** What readers (no account) may see. */
export const PUBLIC_CLAIM_STATUSES: readonly ClaimStatus[] = ["published", "disputed"];

export const JURISDICTIONS = ["US", "CN", "other"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const JURISDICTION_LABELS: Record<Jurisdiction, string> = { US: "United States", CN: "China", other: "Other" };

export const EVENT_ACTIONS = [
  "rule",
  "licence_decision",
  "entity_listing",
  "guidance_warning",
  "purchase_guidance",
  "subsidy_fund",
  "other",
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];
export const EVENT_ACTION_LABELS: Record<EventAction, string> = {
  rule: "Rule",
  licence_decision: "Licence decision",
  entity_listing: "Entity listing",
  guidance_warning: "Guidance / warning",
  purchase_guidance: "Purchase guidance",
  subsidy_fund: "Subsidy / fund",
  other: "Other",
};

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const USER_ROLES = ["editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Paging for every list: the API and the pages share these bounds. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/**
 * Lists of claims count their matches up to this many and then say "more than": an exact count
 * of a million rows costs more than the page it heads, and nobody pages through 10,000 claims
 * (the filters narrow them). The API says so with `totalIsExact: false`.
 */
export const COUNT_CAP = 10_000;

/** How many chips a vendor's profile lists (by name); the chips table, filtered by the vendor, lists them all. */
export const VENDOR_PROFILE_CHIPS = 20;
/** How many export-control events a vendor's profile lists at most: the latest, with a count of all. */
export const VENDOR_EVENTS_LIMIT = 20;

/** "12" or "more than 10,000", for a count made with a cap. */
export function cappedCount(total: number, cap = COUNT_CAP): string {
  return total > cap ? `more than ${cap.toLocaleString("en-GB")}` : total.toLocaleString("en-GB");
}

/** "1 claim", "12 claims", or "More than 10,000 claims" for a count made with a cap. */
export function claimCountLabel(total: number, cap = COUNT_CAP): string {
  if (total > cap) return `More than ${cap.toLocaleString("en-GB")} claims`;
  return total === 1 ? "1 claim" : `${cappedCount(total, cap)} claims`;
}

export const DATA_CREDITS = [
  {
    name: "Epoch AI, Machine Learning Hardware dataset",
    licence: "CC BY 4.0",
    url: "https://epoch.ai/data/machine-learning-hardware",
  },
  { name: "EvoKernel Spec", licence: "CC BY-SA 4.0", url: "https://github.com/ying-wen/evokernel-spec" },
] as const;
