import { useId, type Ref } from "react";
import type { UnsavedChange } from "@/lib/editor-records/fields";

// Pieces the company, chip and event forms share: the message above the form (a refusal or a
// version conflict with the editor's unsaved changes), a group of checkboxes with its error,
// a group of fields, and the save button.

export const errorTextClass = "text-sm text-red-800 dark:text-red-300";
export const hintTextClass = "text-xs text-zinc-600 dark:text-zinc-400";
export const fieldsetClass = "flex flex-col gap-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800";
export const legendClass = "px-1 text-base font-semibold text-zinc-900 dark:text-zinc-50";

/** A titled group of fields. */
export function FieldGroup({ legend, description, children }: { legend: string; description?: string; children: React.ReactNode }) {
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{legend}</legend>
      {description ? <p className="-mt-2 text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      {children}
    </fieldset>
  );
}

/**
 * What the server (or the browser's check) said about the whole form. A conflict says that
 * someone else saved first, and lists what the editor typed that is not in the current version.
 */
export function FormStatus({
  message,
  conflict,
  changes,
  messageRef,
}: {
  message?: string;
  conflict?: { message: string };
  changes: UnsavedChange[];
  messageRef: Ref<HTMLDivElement>;
}) {
  if (!message && !conflict) return null;
  return (
    <div
      ref={messageRef}
      tabIndex={-1}
      role="alert"
      className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 focus:outline-2 focus:outline-offset-2 focus:outline-red-700 dark:border-red-800 dark:bg-red-950 dark:text-red-100 dark:focus:outline-red-400"
    >
      {conflict ? <p className="font-semibold">{conflict.message}</p> : <p>{message}</p>}
      {conflict && changes.length > 0 ? (
        <div className="mt-3">
          <p className="font-medium">Your unsaved changes:</p>
          <dl className="mt-1 flex flex-col gap-2">
            {changes.map((change) => (
              <div key={change.field}>
                <dt className="font-medium">{change.label}</dt>
                <dd>
                  You typed: <span className="whitespace-pre-wrap">{change.yours || "(empty)"}</span>
                </dd>
                <dd>
                  Saved now: <span className="whitespace-pre-wrap">{change.current || "(empty)"}</span>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </div>
  );
}

/** Checkboxes for a list of values (a company's roles), with its error tied to each box. */
export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues,
  errors,
  hint,
  required,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  defaultValues: readonly string[];
  errors?: string[];
  hint?: string;
  required?: boolean;
}) {
  const id = useId();
  const describedBy = [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
        {legend}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className={hintTextClass}>
          {hint}
        </p>
      ) : null}
      <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 py-1 text-sm text-zinc-900 dark:text-zinc-100">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              aria-invalid={errors?.length ? true : undefined}
              aria-describedby={errors?.length ? `${id}-error` : undefined}
              className="size-4 accent-sky-700 dark:accent-sky-400"
            />
            {option.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className={errorTextClass}>
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export function SaveButton({ label, pending }: { label: string; pending: boolean }) {
  return (
    <div className="flex items-center gap-4">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-70 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400"
      >
        {label}
      </button>
      {pending ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          Saving…
        </p>
      ) : null}
    </div>
  );
}
