import { useId } from "react";

// Form primitives for the editor forms. Each control has a visible label, and its error is
// shown next to it and tied to it (aria-invalid + aria-describedby), so a screen reader hears
// what is wrong on the field itself. Values come back from the server action's state, so what
// the editor typed survives a refused save.

export type FieldErrors = Partial<Record<string, string[] | undefined>>;

const controlClass =
  "w-full rounded border border-zinc-300 bg-white px-3 py-2 text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 aria-[invalid=true]:border-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-[invalid=true]:border-red-400";

type Common = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
};

function describedBy(id: string, errors?: string[], hint?: string) {
  return [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

function FieldShell({ id, label, errors, hint, required, children }: Omit<Common, "name"> & { id: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-800 dark:text-red-300">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  name,
  label,
  errors,
  hint,
  required,
  defaultValue,
  type = "text",
  ...rest
}: Common & { defaultValue?: string | number | null; type?: string } & Omit<
    React.InputHTMLAttributes<HTMLInputElement>,
    "name" | "defaultValue" | "type"
  >) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={required}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={controlClass}
        {...rest}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  errors,
  hint,
  required,
  defaultValue,
  rows = 4,
  ...rest
}: Common & { defaultValue?: string | null; rows?: number } & Omit<
    React.TextareaHTMLAttributes<HTMLTextAreaElement>,
    "name" | "defaultValue" | "rows"
  >) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={controlClass}
        {...rest}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  required,
  defaultValue,
  options,
  placeholder,
  ...rest
}: Common & {
  defaultValue?: string | null;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "defaultValue">) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={required}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={controlClass}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A form-level message (saved, refused, conflict), announced to screen readers. */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children: React.ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={
        tone === "error"
          ? "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          : "rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      }
    >
      {children}
    </div>
  );
}
