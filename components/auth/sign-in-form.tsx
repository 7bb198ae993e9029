"use client";

import { useActionState, useEffect, useRef } from "react";
import { signInAction } from "@/lib/actions/auth";
import { INITIAL_SIGN_IN_STATE } from "@/lib/validation/auth";

const inputClass =
  "mt-1 block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-zinc-900 shadow-sm " +
  "aria-invalid:border-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-invalid:border-red-400";
const errorClass = "mt-1 text-sm font-medium text-red-700 dark:text-red-400";

/** The sign-in form: errors next to their field, the typed email kept, focus on the first problem. */
export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, INITIAL_SIGN_IN_STATE);
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (emailError) emailRef.current?.focus();
    else if (passwordError) passwordRef.current?.focus();
  }, [state, emailError, passwordError]);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {state.formError}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="sign-in-email" className="block text-sm font-medium text-zinc-900 dark:text-zinc-100">
          Email
        </label>
        <input
          ref={emailRef}
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "sign-in-email-error" : undefined}
          className={inputClass}
        />
        {emailError ? (
          <p id="sign-in-email-error" className={errorClass}>
            {emailError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="sign-in-password" className="block text-sm font-medium text-zinc-900 dark:text-zinc-100">
          Password
        </label>
        <input
          ref={passwordRef}
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "sign-in-password-error" : undefined}
          className={inputClass}
        />
        {passwordError ? (
          <p id="sign-in-password-error" className={errorClass}>
            {passwordError}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-70"
      >
        Sign in
      </button>
    </form>
  );
}
