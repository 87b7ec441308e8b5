"use server";

import { APIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { safeNext } from "@/lib/auth/safe-next";
import { isAppError } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import { toFormError, formDataToObject, localizeForRequest, type FormState } from "@/lib/actions/form-action";
import type { Localize } from "@/lib/i18n/localize";

const signInSchema = z.object({
  email: z.email("errors.signIn.email").max(320, "errors.text.tooLong"),
  password: z.string("errors.signIn.password").min(1, "errors.signIn.password").max(256, "errors.text.tooLong"),
  next: z
    .string()
    .optional()
    .transform((value) => safeNext(value)),
});

/** What better-auth's refusal means for the person signing in. */
function signInRefusal(error: APIError, localize: Localize): string {
  const cause = (error.body as { cause?: unknown } | undefined)?.cause ?? error.cause;
  if (error.status === "TOO_MANY_REQUESTS" && isAppError(cause)) return localize(cause.message, cause.values);
  if (error.status === "UNAUTHORIZED" || error.status === "BAD_REQUEST") return localize("errors.signIn.wrong");
  if (error.status === "FORBIDDEN") return localize("errors.signIn.disabled");
  if (isDatabaseUnavailable(cause ?? error)) return localize("errors.databaseUnavailableNothingSaved");
  return localize("errors.signIn.failed");
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  let next = "/articles";
  try {
    const input = signInSchema.parse(formDataToObject(formData));
    next = input.next;
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
  } catch (error) {
    const localize = await localizeForRequest();
    if (error instanceof APIError) return { status: "error", message: signInRefusal(error, localize), at: Date.now() };
    return { ...toFormError(error, localize), at: Date.now() };
  }
  redirect(next);
}

export async function signOut(): Promise<void> {
  try {
    const auth = await getAuth();
    await auth.api.signOut({ headers: await headers() });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // The session cannot be ended in the database right now: this browser
    // forgets it at least (it expires on the server in its own time).
    const jar = await cookies();
    for (const cookie of jar.getAll()) if (/^(__Secure-)?recoupe\.session_/.test(cookie.name)) jar.delete(cookie.name);
  }
  redirect("/sign-in");
}
