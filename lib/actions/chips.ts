"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formArgument, idArgument, nextAnswer } from "@/lib/validation/action-args";
import { chipFormValues, createChip, findChip, updateChip, type SavedChip } from "@/lib/editor-records/chips";
import { REFUSED_MESSAGE, issuesToFieldErrors } from "@/lib/editor-records/fields";
import { conflictMessage } from "@/lib/editor-records/write";
import { ChipEditSchema, ChipFormSchema, readChipForm, type ChipFormState } from "@/lib/validation/chip-form";

// Chip writes, specs included: guard → parse → core write (lib/editor-records/chips.ts, one
// transaction with its revision) → revalidate the reader pages that show the chip → redirect.

function revalidateChip(chip: SavedChip) {
  for (const slug of [chip.slug, chip.previousSlug]) if (slug) revalidatePath(`/chips/${slug}`);
  for (const vendor of chip.vendorSlugs) revalidatePath(`/vendors/${vendor}`);
  for (const path of ["/", "/chips", "/chips/compare", "/vendors", "/timeline", "/editor/chips"]) revalidatePath(path);
}

export async function createChipAction(previous: ChipFormState, formData: FormData): Promise<ChipFormState> {
  const editor = await requireEditor();
  formData = formArgument(formData);
  const values = readChipForm(formData);
  const answer = nextAnswer(previous);
  const parsed = ChipFormSchema.safeParse(values);
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error), message: REFUSED_MESSAGE, answer };

  const outcome = await createChip(db, editor, parsed.data);
  if (!outcome.ok) {
    if (outcome.kind === "invalid") return { values, errors: outcome.errors, message: outcome.message, answer };
    return { values, message: conflictMessage("chip", outcome), answer };
  }
  revalidateChip(outcome.record);
  redirect(`/editor/chips/${outcome.record.slug}/edit?saved=created`);
}

export async function updateChipAction(chipId: string, previous: ChipFormState, formData: FormData): Promise<ChipFormState> {
  const editor = await requireEditor();
  chipId = idArgument(chipId);
  formData = formArgument(formData);
  const values = readChipForm(formData);
  const answer = nextAnswer(previous);
  const parsed = ChipEditSchema.safeParse(values);
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error), message: REFUSED_MESSAGE, answer };

  const outcome = await updateChip(db, editor, chipId, parsed.data.version, parsed.data);
  if (!outcome.ok) {
    if (outcome.kind === "invalid") return { values, errors: outcome.errors, message: outcome.message, answer };
    const current = await findChip(db, { id: chipId });
    if (!current) return { values, message: conflictMessage("chip", { ...outcome, currentVersion: null }), answer };
    return { values: chipFormValues(current), conflict: { message: conflictMessage("chip", outcome), unsaved: values }, answer };
  }
  revalidateChip(outcome.record);
  redirect(`/editor/chips/${outcome.record.slug}/edit?saved=updated`);
}
