import { connection } from "next/server";
import { LatestClaims } from "@/components/home/latest-claims";
import { LatestEvents } from "@/components/home/latest-events";
import { StatRow } from "@/components/home/stat-row";
import { WhereNext } from "@/components/home/where-next";
import { Container } from "@/components/ui/container";
import { Section } from "@/components/ui/section";
import { getLandscapeCounts, listLatestClaims, listLatestEvents } from "@/lib/queries/dashboard";

const LATEST_CLAIMS = 8;
const LATEST_EVENTS = 6;

export default async function HomePage() {
  // Read the database on every request: the figures change as editors publish.
  await connection();
  const [counts, claims, events] = await Promise.all([
    getLandscapeCounts(),
    listLatestClaims(LATEST_CLAIMS),
    listLatestEvents(LATEST_EVENTS),
  ]);

  return (
    <Container className="flex flex-col gap-12 py-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
          China&rsquo;s AI-chip landscape
        </h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">
          Vendors, chips and their specs, the companies that buy them, and the export controls around them. Every
          claim is tied to an archived news article and quoted in the article&rsquo;s own words.
        </p>
      </header>

      <Section id="at-a-glance" title="At a glance">
        <StatRow counts={counts} />
      </Section>

      <div className="grid gap-12 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Section
            id="latest-claims"
            title="Latest claims"
            description="Who is adopting, testing or turning down which chips, as reported."
          >
            <LatestClaims claims={claims} />
          </Section>
        </div>
        <div>
          <Section
            id="latest-events"
            title="Export controls"
            description="The latest actions by regulators on either side of the Pacific."
          >
            <LatestEvents events={events} />
          </Section>
        </div>
      </div>

      <Section id="where-next" title="Where next" description="Every public record is available as JSON.">
        <WhereNext />
      </Section>
    </Container>
  );
}
