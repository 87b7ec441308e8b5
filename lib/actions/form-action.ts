import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/roles";
import { isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { fieldValues, localizeFields } from "@/lib/errors/localize-fields";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import { requestLocalize, type Localize } from "@/lib/i18n/localize";
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

/**
 * Each field's messages, translated, with the issue's limits as values
 * ({maximum}, {minimum}) and, for a custom issue, the params it was raised with.
 */
export function zodFieldErrors(error: z.ZodError, localize: Localize): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    const values: Record<string, number | string> = {};
    for (const limit of ["maximum", "minimum"] as const) {
      const v = (issue as { [k in typeof limit]?: unknown })[limit];
      if (typeof v === "number" || typeof v === "bigint") values[limit] = Number(v);
    }
    const params = (issue as { params?: Record<string, unknown> }).params ?? {};
    for (const [name, v] of Object.entries(params)) {
      if (typeof v === "number" || typeof v === "string") values[name] = v;
    }
    (out[field] ??= []).push(localize(issue.message, fieldValues(field, localize, values)));
  }
  return out;
}

const asIs: Localize = (message) => message;

/** Fields a form sends without showing them. */
const HIDDEN_FIELDS =
  /^(id|version|articleId|claimId|noteId|suggestionId|deletionId|userId|quoteStart|quoteEnd|figureStart|figureEnd|confirmClaims|redirectTo|)$/;

export function toFormError(error: unknown, localize: Localize = asIs): FormState<never> {
  if (error instanceof z.ZodError) {
    const fieldErrors = zodFieldErrors(error, localize);
    // A form's hidden fields (ids, versions, offsets) have no place to show an
    // error: what is wrong with them is said at the top of the form.
    const hidden = Object.entries(fieldErrors).find(([field]) => HIDDEN_FIELDS.test(field));
    return {
      status: "error",
      message: hidden?.[1]?.[0]
        ? localize("errors.hiddenField", { detail: hidden[1][0] })
        : localize("errors.fieldsNeedAttention"),
      fieldErrors,
    };
  }
  if (isAppError(error)) {
    return {
      status: error.code === "CONFLICT" ? "conflict" : "error",
      message: localize(error.message, error.values),
      fieldErrors: localizeFields(error.fieldErrors, localize, error.values),
      current: error.current,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return { status: "error", message: localize("errors.databaseUnavailableNothingSaved") };
  }
  console.error("[action] unexpected error", error);
  return { status: "error", message: localize("errors.unexpectedNothingSaved") };
}

/** The translator of the current request; as-is when there is none (scripts, tests). */
export async function localizeForRequest(): Promise<Localize> {
  try {
    return await requestLocalize();
  } catch {
    return asIs;
  }
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
      return { ...toFormError(error, await localizeForRequest()), at: Date.now() };
    }
  };
}
