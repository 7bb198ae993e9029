"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formArgument, idArgument } from "@/lib/validation/action-args";
import { createSource, updateSource } from "@/lib/editor/sources";
import {
  fieldErrorsOf,
  SourceFormSchema,
  sourceFormInput,
  sourceFormValues,
  SourceMetadataFormSchema,
  type SourceFormState,
} from "@/lib/validation/source-form";

// Archiving an article and editing its details. Each action: requireEditor() first → parse the
// form with the schema the browser used → the core write in lib/editor/sources.ts (one
// transaction with its Revision, or nothing) → refresh the pages that show sources → redirect.

const REFUSED = "The source was not saved: correct the fields marked below.";

function revalidateSourcePages(id: string) {
  revalidatePath("/sources");
  revalidatePath("/sources/[id]", "page");
  revalidatePath("/claims/[id]", "page");
  revalidatePath("/editor");
  revalidatePath(`/editor/sources/${id}`);
}

export async function createSourceAction(_previous: SourceFormState, formData: FormData): Promise<SourceFormState> {
  const editor = await requireEditor();
  formData = formArgument(formData);
  const values = sourceFormValues(formData);
  const parsed = SourceFormSchema.safeParse(sourceFormInput(values));
  if (!parsed.success) return { message: REFUSED, errors: fieldErrorsOf(parsed.error), values };

  const result = await createSource(db, editor, parsed.data);
  if (!result.ok) return { message: result.message, errors: result.errors, existing: result.existing, values };
  revalidateSourcePages(result.source.id);
  redirect(`/editor/sources/${result.source.id}`);
}

export async function updateSourceAction(
  sourceId: string,
  _previous: SourceFormState,
  formData: FormData,
): Promise<SourceFormState> {
  const editor = await requireEditor();
  sourceId = idArgument(sourceId);
  formData = formArgument(formData);
  const values = sourceFormValues(formData);
  const parsed = SourceMetadataFormSchema.safeParse(sourceFormInput(values));
  if (!parsed.success) return { message: REFUSED, errors: fieldErrorsOf(parsed.error), values };

  const result = await updateSource(db, editor, sourceId, parsed.data);
  if (!result.ok) {
    if (result.conflict) return { message: result.message, values: result.conflict.values, conflict: { version: result.conflict.version } };
    return { message: result.message, errors: result.errors, values };
  }
  revalidateSourcePages(sourceId);
  redirect(`/editor/sources/${sourceId}`);
}
