"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "../_components/use-form-action";
import { signIn } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("signIn");
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
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={Boolean(errors.email)}
          aria-describedby={errors.email ? "email-error" : undefined}
        />
        {errors.email && (
          <p className="field-error" id="email-error">
            {errors.email[0]}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(errors.password)}
          aria-describedby={errors.password ? "password-error" : undefined}
        />
        {errors.password && (
          <p className="field-error" id="password-error">
            {errors.password[0]}
          </p>
        )}
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
