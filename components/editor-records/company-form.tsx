"use client";

import { TextAreaField, TextField } from "@/components/editor/form-field";
import { COMPANY_ROLES, COMPANY_ROLE_LABELS } from "@/lib/constants";
import { unsavedChanges } from "@/lib/editor-records/fields";
import {
  COMPANY_FIELD_LABELS,
  CompanyFormSchema,
  readCompanyForm,
  type CompanyFormValues,
} from "@/lib/validation/company-form";
import { CheckboxGroup, FieldGroup, FormStatus, SaveButton } from "./form-parts";
import { useRecordForm, type RecordAction } from "./use-record-form";

const ROLE_OPTIONS = COMPANY_ROLES.map((role) => ({ value: role, label: COMPANY_ROLE_LABELS[role] }));

/** The company form, new or edit (an edit form carries the version it was opened at). */
export function CompanyForm({
  action,
  initialValues,
  mode,
}: {
  action: RecordAction<CompanyFormValues>;
  initialValues: CompanyFormValues;
  mode: "create" | "edit";
}) {
  const { state, formAction, pending, errors, message, conflict, onSubmit, formRef, messageRef, formKey } = useRecordForm({ action, initialValues, read: readCompanyForm, schema: CompanyFormSchema });
  const { values } = state;
  const error = (field: string) => errors[field];
  const changes = conflict
    ? unsavedChanges(conflict.unsaved, values, (field) => COMPANY_FIELD_LABELS[field] ?? field)
    : [];

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6">
      <FormStatus message={message} conflict={conflict} changes={changes} messageRef={messageRef} />
      {mode === "edit" ? <input type="hidden" name="version" value={values.version} /> : null}

      <FieldGroup legend="Identity">
        <TextField name="name" label="Name" required defaultValue={values.name} errors={error("name")} autoComplete="off" />
        <TextField
          name="slug"
          label="Slug"
          defaultValue={values.slug}
          errors={error("slug")}
          hint={
            mode === "create"
              ? "Optional: lower-case words joined by hyphens. Left empty, it is made from the name."
              : "Changing it changes the company's addresses. Left empty, the current one is kept."
          }
          autoComplete="off"
          spellCheck={false}
        />
        <TextField name="nameZh" label="Chinese name" lang="zh" defaultValue={values.nameZh} errors={error("nameZh")} autoComplete="off" />
        <TextAreaField
          name="aliases"
          label="Aliases"
          rows={4}
          defaultValue={values.aliases}
          errors={error("aliases")}
          hint="One per line: other spellings, abbreviations, tickers. Spellings that differ only in case, accents or dashes are merged."
        />
        <TextField
          name="country"
          label="Country"
          defaultValue={values.country}
          errors={error("country")}
          hint="Two-letter ISO 3166 code, such as CN, US or TW. Optional."
          maxLength={2}
          autoComplete="off"
          spellCheck={false}
          className="w-24 rounded border border-zinc-300 bg-white px-3 py-2 uppercase text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 aria-[invalid=true]:border-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-[invalid=true]:border-red-400"
        />
      </FieldGroup>

      <FieldGroup legend="What it does">
        <CheckboxGroup
          name="roles"
          legend="Roles"
          required
          options={ROLE_OPTIONS}
          defaultValues={values.roles}
          errors={error("roles")}
          hint="At least one. A chip vendor has a vendor page; a customer a customer page."
        />
        <TextField
          name="website"
          label="Website"
          type="url"
          inputMode="url"
          defaultValue={values.website}
          errors={error("website")}
          hint="An http:// or https:// address. Optional."
          autoComplete="off"
          spellCheck={false}
        />
        <TextAreaField name="description" label="Description" rows={4} defaultValue={values.description} errors={error("description")} />
      </FieldGroup>

      <SaveButton label={mode === "create" ? "Create company" : "Save company"} pending={pending} />
    </form>
  );
}
