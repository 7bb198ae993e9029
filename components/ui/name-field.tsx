"use client";

import { useEffect, useRef, useState } from "react";

// A company or chip filter as a text field with suggestions, in place of a <select> listing every
// record: a select of thousands of names is no usable control, and it made every filtered page
// carry them all (lib/queries/filter-names.ts resolves what the field sends). The suggestions are
// a native <datalist> (the browser's own list, keyboard and screen-reader support included), filled
// as the reader types from the public API's name search; without JavaScript the field still takes
// a name or a slug.

/** Where the suggestions come from: the API's list and the words shown beside each name. */
const SOURCES = {
  company: { path: "/api/v1/companies", detail: (item: ApiItem) => item.nameZh ?? undefined },
  vendor: { path: "/api/v1/companies?role=chip_vendor", detail: (item: ApiItem) => item.nameZh ?? undefined },
  chip: { path: "/api/v1/chips", detail: (item: ApiItem) => item.vendor?.name },
} as const;

type ApiItem = { slug: string; name: string; nameZh?: string | null; vendor?: { name: string } };
type Suggestion = { key: string; value: string; detail?: string };

/** Suggestions asked for at once: the list the browser shows. */
export const NAME_SUGGESTIONS = 20;
/** Typing pause before asking, in ms. */
const PAUSE_MS = 150;

export function NameField({
  id,
  name,
  source,
  defaultValue,
  className,
  describedBy,
  invalid,
}: {
  id: string;
  /** the URL parameter */
  name: string;
  source: keyof typeof SOURCES;
  /** the chosen record's name, when the page is filtered by one */
  defaultValue?: string;
  className?: string;
  describedBy?: string;
  /** the value given names no record, or several */
  invalid?: boolean;
}) {
  const listId = `${id}-suggestions`;
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const asked = useRef<string | null>(null);
  const pending = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  function ask(text: string) {
    const q = text.trim();
    if (q === asked.current) return;
    asked.current = q;
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    const { path, detail } = SOURCES[source];
    const params = new URLSearchParams({ pageSize: String(NAME_SUGGESTIONS) });
    if (q) params.set("q", q);
    fetch(`${path}${path.includes("?") ? "&" : "?"}${params}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<{ data?: ApiItem[] }>) : null))
      .then((body) => {
        if (controller.signal.aborted || !Array.isArray(body?.data)) return;
        setSuggestions(body.data.map((item) => ({ key: item.slug, value: item.name, detail: detail(item) })));
      })
      // Suggestions are a help, not the control: without them the field still takes a name.
      .catch(() => {});
  }

  return (
    <>
      <input
        id={id}
        name={name}
        type="text"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={className}
        onFocus={(event) => ask(event.currentTarget.value)}
        onInput={(event) => {
          const text = event.currentTarget.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => ask(text), PAUSE_MS);
        }}
      />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion.key} value={suggestion.value} label={suggestion.detail} />
        ))}
      </datalist>
    </>
  );
}
