import { expect } from "vitest";
import { AppError } from "../errors/app-error";

/** The AppError a promise is refused with; fails the test if it succeeds or throws anything else. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
