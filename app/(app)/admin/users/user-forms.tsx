"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ROLES } from "@/lib/auth/roles";
import { Field, FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { createUserAction, setAccessAction, setPasswordAction, setRoleAction } from "./actions";

export function CreateUserForm() {
  const t = useTranslations("users");
  const roles = useTranslations("common.user.roles");
  const { state, pending, onSubmit, action } = useFormAction(createUserAction);
  const form = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  useEffect(() => {
    if (state.status === "ok") form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} onSubmit={onSubmit} className="card narrow" noValidate>
      <FormMessage status={state.status} message={state.status === "ok" ? t("created") : state.message} />
      <div className="row">
        <Field name="name" label={t("name")} errors={errors}>
          <input id="name" name="name" type="text" aria-invalid={Boolean(errors.name)} />
        </Field>
        <Field name="email" label={t("email")} errors={errors}>
          <input id="email" name="email" type="email" aria-invalid={Boolean(errors.email)} />
        </Field>
      </div>
      <div className="row">
        <Field name="role" label={t("role")} errors={errors}>
          <select id="role" name="role" defaultValue="editor">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roles(r)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="password" label={t("password")} hint={t("passwordHint")} errors={errors}>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            aria-invalid={Boolean(errors.password)}
          />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}

export function UserControls({
  user,
  self,
}: {
  user: { id: string; name: string; role: string; banned: boolean };
  self: boolean;
}) {
  const t = useTranslations("users");
  const roles = useTranslations("common.user.roles");
  const role = useFormAction(setRoleAction);
  const access = useFormAction(setAccessAction);
  const password = useFormAction(setPasswordAction);
  const message = [role.state, access.state, password.state].find((s) => s.status === "error")?.message;
  return (
    <div className="user-controls">
      <form action={role.action} onSubmit={role.onSubmit} className="row">
        <input type="hidden" name="userId" value={user.id} />
        <select name="role" defaultValue={user.role} aria-label={t("roleOf", { name: user.name })} disabled={self}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles(r)}
            </option>
          ))}
        </select>
        {!self && <button type="submit">{t("setRole")}</button>}
      </form>
      {!self && (
        <div className="actions">
          <form action={access.action} onSubmit={access.onSubmit}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="access" value={user.banned ? "enable" : "disable"} />
            <button type="submit" className={user.banned ? "" : "danger"}>
              {user.banned ? t("enable") : t("disable")}
            </button>
          </form>
          <form action={password.action} onSubmit={password.onSubmit} className="row">
            <input type="hidden" name="userId" value={user.id} />
            <input
              name="password"
              type="password"
              autoComplete="new-password"
              placeholder={t("newPassword")}
              aria-label={t("newPasswordFor", { name: user.name })}
            />
            <button type="submit">{t("resetPassword")}</button>
          </form>
        </div>
      )}
      {password.state.status === "ok" && (
        <p className="small" role="status">
          {t("passwordChanged")}
        </p>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
