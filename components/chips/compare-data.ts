import type { Chip } from "@/lib/queries/chips";
import { TFLOPS_PER_WATT, tflopsPerWatt, type DerivedMetric } from "@/lib/specs";
import type { SpecMetric } from "@/lib/constants";

// A chip's value for one row of the comparison: the sourced spec, or the derived ratio.

export type CompareMetric = SpecMetric | DerivedMetric;

export function metricValue(chip: Chip, metric: CompareMetric): number | string | boolean | null {
  if (metric === TFLOPS_PER_WATT) return tflopsPerWatt(chip.specs.bf16_tflops?.value, chip.specs.tdp_w?.value);
  return chip.specs[metric]?.value ?? null;
}

export function numericValue(chip: Chip, metric: CompareMetric): number | null {
  const value = metricValue(chip, metric);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
