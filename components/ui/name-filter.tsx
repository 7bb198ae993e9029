import { NameField } from "./name-field";

// A reader's company, chip or vendor filter: its label, the name field with suggestions, a hint, and, when
// the name given names no record or several, why, on the field itself (aria-invalid and
// aria-describedby), as well as in the page's notice of what it ignored.

const ERROR_CLASS = "mt-1 text-sm text-red-800 dark:text-red-300";

export function NameFilter({
  id,
  name,
  label,
  source,
  value,
  error,
  classes,
}: {
  id: string;
  /** the URL parameter */
  name: string;
  label: string;
  source: "company" | "chip" | "vendor";
  /** what the field shows: the chosen record's name, or the text that named none */
  value?: string;
  /** why `value` was not applied */
  error?: string;
  classes: { label: string; field: string; hint: string };
}) {
  const all = { company: "all companies", chip: "all chips", vendor: "all vendors" }[source];
  return (
    <div>
      <label htmlFor={id} className={classes.label}>
        {label}
      </label>
      <NameField
        id={id}
        name={name}
        source={source}
        defaultValue={value}
        describedBy={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        invalid={Boolean(error)}
        className={classes.field}
      />
      {error ? (
        <p id={`${id}-error`} className={ERROR_CLASS}>
          Not applied: {error}.
        </p>
      ) : null}
      <p id={`${id}-hint`} className={classes.hint}>
        A name: suggestions appear as you type. Empty: {all}.
      </p>
    </div>
  );
}

/** A form's company and chip filters, their fields `${prefix}-company` and `${prefix}-chip`. */
export function CompanyAndChipFilters({
  prefix,
  names,
  errors,
  classes,
}: {
  prefix: string;
  names: { company?: string; chip?: string };
  errors: { company?: string; chip?: string };
  classes: { label: string; field: string; hint: string };
}) {
  return (
    <>
      {(["company", "chip"] as const).map((source) => (
        <NameFilter
          key={source}
          id={`${prefix}-${source}`}
          name={source}
          label={source === "company" ? "Company" : "Chip"}
          source={source}
          value={names[source]}
          error={errors[source]}
          classes={classes}
        />
      ))}
    </>
  );
}
