import { createTranslator } from "next-intl";
import { expect } from "vitest";
import { AppError } from "../errors/app-error";
import { CATALOGS } from "../i18n/catalogs";
import type { UiLocale } from "../i18n/locales";
import { makeLocalize } from "../i18n/localize";

/** The AppError a promise is refused with; fails the test if it succeeds or throws anything else. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** What the person is told of an AppError, in their language (the boundary's translation). */
export function said(error: AppError, locale: UiLocale = "en"): string {
  const t = createTranslator({ locale, messages: CATALOGS[locale], timeZone: "UTC" });
  return makeLocalize(t as unknown as Parameters<typeof makeLocalize>[0], locale)(error.message, error.values);
}
