"use server";

import { revalidatePath } from "next/cache";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formArgument } from "@/lib/validation/action-args";
import { dismissSuggestion } from "@/lib/editor/suggestions";
import { DismissSuggestionSchema, dismissSuggestionInput } from "@/lib/validation/suggestions";

// "Dismiss" in the suggestions panel: requireEditor() → parse → write with its Revision → refresh
// the source's editor page (the dismissed suggestion is no longer offered).
export async function dismissSuggestionAction(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  formData = formArgument(formData);
  const parsed = DismissSuggestionSchema.safeParse(dismissSuggestionInput(formData));
  if (!parsed.success) return;
  const result = await dismissSuggestion(db, editor.id, parsed.data);
  if (result.ok) revalidatePath(`/editor/sources/${parsed.data.sourceId}`);
}
