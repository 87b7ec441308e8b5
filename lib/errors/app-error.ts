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
  | "DB_UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  DB_UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string[] | undefined>;
export type ErrorValues = Record<string, string | number | Date>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** For CONFLICT: the version now stored, so the user can compare. */
  readonly current?: unknown;
  /** Values of the message when it is a catalog key (also used by key-valued field errors). */
  readonly values?: ErrorValues;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { fieldErrors?: FieldErrors; current?: unknown; values?: ErrorValues } = {},
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

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found. It may have been deleted.`);
}
