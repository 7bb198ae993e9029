"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formArgument, idArgument } from "@/lib/validation/action-args";
import { changeClaimStatus, createClaim, updateClaim, type ClaimTouched } from "@/lib/editor/claims";
import {
  ClaimEditFormSchema,
  claimFormInput,
  claimFormValues,
  ClaimFormSchema,
  ClaimStatusChangeSchema,
  claimStatusChangeInput,
  type ClaimFormState,
  type ClaimStatusChangeState,
} from "@/lib/validation/claim-form";
import { fieldErrorsOf } from "@/lib/validation/source-form";

// Adding, editing, publishing, retracting, disputing and restoring claims. Each action:
// requireEditor() first → parse with the schema the browser used → the core write in
// lib/editor/claims.ts (one transaction with its Revision, or nothing) → refresh the reader
// pages that show the claim → redirect to the claim's editor page.

const REFUSED = "The claim was not saved: correct the fields marked below.";

/** Every reader page a claim can appear on, and the editor's own pages about it. */
function revalidateClaimPages(claim: ClaimTouched) {
  revalidatePath("/");
  revalidatePath("/claims");
  revalidatePath("/claims/[id]", "page");
  revalidatePath("/vendors");
  revalidatePath("/vendors/[slug]", "page");
  revalidatePath("/customers");
  revalidatePath("/customers/[slug]", "page");
  revalidatePath("/chips");
  revalidatePath("/chips/[slug]", "page");
  revalidatePath("/sources");
  revalidatePath("/sources/[id]", "page");
  revalidatePath("/editor");
  revalidatePath(`/editor/claims/${claim.id}`);
  revalidatePath(`/editor/sources/${claim.sourceId}`);
}

export async function createClaimAction(_previous: ClaimFormState, formData: FormData): Promise<ClaimFormState> {
  const editor = await requireEditor();
  formData = formArgument(formData);
  const values = claimFormValues(formData);
  const parsed = ClaimFormSchema.safeParse(claimFormInput(values));
  if (!parsed.success) return { message: REFUSED, errors: fieldErrorsOf(parsed.error), values };

  const result = await createClaim(db, editor, parsed.data);
  if (!result.ok) return { ...result.state, values };
  revalidateClaimPages(result.claim);
  redirect(`/editor/claims/${result.claim.id}`);
}

export async function updateClaimAction(claimId: string, _previous: ClaimFormState, formData: FormData): Promise<ClaimFormState> {
  const editor = await requireEditor();
  claimId = idArgument(claimId);
  formData = formArgument(formData);
  const values = claimFormValues(formData);
  const parsed = ClaimEditFormSchema.safeParse(claimFormInput(values));
  if (!parsed.success) return { message: REFUSED, errors: fieldErrorsOf(parsed.error), values };

  const result = await updateClaim(db, editor, claimId, parsed.data, values);
  if (!result.ok) return { ...result.state, values: result.state.values ?? values };
  revalidateClaimPages(result.claim);
  redirect(`/editor/claims/${claimId}`);
}

export async function changeClaimStatusAction(
  _previous: ClaimStatusChangeState,
  formData: FormData,
): Promise<ClaimStatusChangeState> {
  const editor = await requireEditor();
  formData = formArgument(formData);
  const input = claimStatusChangeInput(formData);
  const parsed = ClaimStatusChangeSchema.safeParse(input);
  if (!parsed.success) {
    return { message: "Nothing was changed: correct the field marked below.", errors: fieldErrorsOf(parsed.error), note: input.note };
  }
  const result = await changeClaimStatus(db, editor, parsed.data);
  if (!result.ok) {
    // the page shows the claim as it is now (someone else may have changed it)
    revalidatePath(`/editor/claims/${parsed.data.claimId}`);
    return { message: result.message, errors: result.errors, note: input.note };
  }
  revalidateClaimPages(result.claim);
  redirect(`/editor/claims/${result.claim.id}`);
}
