import { z } from "zod";

// Inputs every form has (ids, versions, offsets, counts, dates), each refusing
// bad input with a catalog key naming what is wrong; the wrappers translate it
// with the issue's values ({maximum}, {minimum}, or the params given here).

/** The largest value of a PostgreSQL integer column: versions, offsets. */
export const MAX_INT4 = 2_147_483_647;

type Params = Record<string, string | number>;

function refuse(ctx: z.RefinementCtx, key: string, params: Params): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: key, params });
  return z.NEVER;
}

/** A whole number between min and max, from a form field (a string) or JSON. */
export function wholeNumber(field: string, min: number, max: number) {
  return z.unknown().transform((raw, ctx): number => {
    const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
    if (text === "") return refuse(ctx, "errors.field.required", { field });
    const n = Number(text);
    if (!Number.isFinite(n)) return refuse(ctx, "errors.field.notANumber", { field, given: text.slice(0, 40) });
    if (!Number.isInteger(n)) return refuse(ctx, "errors.field.notWhole", { field, given: text.slice(0, 40) });
    if (n < min || n > max)
      return refuse(ctx, "errors.field.outOfRange", { field, given: text.slice(0, 40), min, max });
    return n;
  });
}

/** The version of a row the form was loaded with (optimistic concurrency). */
export const version = () => wholeNumber("version", 1, MAX_INT4);

/** A code point offset into an article's text. */
export const offset = (field: string) => wholeNumber(field, 0, MAX_INT4);

const UUID = z.uuid();

/** An id of a row. */
export const uuidOf = (field: string) =>
  z.unknown().transform((raw, ctx): string => {
    if (typeof raw === "string" && UUID.safeParse(raw).success) return raw;
    return refuse(ctx, "errors.field.notAnId", { field });
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A calendar date as YYYY-MM-DD between two years: "2020-02-31" is refused as
 * a day that does not exist, not as a bad format or a database error.
 */
export function calendarDate(field: string, minYear = 1000, maxYear = 9999) {
  return z.unknown().transform((raw, ctx): string => {
    const value = typeof raw === "string" ? raw.trim() : "";
    if (value === "") return refuse(ctx, "errors.field.required", { field });
    const m = ISO_DATE.exec(value);
    if (!m) return refuse(ctx, "errors.field.dateFormat", { field, given: value.slice(0, 40) });
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
      return refuse(ctx, "errors.field.noSuchDay", { field, given: value });
    }
    if (year < minYear || year > maxYear) {
      return refuse(ctx, "errors.field.yearOutOfRange", { field, given: value, min: minYear, max: maxYear });
    }
    return value;
  });
}
