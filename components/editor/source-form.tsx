"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/editor/form-field";
import {
  COMMON_LANGUAGES,
  fieldErrorsOf,
  INITIAL_SOURCE_FORM_STATE,
  SourceFormSchema,
  sourceFormInput,
  sourceFormValues,
  SourceMetadataFormSchema,
  type FieldErrorMap,
  type SourceFormState,
  type SourceFormValues,
} from "@/lib/validation/source-form";
import { BUTTON_PRIMARY, LINK } from "./form-parts";

// The source form: a new article (/editor/sources/new) or a source's details (…/[id]/edit).
// The schema checks the form here before it is sent, and the server action checks it again;
// errors show next to their field and what was typed is kept.

type Props =
  | { mode: "create"; action: (state: SourceFormState, formData: FormData) => Promise<SourceFormState> }
  | {
      mode: "edit";
      action: (state: SourceFormState, formData: FormData) => Promise<SourceFormState>;
      initialValues: SourceFormValues;
      cancelHref: string;
    };

export function SourceForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, INITIAL_SOURCE_FORM_STATE);
  // errors found here, before sending, belong to the state they were found in
  const [local, setLocal] = useState<{ for: SourceFormState; errors: FieldErrorMap } | null>(null);
  const errors = local?.for === state ? local.errors : (state.errors ?? {});
  const values: SourceFormValues = state.values ?? (props.mode === "edit" ? props.initialValues : {});
  const formRef = useRef<HTMLFormElement>(null);
  // Each answer from the server draws the form afresh from the values it sent back (what was
  // typed, or after a version conflict the current ones): a select's default cannot change in place.
  const [answer, setAnswer] = useState({ state, count: 0 });
  if (answer.state !== state) setAnswer({ state, count: answer.count + 1 });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, local]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const schema = props.mode === "create" ? SourceFormSchema : SourceMetadataFormSchema;
    const parsed = schema.safeParse(sourceFormInput(sourceFormValues(new FormData(event.currentTarget))));
    if (!parsed.success) {
      event.preventDefault();
      setLocal({ for: state, errors: fieldErrorsOf(parsed.error) });
    }
  };

  const language = values.language ?? "";
  const languages =
    language && !COMMON_LANGUAGES.some((l) => l.value === language)
      ? [{ value: language, label: language }, ...COMMON_LANGUAGES]
      : COMMON_LANGUAGES;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form
      ref={formRef}
      key={answer.count}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-3xl flex-col gap-5"
    >
      {state.message || (hasErrors && local?.for === state) ? (
        <FormMessage tone="error">
          <p>{local?.for === state ? "The source was not saved: correct the fields marked below." : state.message}</p>
          {state.existing && local?.for !== state ? (
            <p className="mt-1">
              <Link href={`/editor/sources/${state.existing.id}`} className={LINK}>
                Open the archived source “{state.existing.title}”
              </Link>
            </p>
          ) : null}
        </FormMessage>
      ) : null}
      {props.mode === "edit" ? <input type="hidden" name="version" value={values.version ?? ""} /> : null}
      <TextField
        name="url"
        label="URL"
        type="url"
        inputMode="url"
        spellCheck={false}
        hint="The article's address (http:// or https://). Leave empty when it has none."
        defaultValue={values.url}
        errors={errors.url}
      />
      <TextField name="title" label="Title" required defaultValue={values.title} errors={errors.title} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="publisher" label="Publisher" defaultValue={values.publisher} errors={errors.publisher} />
        <TextField name="author" label="Author" defaultValue={values.author} errors={errors.author} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="language"
          label="Language"
          required
          placeholder="Choose the article's language"
          options={languages}
          defaultValue={language}
          errors={errors.language}
        />
        <TextField
          name="publishedOn"
          label="Published on"
          type="date"
          hint="Leave empty when the article gives no date."
          defaultValue={values.publishedOn}
          errors={errors.publishedOn}
        />
      </div>
      {props.mode === "create" ? (
        <TextAreaField
          name="text"
          label="Article text"
          required
          rows={16}
          hint="Paste the article's text as plain text, up to 2 MB. It is stored exactly as saved: claims quote it by character position, so it cannot be changed later."
          defaultValue={values.text}
          errors={errors.text}
        />
      ) : (
        <p className="rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 text-sm text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200">
          The article text cannot be edited: claims quote it by character position, so changing it would move
          their quotes. To correct the text, archive the corrected article as a new source.
        </p>
      )}
      <TextAreaField
        name="notes"
        label="Notes"
        rows={3}
        hint="Optional: what a reader should know about this copy (e.g. where it was retrieved from)."
        defaultValue={values.notes}
        errors={errors.notes}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          Save source
        </button>
        {props.mode === "edit" ? (
          <Link href={props.cancelHref} className={LINK}>
            Cancel
          </Link>
        ) : null}
      </div>
    </form>
  );
}
