"use client";

import Link from "next/link";
import { useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/editor/form-field";
import { DATE_PRECISIONS, EVENT_ACTIONS, EVENT_ACTION_LABELS, JURISDICTIONS, JURISDICTION_LABELS } from "@/lib/constants";
import { unsavedChanges } from "@/lib/editor-records/fields";
import {
  EVENT_FIELD_LABELS,
  EventFormSchema,
  MAX_EVENT_QUOTES,
  quoteFieldName,
  readEventForm,
  type EventFormValues,
  type EventQuoteValues,
} from "@/lib/validation/event-form";
import { FieldGroup, FormStatus, SaveButton, fieldsetClass, legendClass } from "./form-parts";
import { useRecordForm, type RecordAction } from "./use-record-form";

export type SourceOption = { id: string; title: string; publisher: string | null; publishedAt: string | null };

const JURISDICTION_OPTIONS = JURISDICTIONS.map((j) => ({ value: j, label: JURISDICTION_LABELS[j] }));
const ACTION_OPTIONS = EVENT_ACTIONS.map((a) => ({ value: a, label: EVENT_ACTION_LABELS[a] }));
const PRECISION_OPTIONS = DATE_PRECISIONS.map((precision) => ({ value: precision, label: precision[0].toUpperCase() + precision.slice(1) }));
const linkClass = "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";
const smallButtonClass =
  "self-start rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800";

function sourceLabel(source: SourceOption): string {
  return [source.title, source.publisher, source.publishedAt].filter(Boolean).join(" · ");
}

type QuoteRow = EventQuoteValues & { key: number };

/** The quote rows: each a source and the passage of it behind the event. Rows can be added and removed. */
function QuoteRows({
  initial,
  sources,
  errors,
}: {
  initial: EventQuoteValues[];
  sources: SourceOption[];
  errors: Record<string, string[] | undefined>;
}) {
  const [rows, setRows] = useState<QuoteRow[]>(() => initial.map((row, index) => ({ ...row, key: index })));
  const [nextKey, setNextKey] = useState(initial.length);
  const options = sources.map((source) => ({ value: source.id, label: sourceLabel(source) }));

  function update(key: number, sourceId: string) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, sourceId } : row)));
  }

  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Source quotes</legend>
      <p className="-mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        At least one. Paste each passage as the article has it: spacing and quotation marks may differ, words may not. The
        server finds it in the archived text and refuses a passage that is not there.
      </p>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="flex flex-col gap-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <legend className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">Quote {index + 1}</legend>
          <SelectField
            name={quoteFieldName(index, "sourceId")}
            label="Source"
            options={options}
            placeholder="Choose a source"
            defaultValue={row.sourceId}
            errors={errors[quoteFieldName(index, "sourceId")]}
            onChange={(event) => update(row.key, event.target.value)}
          />
          {row.sourceId ? (
            <p className="text-sm">
              <Link href={`/sources/${encodeURIComponent(row.sourceId)}`} className={linkClass} target="_blank">
                Read this source (opens a new tab)
              </Link>
            </p>
          ) : null}
          <TextAreaField
            name={quoteFieldName(index, "quote")}
            label="Quote"
            rows={3}
            defaultValue={row.quote}
            errors={errors[quoteFieldName(index, "quote")]}
          />
          {rows.length > 1 ? (
            <button type="button" className={smallButtonClass} onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}>
              Remove quote {index + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      {rows.length < MAX_EVENT_QUOTES ? (
        <button
          type="button"
          className={smallButtonClass}
          onClick={() => {
            setRows((current) => [...current, { sourceId: "", quote: "", key: nextKey }]);
            setNextKey((key) => key + 1);
          }}
        >
          Add a quote
        </button>
      ) : null}
    </fieldset>
  );
}

/** The export-control event form, new or edit. */
export function EventForm({
  action,
  initialValues,
  mode,
  sources,
}: {
  action: RecordAction<EventFormValues>;
  initialValues: EventFormValues;
  mode: "create" | "edit";
  sources: SourceOption[];
}) {
  const { state, formAction, pending, errors, message, conflict, onSubmit, formRef, messageRef, formKey } = useRecordForm({ action, initialValues, read: readEventForm, schema: EventFormSchema });
  const { values } = state;
  const error = (field: string) => errors[field];
  const sourceTitles = new Map(sources.map((source) => [source.id, source.title]));
  const changes = conflict
    ? unsavedChanges(conflict.unsaved, values, (field) => {
        const row = /^quotes\.(\d+)\.(sourceId|quote)$/.exec(field);
        if (row) return `Quote ${Number(row[1]) + 1}: ${row[2] === "sourceId" ? "source" : "passage"}`;
        return EVENT_FIELD_LABELS[field] ?? field;
      }).map((change) =>
        change.field.endsWith(".sourceId")
          ? { ...change, yours: sourceTitles.get(change.yours) ?? change.yours, current: sourceTitles.get(change.current) ?? change.current }
          : change,
      )
    : [];

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormStatus message={message} conflict={conflict} changes={changes} messageRef={messageRef} />
      {mode === "edit" ? <input type="hidden" name="version" value={values.version} /> : null}

      <FieldGroup legend="The event">
        <TextField name="title" label="Title" required defaultValue={values.title} errors={error("title")} autoComplete="off" />
        <TextField
          name="slug"
          label="Slug"
          defaultValue={values.slug}
          errors={error("slug")}
          hint={mode === "create" ? "Optional: made from the title when left empty." : "Changing it changes the event's addresses."}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField
            name="jurisdiction"
            label="Jurisdiction"
            required
            options={JURISDICTION_OPTIONS}
            placeholder="Choose a jurisdiction"
            defaultValue={values.jurisdiction}
            errors={error("jurisdiction")}
          />
          <TextField name="authority" label="Authority" defaultValue={values.authority} errors={error("authority")} hint="e.g. US Department of Commerce, BIS" />
          <SelectField
            name="action"
            label="Action"
            required
            options={ACTION_OPTIONS}
            placeholder="Choose an action"
            defaultValue={values.action}
            errors={error("action")}
          />
        </div>
        <TextAreaField name="description" label="Description" rows={3} defaultValue={values.description} errors={error("description")} />
      </FieldGroup>

      <FieldGroup legend="Dates" description="Leave the date empty when no source gives it: the event is then listed as undated.">
        <div className="grid gap-4 md:grid-cols-3">
          <TextField name="date" label="Date" type="date" defaultValue={values.date} errors={error("date")} />
          <TextField name="effectiveDate" label="Effective date" type="date" defaultValue={values.effectiveDate} errors={error("effectiveDate")} />
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
            hint="Optional; an http:// or https:// address."
            spellCheck={false}
          />
        </div>
      </FieldGroup>

      <FieldGroup legend="Who and what it names">
        <TextField
          name="companies"
          label="Companies"
          defaultValue={values.companies}
          errors={error("companies")}
          hint="Names or aliases, separated by commas, e.g. Huawei, BIS."
          autoComplete="off"
        />
        <TextField
          name="chips"
          label="Chips"
          defaultValue={values.chips}
          errors={error("chips")}
          hint="Names or aliases, separated by commas, e.g. Ascend 910C, H20."
          autoComplete="off"
        />
      </FieldGroup>

      <QuoteRows initial={values.quotes} sources={sources} errors={errors} />

      <SaveButton label={mode === "create" ? "Create event" : "Save event"} pending={pending} />
    </form>
  );
}
