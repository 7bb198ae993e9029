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

// The marks' styles are named classes in app/styles/sources.css: `hl` and one per kind, `hl-tag`
// for the tag. (A known company or chip named in the text, in the editor's view, is a `mention`:
// underlined, no background.)
const MARK_STYLES: Record<QuoteKind, string> = {
  claim: "hl-claim",
  event: "hl-event",
  spec: "hl-spec",
  mention: "hl-mention",
};

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
        className={`hl ${MARK_STYLES[mark.kind]}`}
      >
        {segment.first && mark.kind !== "mention" ? (
          <a href={mark.href} aria-label={mark.label} title={mark.label} lang="en" data-tag={mark.tag} className="hl-tag" />
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
