import type { FieldChange } from "@/lib/revisions";

// One revision's changes, field by field: the field's name, then before → after. Long texts are
// shown compactly: the words around the change, with what was removed and added marked (<del>,
// <ins>, and said in words for screen readers), and the whole text one click away.

const LONG_TEXT = 160;
const CONTEXT = 40;

const FIELD_NAMES: Record<string, string> = {
  claimDate: "Claim date",
  publishedAt: "Published on",
  retrievedAt: "Retrieved on",
  announcedOn: "Announced on",
  releasedOn: "Released on",
  effectiveDate: "Effective date",
  quoteStart: "Quote start (character)",
  quoteEnd: "Quote end (character)",
  contentHash: "Content hash (SHA-256)",
  textLength: "Text length (characters)",
  nameZh: "Chinese name",
  url: "URL",
  subject: "Company",
  companies: "Other companies",
  kind: "Type",
  note: "Editor's note",
};

/** "quoteStart" → "Quote start", "spec.bf16_tflops" → "Spec: bf16_tflops". */
export function fieldName(field: string): string {
  if (FIELD_NAMES[field]) return FIELD_NAMES[field];
  if (field.startsWith("spec.")) return `Spec: ${field.slice(5)}`;
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00\.000Z$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A snapshot value as text: dates as days (or UTC times), lists joined, objects as compact JSON. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => displayValue(v) ?? "—").join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") {
    const midnight = ISO_MIDNIGHT.exec(value);
    if (midnight) return midnight[1];
    if (ISO_TIME.test(value)) return `${value.slice(0, 16).replace("T", " ")} UTC`;
    return value;
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export type CompactText = { before: string; removed: string; added: string; after: string; cutStart: boolean; cutEnd: boolean };

/** The change between two long texts: a little shared context either side of what differs. */
export function compactChange(a: string, b: string): CompactText {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const start = Math.max(0, prefix - CONTEXT);
  const endA = a.length - suffix;
  const endB = b.length - suffix;
  const tailEnd = Math.min(a.length, endA + CONTEXT);
  return {
    before: a.slice(start, prefix),
    removed: a.slice(prefix, endA),
    added: b.slice(prefix, endB),
    after: a.slice(endA, tailEnd),
    cutStart: start > 0,
    cutEnd: tailEnd < a.length,
  };
}

function Empty() {
  return <span className="text-zinc-600 italic dark:text-zinc-400">empty</span>;
}

function LongText({ text }: { text: string }) {
  return (
    <details>
      <summary className="cursor-pointer">
        {text.slice(0, LONG_TEXT)}… <span className="text-zinc-600 dark:text-zinc-400">({text.length} characters: show all)</span>
      </summary>
      <p className="mt-1 whitespace-pre-wrap">{text}</p>
    </details>
  );
}

function Value({ value }: { value: string | null }) {
  if (value === null) return <Empty />;
  if (value.length > LONG_TEXT) return <LongText text={value} />;
  return <span className="whitespace-pre-wrap">{value}</span>;
}

const DEL = "bg-red-100 text-red-950 line-through decoration-red-800 dark:bg-red-950 dark:text-red-100 dark:decoration-red-300";
const INS = "bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-950 dark:text-emerald-100";

function TextChange({ a, b }: { a: string; b: string }) {
  const change = compactChange(a, b);
  return (
    <p className="whitespace-pre-wrap">
      {change.cutStart ? "…" : ""}
      {change.before}
      {change.removed ? (
        <del className={DEL}>
          <span className="sr-only">[removed: </span>
          {change.removed}
          <span className="sr-only">]</span>
        </del>
      ) : null}
      {change.added ? (
        <ins className={INS}>
          <span className="sr-only">[added: </span>
          {change.added}
          <span className="sr-only">]</span>
        </ins>
      ) : null}
      {change.after}
      {change.cutEnd ? "…" : ""}
    </p>
  );
}

/** The fields a revision changed. A creation (nothing before) lists each field's first value. */
export function HistoryDiff({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-zinc-700 dark:text-zinc-300">No field changed.</p>;
  const created = changes.every((c) => c.before === null);
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
      {changes.map((change) => {
        const before = displayValue(change.before);
        const after = displayValue(change.after);
        const bothLong = before !== null && after !== null && (before.length > LONG_TEXT || after.length > LONG_TEXT);
        return (
          <div key={change.field} className="contents">
            <dt className="font-medium text-zinc-900 dark:text-zinc-100">{fieldName(change.field)}</dt>
            <dd className="min-w-0 break-words text-zinc-800 dark:text-zinc-200">
              {created ? (
                <Value value={after} />
              ) : bothLong ? (
                <TextChange a={before} b={after} />
              ) : (
                <span className="flex flex-wrap items-baseline gap-x-2">
                  <span className="sr-only">from </span>
                  <Value value={before} />{" "}
                  <span aria-hidden="true" className="text-zinc-600 dark:text-zinc-400">
                    →
                  </span>
                  <span className="sr-only"> to </span>
                  <Value value={after} />
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
