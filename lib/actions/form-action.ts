import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/roles";
import { isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import type { FormState } from "./form-state";

export type { FormState } from "./form-state";

// Every server action goes through formAction: the role is checked on the
// server, the input parsed with its zod schema, and whatever goes wrong comes
// back as a state the form can show next to the right field. Nothing but an
// AppError's message ever reaches the page.

/** FormData to a plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

export function toFormError(error: unknown): FormState<never> {
  if (error instanceof z.ZodError) {
    return {
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: z.flattenError(error).fieldErrors as FieldErrors,
    };
  }
  if (isAppError(error)) {
    return {
      status: error.code === "CONFLICT" ? "conflict" : "error",
      message: error.message,
      fieldErrors: error.fieldErrors,
      current: error.current,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: "error",
      message: "The database is unavailable right now, so nothing was saved. Try again in a moment.",
    };
  }
  console.error("[action] unexpected error", error);
  return { status: "error", message: "Something went wrong and nothing was saved. Try again, or reload the page." };
}

export function formAction<S extends z.ZodType, D>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<D>,
) {
  return async (_previous: FormState<D>, formData: FormData): Promise<FormState<D>> => {
    try {
      const user = await requirePermission(permission);
      const input = schema.parse(formDataToObject(formData));
      const data = await handler(input, user);
      return { status: "ok", data, at: Date.now() };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      return { ...toFormError(error), at: Date.now() };
    }
  };
}
