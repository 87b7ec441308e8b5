"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { safeNext } from "@/lib/auth/safe-next";
import { toFormError, formDataToObject, localizeForRequest, type FormState } from "@/lib/actions/form-action";

const signInSchema = z.object({
  email: z.email("Give the email address of your account").max(320),
  password: z.string().min(1, "Give your password").max(256),
  next: z
    .string()
    .optional()
    .transform((value) => safeNext(value)),
});

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  let next = "/articles";
  try {
    const input = signInSchema.parse(formDataToObject(formData));
    next = input.next;
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      const message =
        error.status === "TOO_MANY_REQUESTS"
          ? error.message
          : error.status === "UNAUTHORIZED" || error.status === "BAD_REQUEST"
            ? "Wrong email or password."
            : error.status === "FORBIDDEN"
              ? "This account is disabled. Ask an administrator."
              : "Sign-in failed. Try again.";
      return { status: "error", message, at: Date.now() };
    }
    return { ...toFormError(error, await localizeForRequest()), at: Date.now() };
  }
  redirect(next);
}

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
