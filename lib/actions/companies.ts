"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formArgument, idArgument, nextAnswer } from "@/lib/validation/action-args";
import { createCompany, companyFormValues, findCompany, updateCompany, type SavedCompany } from "@/lib/editor-records/companies";
import { REFUSED_MESSAGE, issuesToFieldErrors } from "@/lib/editor-records/fields";
import { conflictMessage } from "@/lib/editor-records/write";
import {
  CompanyEditSchema,
  CompanyFormSchema,
  readCompanyForm,
  type CompanyFormState,
} from "@/lib/validation/company-form";

// Company writes: guard → parse → core write (lib/editor-records/companies.ts, one transaction
// with its revision) → revalidate the reader pages that show the company → redirect.

function revalidateCompany(company: SavedCompany) {
  for (const slug of [company.slug, company.previousSlug]) {
    if (!slug) continue;
    revalidatePath(`/vendors/${slug}`);
    revalidatePath(`/customers/${slug}`);
  }
  for (const path of ["/", "/vendors", "/customers", "/chips", "/timeline", "/editor/companies"]) revalidatePath(path);
}

export async function createCompanyAction(previous: CompanyFormState, formData: FormData): Promise<CompanyFormState> {
  const editor = await requireEditor();
  formData = formArgument(formData);
  const values = readCompanyForm(formData);
  const answer = nextAnswer(previous);
  const parsed = CompanyFormSchema.safeParse(values);
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error), message: REFUSED_MESSAGE, answer };

  const outcome = await createCompany(db, editor, parsed.data);
  if (!outcome.ok) {
    if (outcome.kind === "invalid") return { values, errors: outcome.errors, message: outcome.message, answer };
    return { values, message: conflictMessage("company", outcome), answer };
  }
  revalidateCompany(outcome.record);
  redirect(`/editor/companies/${outcome.record.slug}/edit?saved=created`);
}

export async function updateCompanyAction(
  companyId: string,
  previous: CompanyFormState,
  formData: FormData,
): Promise<CompanyFormState> {
  const editor = await requireEditor();
  companyId = idArgument(companyId);
  formData = formArgument(formData);
  const values = readCompanyForm(formData);
  const answer = nextAnswer(previous);
  const parsed = CompanyEditSchema.safeParse(values);
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error), message: REFUSED_MESSAGE, answer };

  const outcome = await updateCompany(db, editor, companyId, parsed.data.version, parsed.data);
  if (!outcome.ok) {
    if (outcome.kind === "invalid") return { values, errors: outcome.errors, message: outcome.message, answer };
    const current = await findCompany(db, { id: companyId });
    if (!current) return { values, message: conflictMessage("company", { ...outcome, currentVersion: null }), answer };
    return { values: companyFormValues(current), conflict: { message: conflictMessage("company", outcome), unsaved: values }, answer };
  }
  revalidateCompany(outcome.record);
  redirect(`/editor/companies/${outcome.record.slug}/edit?saved=updated`);
}
