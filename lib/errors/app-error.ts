// One error type for everything a user may be told. Its message is written for
// the person using Recoupe and is the only thing that reaches a page or an API
// response; anything else is logged and replaced by a generic sentence.

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

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** For CONFLICT: the version now stored, so the user can compare. */
  readonly current?: unknown;

  constructor(code: AppErrorCode, message: string, extra: { fieldErrors?: FieldErrors; current?: unknown } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.current = extra.current;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found. It may have been deleted.`);
}
