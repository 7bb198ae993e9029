"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/editor/form-field";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, CONFIDENCE_LABELS, CONFIDENCES } from "@/lib/constants";
import {
  ClaimEditFormSchema,
  claimFormInput,
  claimFormValues,
  ClaimFormSchema,
  INITIAL_CLAIM_FORM_STATE,
  MAX_SUMMARY_LENGTH,
  NEW_CHIP_VENDOR_PREFIX,
  type ClaimFormState,
  type ClaimFormValues,
} from "@/lib/validation/claim-form";
import { fieldErrorsOf, type FieldErrorMap } from "@/lib/validation/source-form";
import { BUTTON_PRIMARY, CheckboxField, LINK } from "./form-parts";
import { QuotePicker, type PickerSource } from "./quote-picker";

// The claim form: a new claim (/editor/claims/new) or every field of one (/editor/claims/[id]/edit),
// with the chosen source's text beside it to select the quote from. Companies and chips are typed
// by any of their names (the lists suggest them); a name nobody knows can be created from here.

type Option = { value: string; label: string };

type Props = {
  mode: "create" | "edit";
  action: (state: ClaimFormState, formData: FormData) => Promise<ClaimFormState>;
  initialValues: ClaimFormValues;
  sources: Option[];
  picker: PickerSource | null;
  companyNames: string[];
  chipNames: string[];
  vendors: Option[];
  cancelHref: string;
};

export function ClaimForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, INITIAL_CLAIM_FORM_STATE);
  // errors found here before sending belong to the state they were found in
  const [local, setLocal] = useState<{ for: ClaimFormState; errors: FieldErrorMap } | null>(null);
  const errors = local?.for === state ? local.errors : (state.errors ?? {});
  // Each answer from the server draws the form afresh from the values it sent back (what was
  // typed, or after a version conflict the current ones): a select's default cannot change in place.
  const [answer, setAnswer] = useState({ state, count: 0 });
  if (answer.state !== state) setAnswer({ state, count: answer.count + 1 });

  return (
    <ClaimFormFields
      key={answer.count}
      {...props}
      state={state}
      errors={errors}
      localRefusal={local?.for === state}
      formAction={formAction}
      pending={pending}
      onInvalid={(found) => setLocal({ for: state, errors: found })}
    />
  );
}

function ClaimFormFields({
  mode,
  initialValues,
  sources,
  picker,
  companyNames,
  chipNames,
  vendors,
  cancelHref,
  state,
  errors,
  localRefusal,
  formAction,
  pending,
  onInvalid,
}: Props & {
  state: ClaimFormState;
  errors: FieldErrorMap;
  localRefusal: boolean;
  formAction: (formData: FormData) => void;
  pending: boolean;
  onInvalid: (errors: FieldErrorMap) => void;
}) {
  const values: ClaimFormValues = state.values ?? initialValues;
  const router = useRouter();
  const pathname = usePathname();
  const [loadingSource, startLoadingSource] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const [quote, setQuote] = useState(values.quote ?? "");

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, errors]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const schema = mode === "create" ? ClaimFormSchema : ClaimEditFormSchema;
    const parsed = schema.safeParse(claimFormInput(claimFormValues(new FormData(event.currentTarget))));
    if (!parsed.success) {
      event.preventDefault();
      onInvalid(fieldErrorsOf(parsed.error));
    }
  };

  const pickQuote = (text: string) => {
    const field = formRef.current?.elements.namedItem("quote");
    if (field instanceof HTMLTextAreaElement) field.value = text;
    setQuote(text);
  };

  const chooseSource = (id: string) => {
    const params = new URLSearchParams(window.location.search);
    if (id) params.set("source", id);
    else params.delete("source");
    startLoadingSource(() => router.replace(`${pathname}?${params}`, { scroll: false }));
  };

  // names to offer "Create …" for: those the server did not know, and those already ticked
  const companyChoices = [...new Set([...(state.unknownCompanies ?? []), ...(values.createCompanies ?? [])])];
  const chipChoices = [...new Set([...(state.unknownChips ?? []), ...(values.createChips ?? [])])];
  const message = localRefusal ? "The claim was not saved: correct the fields marked below." : state.message;

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-5">
        {message ? (
          <FormMessage tone="error">
            <p>{message}</p>
            {state.conflict && !localRefusal ? (
              <>
                <p className="mt-1">The form now shows the current version.</p>
                {state.conflict.yours.length > 0 ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer font-medium">What you had typed (not saved)</summary>
                    <dl className="mt-1 grid gap-1">
                      {state.conflict.yours.map((entry) => (
                        <div key={entry.field}>
                          <dt className="inline font-medium">{entry.field}: </dt>
                          <dd className="inline whitespace-pre-wrap">{entry.value || "(empty)"}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                ) : null}
              </>
            ) : null}
          </FormMessage>
        ) : null}
        {mode === "edit" ? <input type="hidden" name="version" value={values.version ?? ""} /> : null}

        <SelectField
          name="sourceId"
          label="Source"
          required
          placeholder="Choose a source"
          options={sources}
          defaultValue={values.sourceId}
          errors={errors.sourceId}
          hint="The archived article that says this. Add a new one at Editor → New source."
          onChange={(event) => chooseSource(event.currentTarget.value)}
        />

        <div className="flex flex-col gap-2">
          <TextField
            name="company"
            label="Company"
            required
            list="claim-company-names"
            autoComplete="off"
            hint="The company the claim is about: any of its names, e.g. Huawei, 华为 or Huawei Technologies."
            defaultValue={values.company}
            errors={errors.company}
          />
          <TextField
            name="otherCompanies"
            label="Other companies"
            autoComplete="off"
            hint="Optional, separated by commas; add (customer) or (vendor) after a name for its part, e.g. “ByteDance (customer), Nvidia”."
            defaultValue={values.otherCompanies}
            errors={errors.otherCompanies}
          />
          {companyChoices.length > 0 ? (
            <fieldset className="flex flex-col gap-2 rounded-md border border-zinc-300 p-3 dark:border-zinc-700">
              <legend className="px-1 text-sm font-medium text-zinc-900 dark:text-zinc-100">New companies</legend>
              {companyChoices.map((name) => (
                <CheckboxField
                  key={name}
                  name="createCompany"
                  value={name}
                  label={`Create company “${name}”`}
                  hint="A minimal record (its name, as a customer); complete it later in the company form."
                  defaultChecked={values.createCompanies?.includes(name)}
                />
              ))}
            </fieldset>
          ) : null}
          <datalist id="claim-company-names">
            {companyNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>

        <div className="flex flex-col gap-2">
          <TextField
            name="chips"
            label="Chip"
            list="claim-chip-names"
            autoComplete="off"
            hint="Optional; several separated by commas, e.g. “Ascend 910B, Ascend 910C”."
            defaultValue={values.chips}
            errors={errors.chips}
          />
          {chipChoices.length > 0 ? (
            <fieldset className="flex flex-col gap-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700">
              <legend className="px-1 text-sm font-medium text-zinc-900 dark:text-zinc-100">New chips</legend>
              {chipChoices.map((name) => (
                <div key={name} className="flex flex-col gap-2 sm:flex-row sm:items-end sm:gap-4">
                  <CheckboxField
                    name="createChip"
                    value={name}
                    label={`Create chip “${name}”`}
                    defaultChecked={values.createChips?.includes(name)}
                  />
                  <SelectField
                    name={`${NEW_CHIP_VENDOR_PREFIX}${name}`}
                    label={`made by (vendor of “${name}”)`}
                    placeholder="Choose the vendor"
                    options={vendors}
                    defaultValue={values.newChipVendors?.[name]}
                  />
                </div>
              ))}
            </fieldset>
          ) : null}
          <datalist id="claim-chip-names">
            {chipNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>

        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            name="kind"
            label="Claim type"
            required
            placeholder="Choose a type"
            options={CLAIM_KINDS.map((kind) => ({ value: kind, label: CLAIM_KIND_LABELS[kind] }))}
            defaultValue={values.kind}
            errors={errors.kind}
          />
          <SelectField
            name="confidence"
            label="Confidence"
            options={CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
            defaultValue={values.confidence || "reported"}
            errors={errors.confidence}
          />
        </div>

        <TextAreaField
          name="summary"
          label="Summary"
          required
          rows={3}
          hint={`One sentence in English, at most ${MAX_SUMMARY_LENGTH} characters.`}
          defaultValue={values.summary}
          errors={errors.summary}
        />
        <TextAreaField
          name="quote"
          label="Quote"
          required
          rows={4}
          hint="The source's own words: select them in the article text, or paste them. Spacing and quotation marks may differ; the words may not."
          defaultValue={values.quote}
          errors={errors.quote}
          onInput={(event) => setQuote(event.currentTarget.value)}
        />
        <TextAreaField
          name="translation"
          label="Translation"
          rows={3}
          hint="Optional: the quote in English."
          defaultValue={values.translation}
          errors={errors.translation}
        />
        <TextField
          name="claimDate"
          label="Claim date"
          type="date"
          hint="Optional: when the source says it happened. Leave empty when it gives no date."
          defaultValue={values.claimDate}
          errors={errors.claimDate}
        />
        <TextAreaField
          name="note"
          label="Editor's note"
          rows={2}
          hint="Optional: what readers should know about this claim."
          defaultValue={values.note}
          errors={errors.note}
        />
        {mode === "create" ? (
          <CheckboxField
            name="publishNow"
            label="Publish now"
            hint="Otherwise the claim is saved as a draft, which readers do not see."
            defaultChecked={values.publishNow === "on"}
          />
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
            Save claim
          </button>
          <Link href={cancelHref} className={LINK}>
            Cancel
          </Link>
        </div>
      </form>

      <div className="min-w-0 lg:sticky lg:top-4 lg:self-start" aria-busy={loadingSource || undefined}>
        {loadingSource ? <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">Loading the article text…</p> : null}
        <QuotePicker source={picker} quote={quote} onPick={pickQuote} />
      </div>
    </div>
  );
}
