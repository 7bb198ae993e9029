import type { Metadata } from "next";
import { EventForm } from "@/components/editor-records/event-form";
import { RecordHeader } from "@/components/editor-records/record-header";
import { Container } from "@/components/ui/container";
import { createEventAction } from "@/lib/actions/events";
import { requireEditor } from "@/lib/auth/guard";
import { listSourceOptions } from "@/lib/queries/editor-records";
import { EMPTY_EVENT_VALUES } from "@/lib/validation/event-form";
import { parseEventPrefill } from "@/lib/validation/prefill";

export const metadata: Metadata = { title: "New export-control event · Editor" };

export default async function NewEventPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireEditor();
  const [sources, params] = await Promise.all([listSourceOptions(), searchParams]);
  // ?source=<id> (from a source's page) picks the first quote's source; ?quote=&jurisdiction=&date=
  // (a suggestion's "Create draft") fill in the rest; bad values are ignored
  const prefill = parseEventPrefill(params);
  const preset = prefill.sourceId && sources.some((option) => option.id === prefill.sourceId) ? prefill.sourceId : "";

  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/events", label: "Export-control events" }}
        current="New event"
        title="New export-control event"
        description="Fields marked * are required. An event rests on at least one quote from an archived source."
      />
      <EventForm
        action={createEventAction}
        initialValues={{
          ...EMPTY_EVENT_VALUES,
          jurisdiction: prefill.jurisdiction ?? "",
          date: prefill.date ?? "",
          datePrecision: prefill.precision ?? "",
          quotes: [{ sourceId: preset, quote: preset ? (prefill.quote ?? "") : "" }],
        }}
        mode="create"
        sources={sources}
      />
    </Container>
  );
}
