import { AppError, type AppErrorCode, type ErrorValues } from "@/lib/errors/app-error";

// Every way a fetch can fail, each with its message in the "fetch" catalog
// (lib/i18n/messages/*/fetch.json). The reason travels with the error so that
// callers (the bulk import, tests) can tell failures apart without reading
// the message.

export type FetchFailure =
  | "invalidUrl"
  | "scheme"
  | "credentials"
  | "port"
  | "privateAddress"
  | "dns"
  | "timeout"
  | "connection"
  | "tls"
  | "tooManyRedirects"
  | "redirectLoop"
  | "badRedirect"
  | "notFound"
  | "gone"
  | "clientError"
  | "serverError"
  | "unexpectedStatus"
  | "binary"
  | "unsupportedType"
  | "tooLarge"
  | "empty"
  | "undecodable";

const CODE: Partial<Record<FetchFailure, AppErrorCode>> = { tooLarge: "TOO_LARGE" };

export class FetchRefusal extends AppError {
  readonly reason: FetchFailure;

  constructor(reason: FetchFailure, values: ErrorValues = {}) {
    const key = `fetch.errors.${reason}`;
    // Field "url": the import form shows it beside the address field.
    super(CODE[reason] ?? "INVALID_INPUT", key, { values, fieldErrors: { url: [key] } });
    this.name = "FetchRefusal";
    this.reason = reason;
  }
}

export const isFetchRefusal = (e: unknown): e is FetchRefusal => e instanceof FetchRefusal;
