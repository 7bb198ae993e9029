import type { DatePrecision } from "@/lib/constants";

// A nullable date, shown only as precisely as its source gives it. No date reads "Undated":
// an unknown date is never invented. One formatter per precision, made once: making an
// Intl.DateTimeFormat costs about 60 times formatting with one (a vendor's page shows 300 dates).
const FORMATS: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

function isPrecision(value: string | null | undefined): value is DatePrecision {
  return value === "day" || value === "month" || value === "year";
}

export function formatDate(date: Date, precision: string | null | undefined = "day"): string {
  return FORMATS[isPrecision(precision) ? precision : "day"].format(date);
}

function machineDate(date: Date, precision: string | null | undefined): string {
  const iso = date.toISOString();
  if (precision === "year") return iso.slice(0, 4);
  if (precision === "month") return iso.slice(0, 7);
  return iso.slice(0, 10);
}

export function DateLabel({
  date,
  precision,
  className,
}: {
  date: Date | null;
  precision?: string | null;
  className?: string;
}) {
  // No class is no prop: an undefined one would still be sent, as "$undefined", in the RSC payload
  // of every row that shows a date.
  const classProp = className ? { className } : {};
  if (!date) return <span {...classProp}>Undated</span>;
  return (
    <time {...classProp} dateTime={machineDate(date, precision)}>
      {formatDate(date, precision)}
    </time>
  );
}
