import { highlightText, type HighlightSegment, type HighlightSpan } from "@/lib/highlight";

// An archived article's text, whitespace as stored, with every quote taken from it marked in
// place. Each quote's mark carries its anchor (#claim-<id>, #event-<eventSourceId>, #spec-<metric>),
// so a link to it scrolls there and :target shows it; at its start a small tag (C1, E1, S1) links
// to the record that quotes it. The tags are drawn by CSS from an attribute and hold no text of
// their own, so the article's text appears exactly once and each mark holds exactly its quote.

export type QuoteKind = "claim" | "event" | "spec" | "mention";

export type QuoteMark = HighlightSpan & {
  kind: QuoteKind;
  /** the element id: the anchor a link to this quote names */
  anchor: string;
  /** the record the tag links to */
  href: string;
  /** the tag's accessible name, e.g. "Claim C3: Baidu tests the Ascend 910C" */
  label: string;
  /** the short visible tag, e.g. "C3" */
  tag: string;
};

const MARK_STYLES: Record<QuoteKind, string> = {
  claim:
    "bg-amber-100 border-b-2 border-solid border-amber-600 dark:bg-amber-300/20 dark:border-amber-400",
  event: "bg-sky-100 border-b-2 border-dashed border-sky-700 dark:bg-sky-300/20 dark:border-sky-400",
  spec: "bg-emerald-100 border-b-2 border-dotted border-emerald-700 dark:bg-emerald-300/20 dark:border-emerald-400",
  // a known company or chip named in the text (editor view): underlined, no background
  mention: "bg-transparent underline decoration-violet-700 decoration-2 underline-offset-4 dark:decoration-violet-300",
};

const MARK_BASE =
  "box-decoration-clone scroll-mt-8 rounded-sm text-zinc-950 dark:text-zinc-50 " +
  "target:bg-yellow-300 target:outline-3 target:outline-offset-2 target:outline-sky-700 " +
  "dark:target:bg-yellow-400/40 dark:target:outline-sky-300";

const TAG =
  "not-italic no-underline font-sans text-[0.7em] font-semibold align-super leading-none px-0.5 rounded " +
  "text-sky-900 hover:bg-sky-100 dark:text-sky-200 dark:hover:bg-sky-900 " +
  "before:content-[attr(data-tag)]";

function renderSegments(segments: HighlightSegment<QuoteMark>[]): React.ReactNode[] {
  return segments.map((segment) => {
    if (segment.type === "text") return segment.text;
    const mark = segment.span;
    return (
      <mark
        key={`${mark.anchor}:${segment.start}`}
        id={segment.first ? mark.anchor : undefined}
        data-quote-kind={mark.kind}
        title={mark.kind === "mention" ? mark.label : undefined}
        data-continued={segment.first ? undefined : "true"}
        className={`${MARK_BASE} ${MARK_STYLES[mark.kind]}`}
      >
        {segment.first && mark.kind !== "mention" ? (
          <a href={mark.href} aria-label={mark.label} title={mark.label} lang="en" data-tag={mark.tag} className={TAG} />
        ) : null}
        {renderSegments(segment.children)}
      </mark>
    );
  });
}

export function HighlightedText({ text, language, marks }: { text: string; language: string; marks: QuoteMark[] }) {
  return (
    <div
      lang={language}
      data-testid="source-text"
      className="font-serif text-lg leading-relaxed whitespace-pre-wrap text-zinc-900 dark:text-zinc-100"
    >
      {renderSegments(highlightText(text, marks))}
    </div>
  );
}

/** The legend of the marks: what each style and tag letter means (colour is not the only signal). */
export function HighlightLegend() {
  const items: [QuoteKind, string, string][] = [
    ["claim", "C", "a claim’s quote (solid underline)"],
    ["event", "E", "an export-control event’s quote (dashed underline)"],
    ["spec", "S", "a chip spec value’s quote (dotted underline)"],
  ];
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Highlight legend">
      {items.map(([kind, letter, text]) => (
        <li key={kind} className="inline-flex items-center gap-2">
          <span className={`${MARK_STYLES[kind]} rounded-sm px-1.5 font-semibold text-zinc-950 dark:text-zinc-50`}>
            {letter}1
          </span>
          {text}
        </li>
      ))}
    </ul>
  );
}
