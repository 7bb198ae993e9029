"use client";

import { useId } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/editor/form-field";
import {
  CHIP_KINDS,
  CHIP_KIND_LABELS,
  CHIP_STATUSES,
  CHIP_STATUS_LABELS,
  DATE_PRECISIONS,
  SPEC_METRICS,
  SPEC_METRIC_KEYS,
  type SpecMetric,
} from "@/lib/constants";
import { unsavedChanges } from "@/lib/editor-records/fields";
import {
  CHIP_FIELD_LABELS,
  ChipFormSchema,
  readChipForm,
  specFieldName,
  type ChipFormValues,
  type SpecFormValues,
} from "@/lib/validation/chip-form";
import { FieldGroup, FormStatus, SaveButton, fieldsetClass, legendClass } from "./form-parts";
import { useRecordForm, type RecordAction } from "./use-record-form";

export type VendorOption = { slug: string; name: string; isVendor: boolean };
export type ArticleQuotes = Partial<Record<SpecMetric, { quote: string; sourceTitle: string }>>;

const KIND_OPTIONS = CHIP_KINDS.map((kind) => ({ value: kind, label: CHIP_KIND_LABELS[kind] }));
const STATUS_OPTIONS = CHIP_STATUSES.map((status) => ({ value: status, label: CHIP_STATUS_LABELS[status] }));
const PRECISION_OPTIONS = DATE_PRECISIONS.map((precision) => ({ value: precision, label: precision[0].toUpperCase() + precision.slice(1) }));
const YES_NO_OPTIONS = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** One metric of the spec table: its value (with the unit) and the value's own source. */
function SpecRowFields({
  metric,
  values,
  errors,
  articleQuote,
}: {
  metric: SpecMetric;
  values: SpecFormValues;
  errors: Record<string, string[] | undefined>;
  articleQuote?: { quote: string; sourceTitle: string };
}) {
  const info = SPEC_METRICS[metric];
  const name = (field: keyof SpecFormValues) => specFieldName(metric, field);
  const legend = info.unit ? `${info.label} (${info.unit})` : info.label;
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{legend}</legend>
      <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-[minmax(8rem,1fr)_2fr_2fr_1fr]">
        {info.type === "boolean" ? (
          <SelectField
            name={name("value")}
            label="Value"
            options={YES_NO_OPTIONS}
            placeholder="Unknown"
            defaultValue={values.value}
            errors={errors[name("value")]}
          />
        ) : (
          <TextField
            name={name("value")}
            label={info.unit ? `Value (${info.unit})` : "Value"}
            inputMode={info.type === "number" ? "decimal" : undefined}
            defaultValue={values.value}
            errors={errors[name("value")]}
            autoComplete="off"
          />
        )}
        <TextField name={name("sourceName")} label="Source name" defaultValue={values.sourceName} errors={errors[name("sourceName")]} />
        <TextField
          name={name("sourceUrl")}
          label="Source URL"
          type="url"
          inputMode="url"
          defaultValue={values.sourceUrl}
          errors={errors[name("sourceUrl")]}
          spellCheck={false}
        />
        <TextField name={name("licence")} label="Licence" defaultValue={values.licence} errors={errors[name("licence")]} />
      </div>
      <TextField name={name("note")} label="Note" defaultValue={values.note} errors={errors[name("note")]} />
      {articleQuote ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          From the archived article <cite>{articleQuote.sourceTitle}</cite>: &ldquo;{articleQuote.quote}&rdquo;. The quote stays with
          the value while the value and its source name stay as they are.
        </p>
      ) : null}
    </fieldset>
  );
}

/** The chip form, new or edit, with its spec table. */
export function ChipForm({
  action,
  initialValues,
  mode,
  vendors,
  articleQuotes = {},
}: {
  action: RecordAction<ChipFormValues>;
  initialValues: ChipFormValues;
  mode: "create" | "edit";
  vendors: VendorOption[];
  articleQuotes?: ArticleQuotes;
}) {
  const { state, formAction, pending, errors, message, conflict, onSubmit, formRef, messageRef, formKey } = useRecordForm({ action, initialValues, read: readChipForm, schema: ChipFormSchema });
  const vendorListId = useId();
  const { values } = state;
  const error = (field: string) => errors[field];
  const changes = conflict ? unsavedChanges(conflict.unsaved, values, (field) => CHIP_FIELD_LABELS[field] ?? field) : [];

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormStatus message={message} conflict={conflict} changes={changes} messageRef={messageRef} />
      {mode === "edit" ? <input type="hidden" name="version" value={values.version} /> : null}

      <FieldGroup legend="Identity">
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="name" label="Name" required defaultValue={values.name} errors={error("name")} autoComplete="off" />
          <TextField
            name="slug"
            label="Slug"
            defaultValue={values.slug}
            errors={error("slug")}
            hint={mode === "create" ? "Optional: made from the name when left empty." : "Changing it changes the chip's addresses."}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            name="vendor"
            label="Vendor"
            required
            list={vendorListId}
            defaultValue={values.vendor}
            errors={error("vendor")}
            hint="Pick from the list or type any name or alias of the company. A company that is not yet a chip vendor becomes one."
            autoComplete="off"
          />
          <TextField name="nameZh" label="Chinese name" lang="zh" defaultValue={values.nameZh} errors={error("nameZh")} autoComplete="off" />
          <TextField name="family" label="Family" defaultValue={values.family} errors={error("family")} hint="e.g. Ascend 910" />
          <SelectField name="kind" label="Kind" required options={KIND_OPTIONS} placeholder="Choose a kind" defaultValue={values.kind} errors={error("kind")} />
          <SelectField
            name="status"
            label="Status"
            options={STATUS_OPTIONS}
            placeholder="Unknown"
            defaultValue={values.status}
            errors={error("status")}
            hint="Unknown when no source says."
          />
        </div>
        <datalist id={vendorListId}>
          {vendors.map((vendor) => (
            <option key={vendor.slug} value={vendor.name}>
              {vendor.isVendor ? vendor.slug : `${vendor.slug} (not yet a chip vendor)`}
            </option>
          ))}
        </datalist>
        <TextAreaField
          name="aliases"
          label="Aliases"
          rows={3}
          defaultValue={values.aliases}
          errors={error("aliases")}
          hint="One per line. Spellings that differ only in case, accents or dashes are merged."
        />
      </FieldGroup>

      <FieldGroup legend="Dates" description="As the source gives them: a month-precise date is stored as the month's first day.">
        <div className="grid gap-4 md:grid-cols-3">
          <TextField name="announcedOn" label="Announced on" type="date" defaultValue={values.announcedOn} errors={error("announcedOn")} />
          <TextField name="releasedOn" label="Released on" type="date" defaultValue={values.releasedOn} errors={error("releasedOn")} />
          <SelectField
            name="datePrecision"
            label="Date precision"
            options={PRECISION_OPTIONS}
            placeholder="None (no date)"
            defaultValue={values.datePrecision}
            errors={error("datePrecision")}
          />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="dateSourceName" label="Date source name" defaultValue={values.dateSourceName} errors={error("dateSourceName")} />
          <TextField
            name="dateSourceUrl"
            label="Date source URL"
            type="url"
            inputMode="url"
            defaultValue={values.dateSourceUrl}
            errors={error("dateSourceUrl")}
            spellCheck={false}
          />
        </div>
      </FieldGroup>

      <FieldGroup legend="Manufacturing and description">
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="processNode" label="Process node" defaultValue={values.processNode} errors={error("processNode")} hint="e.g. 7 nm (N+2)" />
          <TextField name="foundry" label="Foundry" defaultValue={values.foundry} errors={error("foundry")} hint="e.g. SMIC" />
        </div>
        <TextAreaField name="description" label="Description" rows={3} defaultValue={values.description} errors={error("description")} />
      </FieldGroup>

      <section aria-labelledby="spec-table-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="spec-table-heading" className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            Specs
          </h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            One value per spec, each with its own source. Leave a value empty when no source gives it: an empty value deletes
            the spec, and an unknown is never 0.
          </p>
        </div>
        {SPEC_METRIC_KEYS.map((metric) => (
          <SpecRowFields key={metric} metric={metric} values={values.specs[metric]} errors={errors} articleQuote={articleQuotes[metric]} />
        ))}
      </section>

      <SaveButton label={mode === "create" ? "Create chip" : "Save chip"} pending={pending} />
    </form>
  );
}
