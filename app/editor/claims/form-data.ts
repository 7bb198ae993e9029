import "server-only";
import { listChipNameOptions, listCompanyNameOptions, listVendorOptions } from "@/lib/queries/editor-claims";
import { getSourceTextForPicker, listRecentSourceOptions } from "@/lib/queries/editor-sources";

// What both claim forms (new and edit) need from the database: the sources to choose from, the
// chosen source's text for the quote picker, the names to suggest and the vendors for a new chip.
export async function loadClaimFormData(sourceId: string | null) {
  const [sources, picker, companyNames, chipNames, vendors] = await Promise.all([
    listRecentSourceOptions(sourceId),
    getSourceTextForPicker(sourceId),
    listCompanyNameOptions(),
    listChipNameOptions(),
    listVendorOptions(),
  ]);
  return {
    sources: sources.map((s) => ({ value: s.id, label: s.publisher ? `${s.title} (${s.publisher})` : s.title })),
    picker,
    companyNames,
    chipNames,
    vendors: vendors.map((v) => ({ value: v.id, label: v.name })),
  };
}

/** `?source=<id>`: one plain value or nothing. */
export function sourceParam(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value.length > 0 && value.length <= 100 ? value : null;
}
