// A side list of the quotes in a source: each item's tag (as in the text) and a link to its
// highlighted place in the article (a plain link, so the browser scrolls and :target applies).
export type SourceQuoteItem = { key: string; tag: string; text: string; detail?: string; anchor: string };

export function SourceQuoteList({
  id,
  title,
  items,
  empty,
}: {
  id: string;
  title: string;
  items: SourceQuoteItem[];
  empty?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>
      ) : (
        <ol className="flex flex-col gap-2 text-sm">
          {items.map((item) => (
            <li key={item.key} className="flex gap-2">
              <span
                aria-hidden="true"
                className="mt-0.5 inline-block min-w-8 shrink-0 self-start rounded bg-zinc-100 px-1 text-center text-xs font-semibold text-zinc-800 tabular-nums dark:bg-zinc-800 dark:text-zinc-200"
              >
                {item.tag}
              </span>
              <span>
                <a
                  href={`#${item.anchor}`}
                  className="text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
                >
                  {item.text}
                </a>
                {item.detail ? <span className="text-zinc-600 dark:text-zinc-400"> · {item.detail}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
