// CSV for exports (RFC 4180). Cells that a spreadsheet would run as a formula (=, +, -, @,
// tab, carriage return at the start) are prefixed with an apostrophe, so an article quote
// can never execute in the reader's spreadsheet.
export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Response headers for a download named `filename`. */
export function downloadHeaders(filename: string, contentType: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    "Cache-Control": "no-store",
  };
}

/** Most rows one export returns; the export says so when the filter matches more. */
export const MAX_EXPORT_ROWS = 10_000;
