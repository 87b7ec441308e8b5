// One error type for everything a user may be told. Its message is written for
// the person using Recoupe and is the only thing that reaches a page or an API
// response; anything else is logged and replaced by a generic sentence. The
// message (and each field error) may be a catalog key ("errors.notFound") with
// `values`: the boundary that answers translates it (lib/i18n/localize.ts).

export type AppErrorCode =
  | "INVALID_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "DB_UNAVAILABLE"
  /** A service the request needs is missing or failed (the PDF printer): try again later. */
  | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  DB_UNAVAILABLE: 503,
  UNAVAILABLE: 503,
};

export type ErrorValues = Record<string, string | number | Date>;
/** A message with values of its own: a catalog key and what fills it in. */
export type Localizable = { key: string; values?: ErrorValues };
/** A field's message: text, a catalog key (filled in with the error's values), or a key with its own values. */
export type FieldMessage = string | Localizable;
/** Each field's messages as code gives them (AppError). */
export type FieldMessages = Record<string, FieldMessage[] | undefined>;
/** Each field's messages as the user reads them (translated). */
export type FieldErrors = Record<string, string[] | undefined>;

/** A field message with values of its own. */
export const message = (key: string, values?: ErrorValues): Localizable => ({ key, values });

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldMessages;
  /** For CONFLICT: the version now stored, so the user can compare. */
  readonly current?: unknown;
  /** Values of the message when it is a catalog key (also used by key-valued field errors). */
  readonly values?: ErrorValues;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { fieldErrors?: FieldMessages; current?: unknown; values?: ErrorValues } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.current = extra.current;
    this.values = extra.values;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** What may be gone, as the catalog's errors.gone names it. */
export type Thing = "fact" | "article" | "note" | "claim" | "suggestion" | "deletion" | "import";

export function notFound(thing: Thing): AppError {
  return new AppError("NOT_FOUND", "errors.gone", { values: { thing } });
}
