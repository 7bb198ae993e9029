"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { REFUSED_MESSAGE, issuesToFieldErrors, type RecordFieldErrors, type RecordFormState } from "@/lib/editor-records/fields";

// The state of a record form (company, chip, event): the server action's answer through
// useActionState, the same zod schema run in the browser before sending (a refused form is not
// sent), and focus moved to the first field in error, or to the message, after each answer.

export type RecordAction<Values> = (state: RecordFormState<Values>, formData: FormData) => Promise<RecordFormState<Values>>;

export function useRecordForm<Values>({
  action,
  initialValues,
  read,
  schema,
}: {
  action: RecordAction<Values>;
  initialValues: Values;
  read: (formData: FormData) => Values;
  schema: z.ZodType;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initialValues });
  // Errors found in the browser, for the answer they were found after (a newer answer replaces them).
  const [local, setLocal] = useState<{ basis: RecordFormState<Values>; errors: RecordFieldErrors } | null>(null);
  const localErrors = local && local.basis === state ? local.errors : null;
  const errors: RecordFieldErrors = localErrors ?? state.errors ?? {};
  const message = localErrors ? REFUSED_MESSAGE : state.message;

  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = schema.safeParse(read(new FormData(event.currentTarget)));
    if (parsed.success) {
      setLocal(null);
      return;
    }
    event.preventDefault();
    setLocal({ basis: state, errors: issuesToFieldErrors(parsed.error) });
  }

  // After each answer (from the server or the browser's own check): focus what needs attention.
  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (state.conflict || state.message) messageRef.current?.focus();
  }, [state, local]);

  return {
    state,
    formAction,
    pending,
    errors,
    message,
    conflict: state.conflict,
    onSubmit,
    formRef,
    messageRef,
    /** the form re-mounts with each answer, so its fields show the answer's values */
    formKey: state.answer ?? 0,
  };
}
