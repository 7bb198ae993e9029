"use client";

import { useDeferredValue, useMemo, useRef, useState } from "react";
import { findQuote } from "@/lib/quotes";
import { BUTTON_SECONDARY } from "./form-parts";

// The chosen source's text beside the claim form. Selecting words in it puts them in the Quote
// field (pasting into the field works too, with or without JavaScript). The quote as it stands is
// marked where it is found; the server checks it again and stores the exact text and offsets.

export type PickerSource = { id: string; title: string; language: string; text: string };

export function QuotePicker({
  source,
  quote,
  onPick,
}: {
  source: PickerSource | null;
  /** the Quote field's current value */
  quote: string;
  onPick: (text: string) => void;
}) {
  const textRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const deferredQuote = useDeferredValue(quote);
  const span = useMemo(
    () => (source && deferredQuote.trim() ? findQuote(source.text, deferredQuote) : null),
    [source, deferredQuote],
  );

  if (!source) {
    return (
      <section aria-labelledby="quote-picker-heading" className="flex flex-col gap-2">
        <h2 id="quote-picker-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          Source text
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Choose a source to see its text here and select the quote in it.</p>
      </section>
    );
  }

  /** The selected text, when the selection lies inside the article text. */
  const selectedText = (): string | null => {
    const selection = window.getSelection();
    const container = textRef.current;
    if (!selection || selection.isCollapsed || !container) return null;
    if (!container.contains(selection.anchorNode) || !container.contains(selection.focusNode)) return null;
    const text = selection.toString().trim();
    return text || null;
  };

  const pick = () => {
    const text = selectedText();
    if (!text) return false;
    onPick(text);
    setAnnouncement(`Quote set from your selection (${text.length} characters).`);
    return true;
  };

  const status = !quote.trim()
    ? "Select the quote in the text below, or paste it into the Quote field."
    : span
      ? `The quote is in the text (characters ${span.start}–${span.end}).`
      : "The quote as typed is not in this text.";

  return (
    <section aria-labelledby="quote-picker-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="quote-picker-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          Source text
        </h2>
        <button
          type="button"
          className={BUTTON_SECONDARY}
          onClick={() => {
            if (!pick()) setAnnouncement("Select words in the article text first.");
          }}
        >
          Use selected text as quote
        </button>
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-medium" lang={source.language}>
          {source.title}
        </span>
        . {status}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div
        ref={textRef}
        role="region"
        aria-label="Article text"
        tabIndex={0}
        lang={source.language}
        onMouseUp={() => pick()}
        onKeyUp={(event) => {
          if (event.shiftKey) pick();
        }}
        onTouchEnd={() => pick()}
        className="max-h-[70vh] overflow-y-auto rounded-lg border border-zinc-300 bg-white p-4 font-serif leading-relaxed whitespace-pre-wrap text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {span ? (
          <>
            {source.text.slice(0, span.start)}
            <mark className="rounded-sm bg-amber-100 text-zinc-950 dark:bg-amber-300/30 dark:text-zinc-50">
              {source.text.slice(span.start, span.end)}
            </mark>
            {source.text.slice(span.end)}
          </>
        ) : (
          source.text
        )}
      </div>
    </section>
  );
}
