// The arguments of a server action as they arrive. A form's action is called with what the browser
// sends, but anyone can post any serialisable value to an action's id in place of the form, the
// bound record id or the previous state. Each action reads its arguments through these first, so
// a junk argument is an empty form or an unknown record (an answer with a message), never an
// exception (a 500).

const MAX_ID_LENGTH = 200;

/** The form: a FormData, or an empty one for anything else. */
export function formArgument(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** A record id bound to the action: a string of sensible length, or "" (which names no record). */
export function idArgument(value: unknown): string {
  return typeof value === "string" && value.length <= MAX_ID_LENGTH ? value : "";
}

/** The count of answers a record form has had (useActionState's previous state), plus one. */
export function nextAnswer(previous: unknown): number {
  const answer = typeof previous === "object" && previous !== null ? (previous as { answer?: unknown }).answer : undefined;
  return (typeof answer === "number" && Number.isSafeInteger(answer) && answer >= 0 ? answer : 0) + 1;
}
