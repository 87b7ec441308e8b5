"use client";

import { useFormAction } from "../_components/use-form-action";
import { signIn } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const { state, pending, onSubmit, action } = useFormAction(signIn);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={onSubmit} className="card" noValidate>
      {state.message && (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      )}
      <input type="hidden" name="next" value={next ?? ""} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={Boolean(errors.email)}
        />
        {errors.email && <p className="field-error">{errors.email[0]}</p>}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(errors.password)}
        />
        {errors.password && <p className="field-error">{errors.password[0]}</p>}
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
