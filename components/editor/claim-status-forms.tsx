"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, TextAreaField } from "@/components/editor/form-field";
import { changeClaimStatusAction } from "@/lib/actions/claims";
import {
  ClaimStatusChangeSchema,
  claimStatusChangeInput,
  INITIAL_CLAIM_STATUS_CHANGE_STATE,
  type ClaimStatusChangeState,
  type ClaimTransition,
} from "@/lib/validation/claim-form";
import { fieldErrorsOf, type FieldErrorMap } from "@/lib/validation/source-form";
import { BUTTON_DANGER, BUTTON_PRIMARY, BUTTON_SECONDARY } from "./form-parts";

// The small forms on /editor/claims/[id] that move a claim along its lifecycle: publish a draft,
// retract (with a reason), mark disputed (with a note), restore. Each sends the version the page
// showed, so a change made meanwhile by someone else is never overwritten.

const COPY: Record<
  ClaimTransition,
  { title: string; button: string; buttonClass: string; description: string; note?: { label: string; hint: string } }
> = {
  publish: {
    title: "Publish",
    button: "Publish claim",
    buttonClass: BUTTON_PRIMARY,
    description: "Readers, the API and the exports will show it.",
  },
  retract: {
    title: "Retract",
    button: "Retract claim",
    buttonClass: BUTTON_DANGER,
    description: "Readers and the API will no longer show it; editors still see it, marked retracted.",
    note: { label: "Reason for retracting", hint: "Required; kept as the claim's note and in its history." },
  },
  dispute: {
    title: "Mark disputed",
    button: "Mark disputed",
    buttonClass: BUTTON_SECONDARY,
    description: "Readers still see it, marked disputed, with your note.",
    note: { label: "What is disputed", hint: "Required: what contradicts it, and who says so." },
  },
  restore: {
    title: "Restore",
    button: "Restore claim",
    buttonClass: BUTTON_SECONDARY,
    description: "The dispute is settled: it is shown as published again.",
  },
};

export function ClaimStatusForm({ claimId, version, transition }: { claimId: string; version: number; transition: ClaimTransition }) {
  const [state, formAction, pending] = useActionState(changeClaimStatusAction, INITIAL_CLAIM_STATUS_CHANGE_STATE);
  const [local, setLocal] = useState<{ for: ClaimStatusChangeState; errors: FieldErrorMap } | null>(null);
  const errors = local?.for === state ? local.errors : (state.errors ?? {});
  const formRef = useRef<HTMLFormElement>(null);
  const copy = COPY[transition];
  const headingId = `claim-${transition}-heading`;

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, local]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const parsed = ClaimStatusChangeSchema.safeParse(claimStatusChangeInput(new FormData(event.currentTarget)));
    if (!parsed.success) {
      event.preventDefault();
      setLocal({ for: state, errors: fieldErrorsOf(parsed.error) });
    }
  };

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id={headingId} className="font-semibold text-zinc-900 dark:text-zinc-50">
        {copy.title}
      </h3>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{copy.description}</p>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
        {state.message && local?.for !== state ? <FormMessage tone="error">{state.message}</FormMessage> : null}
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="transition" value={transition} />
        {copy.note ? (
          <TextAreaField
            name="note"
            label={copy.note.label}
            hint={copy.note.hint}
            required
            rows={2}
            defaultValue={state.note}
            errors={errors.note}
          />
        ) : null}
        <div>
          <button type="submit" disabled={pending} className={copy.buttonClass}>
            {copy.button}
          </button>
        </div>
      </form>
    </section>
  );
}
