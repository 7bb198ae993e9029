import type { Metadata } from "next";
import Link from "next/link";
import { CompareCharts } from "@/components/chips/compare-charts";
import { CompareTable } from "@/components/chips/compare-table";
import { DatasetCredits } from "@/components/chips/dataset-credits";
import { Notice } from "@/components/ui/notice";
import { linkClass, mutedClass } from "@/components/chips/styles";
import { Container } from "@/components/ui/container";
import { Section } from "@/components/ui/section";
import { listChipsBySlugs } from "@/lib/queries/chips";
import {
  CompareQuerySchema,
  MAX_COMPARE_CHIPS,
  MIN_COMPARE_CHIPS,
  joinCompareParam,
  parseCompareSelection,
} from "@/lib/validation/chips-page";
import { parsePageSearchParams } from "@/lib/validation/page-params";

export const metadata: Metadata = {
  title: "Compare chips",
  description: "Chips side by side: every spec with its source, the best of each row marked, and charts.",
};

type SearchParams = Record<string, string | string[] | undefined>;

const quotedList = (items: string[]) => items.map((item) => `‘${item}’`).join(", ");

export default async function ComparePage(props: { searchParams: Promise<SearchParams> }) {
  const searchParams = await props.searchParams;
  // The checkbox form sends chips=a&chips=b; a shared link says chips=a,b. Both mean the same list.
  const { data, problems } = parsePageSearchParams(CompareQuerySchema, joinCompareParam(searchParams));
  const selection = parseCompareSelection(data.chips);
  const chips = await listChipsBySlugs(selection.slugs);

  const found = new Set(chips.map((chip) => chip.slug));
  const unknown = [...selection.malformed, ...selection.slugs.filter((slug) => !found.has(slug))];
  const notices = problems.map((problem) => problem.message);
  if (unknown.length > 0) {
    notices.push(`No chip is called ${quotedList(unknown)}: ${unknown.length === 1 ? "it is" : "they are"} left out.`);
  }
  if (selection.overLimit.length > 0) {
    notices.push(
      `At most ${MAX_COMPARE_CHIPS} chips can be compared at once: ${quotedList(selection.overLimit)} left out.`,
    );
  }

  return (
    <Container className="flex flex-col gap-8 py-10">
      <header className="max-w-3xl">
        <p className="text-sm">
          <Link href="/chips" className={linkClass}>
            ← All chips
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Compare chips</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          {chips.length >= MIN_COMPARE_CHIPS
            ? `${chips.map((chip) => chip.name).join(" · ")}: every value with its source, the best of each row marked, and a chart per metric measured against ${chips[0].name}.`
            : `Compare ${MIN_COMPARE_CHIPS} to ${MAX_COMPARE_CHIPS} chips side by side.`}
        </p>
      </header>

      {notices.length > 0 ? <Notice title="Not everything in the address could be used." items={notices} /> : null}

      {chips.length < MIN_COMPARE_CHIPS ? (
        <div className="rounded-lg border border-dashed border-zinc-300 px-6 py-8 dark:border-zinc-700">
          <p className="font-medium text-zinc-900 dark:text-zinc-100">
            {chips.length === 0
              ? "No chips to compare yet."
              : `Only one chip to compare: ${chips[0].name}.`}
          </p>
          <p className={`mt-2 text-sm ${mutedClass}`}>
            Pick at least {MIN_COMPARE_CHIPS} chips (at most {MAX_COMPARE_CHIPS}) in the chip table and press
            &ldquo;Compare selected&rdquo;, or write their slugs in the address, e.g.{" "}
            <code>/chips/compare?chips=ascend-910c,h20,h100</code>.
          </p>
          <p className="mt-4">
            <Link href="/chips" className={`font-medium ${linkClass}`}>
              Choose chips in the chip table
            </Link>
          </p>
        </div>
      ) : (
        <>
          <Section
            id="side-by-side"
            title="Side by side"
            description="Each value with its unit and a link to its source. The best value of each numeric row is marked “Best”; a dash means no source gives the value."
          >
            <div
              role="region"
              aria-label="Side-by-side table"
              tabIndex={0}
              className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
            >
              <CompareTable chips={chips} />
            </div>
          </Section>

          <Section
            id="charts"
            title="Charts"
            description={
              <>
                Each bar is a chip&rsquo;s value as a percentage of {chips[0].name}&rsquo;s (the first chip, 100&nbsp;%).
                A chip without a known value has no bar and is marked &ldquo;not known&rdquo;. For TDP, a shorter bar is
                better.
              </>
            }
          >
            <nav aria-label="Measure against another chip" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <span className={mutedClass}>Measure against:</span>
              {chips.slice(1).map((chip) => (
                <Link
                  key={chip.slug}
                  href={`/chips/compare?chips=${[chip.slug, ...chips.filter((c) => c.slug !== chip.slug).map((c) => c.slug)].join(",")}`}
                  className={linkClass}
                >
                  {chip.name}
                </Link>
              ))}
            </nav>
            <CompareCharts chips={chips} />
          </Section>

          <DatasetCredits />
        </>
      )}
    </Container>
  );
}
