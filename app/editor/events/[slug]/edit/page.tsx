import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormMessage } from "@/components/editor/form-field";
import { EventForm } from "@/components/editor-records/event-form";
import { RecordHeader, historyLink, savedMessage } from "@/components/editor-records/record-header";
import { Container } from "@/components/ui/container";
import { updateEventAction } from "@/lib/actions/events";
import { requireEditor } from "@/lib/auth/guard";
import { getEventForEditing, listSourceOptions } from "@/lib/queries/editor-records";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Edit export-control event · Editor" };

export default async function EditEventPage({ params, searchParams }: Props) {
  await requireEditor();
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const [event, sources] = await Promise.all([getEventForEditing(slug), listSourceOptions()]);
  if (!event) notFound();
  const savedText = savedMessage(saved, "Event");

  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader
        section={{ href: "/editor/events", label: "Export-control events" }}
        current={event.title}
        title={`Edit “${event.title}”`}
        links={[historyLink("ExportControlEvent", event.id), { href: `/timeline#timeline-event-${event.slug}`, label: "On the public timeline" }]}
      />
      {savedText ? <FormMessage tone="success">{savedText}</FormMessage> : null}
      <EventForm
        key={event.values.version}
        action={updateEventAction.bind(null, event.id)}
        initialValues={event.values}
        mode="edit"
        sources={sources}
      />
    </Container>
  );
}
