import type { FieldErrors } from "@/lib/errors/app-error";

// The result of a server action as a form shows it. Safe to import from client
// components (nothing here touches the server).

export type FormState<D = unknown> = {
  status: "idle" | "ok" | "error" | "conflict";
  message?: string;
  fieldErrors?: FieldErrors;
  /** For a conflict: the version someone else saved meanwhile. */
  current?: unknown;
  data?: D;
  /** Set on each result, so that a form can tell two results apart. */
  at?: number;
};

export const idle: FormState<never> = { status: "idle" };
