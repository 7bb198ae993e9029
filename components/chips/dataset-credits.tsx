import { DATA_CREDITS } from "@/lib/constants";
import type { SpecSourceKind } from "@/lib/specs";
import { linkClass, mutedClass } from "./styles";

// The credits line for the datasets a page's figures come from (all of them unless told which).
const DATASETS: { kind: SpecSourceKind; credit: (typeof DATA_CREDITS)[number]; note?: string }[] = [
  { kind: "epoch", credit: DATA_CREDITS[0] },
  { kind: "evokernel", credit: DATA_CREDITS[1], note: "vendor-reported" },
];

export function DatasetCredits({ kinds }: { kinds?: readonly SpecSourceKind[] }) {
  const used = DATASETS.filter((dataset) => !kinds || kinds.includes(dataset.kind));
  const articles = !kinds || kinds.includes("article");
  if (used.length === 0 && !articles) return null;
  return (
    <p className={`text-sm ${mutedClass}`}>
      <span className="font-medium text-zinc-800 dark:text-zinc-200">Data: </span>
      {used.map((dataset, index) => (
        <span key={dataset.kind}>
          {index > 0 ? "; " : null}
          <a href={dataset.credit.url} className={linkClass} rel="noopener noreferrer">
            {dataset.credit.name}
          </a>{" "}
          ({dataset.credit.licence}
          {dataset.note ? `, ${dataset.note}` : ""})
        </span>
      ))}
      {articles ? <>{used.length > 0 ? "; " : null}news articles archived on Chipwatch, quoted verbatim</> : null}.
    </p>
  );
}
