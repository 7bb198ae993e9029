"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formArgument, idArgument, nextAnswer } from "@/lib/validation/action-args";
import { createEvent, eventFormValues, findEvent, updateEvent, type SavedEvent } from "@/lib/editor-records/events";
import { REFUSED_MESSAGE, issuesToFieldErrors } from "@/lib/editor-records/fields";
import { conflictMessage } from "@/lib/editor-records/write";
import { EventEditSchema, EventFormSchema, readEventForm, type EventFormState } from "@/lib/validation/event-form";

// Export-control event writes: guard → parse → core write (lib/editor-records/events.ts: quotes
// found in their sources, one transaction with its revision) → revalidate → redirect.

function revalidateEvent(event: SavedEvent) {
  for (const chip of event.chipSlugs) revalidatePath(`/chips/${chip}`);
  for (const company of event.companySlugs) {
    revalidatePath(`/vendors/${company}`);
    revalidatePath(`/customers/${company}`);
  }
  for (const source of event.sourceIds) revalidatePath(`/sources/${source}`);
  for (const path of ["/", "/timeline", "/editor/events"]) revalidatePath(path);
}

export async function createEventAction(previous: EventFormState, formData: FormData): Promise<EventFormState> {
  const editor = await requireEditor();
  formData = formArgument(formData);
  const values = readEventForm(formData);
  const answer = nextAnswer(previous);
  const parsed = EventFormSchema.safeParse(values);
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error), message: REFUSED_MESSAGE, answer };

  const outcome = await createEvent(db, editor, parsed.data);
  if (!outcome.ok) {
    if (outcome.kind === "invalid") return { values, errors: outcome.errors, message: outcome.message, answer };
    return { values, message: conflictMessage("event", outcome), answer };
  }
  revalidateEvent(outcome.record);
  redirect(`/editor/events/${outcome.record.slug}/edit?saved=created`);
}

export async function updateEventAction(eventId: string, previous: EventFormState, formData: FormData): Promise<EventFormState> {
  const editor = await requireEditor();
  eventId = idArgument(eventId);
  formData = formArgument(formData);
  const values = readEventForm(formData);
  const answer = nextAnswer(previous);
  const parsed = EventEditSchema.safeParse(values);
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error), message: REFUSED_MESSAGE, answer };

  const outcome = await updateEvent(db, editor, eventId, parsed.data.version, parsed.data);
  if (!outcome.ok) {
    if (outcome.kind === "invalid") return { values, errors: outcome.errors, message: outcome.message, answer };
    const current = await findEvent(db, { id: eventId });
    if (!current) return { values, message: conflictMessage("event", { ...outcome, currentVersion: null }), answer };
    return { values: eventFormValues(current), conflict: { message: conflictMessage("event", outcome), unsaved: values }, answer };
  }
  revalidateEvent(outcome.record);
  redirect(`/editor/events/${outcome.record.slug}/edit?saved=updated`);
}
