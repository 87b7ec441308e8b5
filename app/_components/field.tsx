import { cloneElement, isValidElement, type ReactNode } from "react";
import type { FieldErrors } from "@/lib/errors/app-error";

/** A labelled form field with its hint and its error from the server. */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  children: ReactNode;
}) {
  const error = errors?.[name]?.[0];
  // A lone input gets the error as its description, read out by screen readers.
  const control =
    error && isValidElement<{ "aria-describedby"?: string }>(children)
      ? cloneElement(children, { "aria-describedby": `${name}-error` })
      : children;
  return (
    <div className="field">
      <label htmlFor={name}>
        {label} {hint && <span className="hint">{hint}</span>}
      </label>
      {control}
      {error && (
        <p className="field-error" id={`${name}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormMessage({ status, message }: { status: string; message?: string }) {
  if (!message) return null;
  return (
    <p className={`notice ${status === "ok" ? "" : "error"}`} role={status === "ok" ? "status" : "alert"}>
      {message}
    </p>
  );
}
