import { NextResponse } from "next/server";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/roles";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import { localizeFields } from "@/lib/errors/localize-fields";
import type { Localize } from "@/lib/i18n/localize";
import { localizeForRequest, zodFieldErrors } from "@/lib/actions/form-action";

// Every route handler goes through apiHandler: the role is checked on the
// server, invalid input is a 400 with each field's error, a known error its own
// status, an unreachable database a 503 to retry, anything else a bare 500.

const asIs: Localize = (message) => message;

export function errorResponse(error: unknown, localize: Localize = asIs): NextResponse {
  if (error instanceof z.ZodError) {
    return NextResponse.json(
      { error: localize("errors.fieldsNeedAttention"), fieldErrors: zodFieldErrors(error, localize) },
      { status: 400 },
    );
  }
  if (isAppError(error)) {
    const fieldErrors = localizeFields(error.fieldErrors, localize, error.values);
    return NextResponse.json(
      { error: localize(error.message, error.values), code: error.code, fieldErrors },
      { status: error.status },
    );
  }
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json(
      { error: localize("errors.databaseUnavailable"), code: "DB_UNAVAILABLE" },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json({ error: localize("errors.internal") }, { status: 500 });
}

/**
 * Writes through the API come from Recoupe's own pages (or from tools that send
 * no browser headers). Cookies are SameSite=Lax, but a sibling subdomain could
 * still post a form: requests a browser marks as cross-site are refused.
 */
function isCrossSite(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function apiHandler<C>(
  permission: Permission,
  handler: (request: Request, user: CurrentUser, context: C) => Promise<Response>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      if (isCrossSite(request)) throw new AppError("FORBIDDEN", "errors.crossSite");
      const user = await requirePermission(permission);
      return await handler(request, user, context);
    } catch (error) {
      return errorResponse(error, await localizeForRequest());
    }
  };
}

/** Query string parameters as an object, for a zod schema. */
export function searchParamsOf(request: Request): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
