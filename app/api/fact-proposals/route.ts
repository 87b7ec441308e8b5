import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { KINDS } from "@/lib/claims/value";
import { proposeFacts } from "@/lib/facts/propose-facts";
import { sayReasons } from "@/lib/facts/say-reasons";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  kind: z.enum(KINDS),
  countedKey: z.string().max(40).optional(),
  lower: z.coerce.number().optional(),
  upper: z.coerce.number().optional(),
  context: z.string().max(2_000).default(""),
});

/** The facts a claim being tagged most likely belongs to, best first, with reasons in the reader's language. */
export const GET = apiHandler("read", async (request) => {
  const q = querySchema.parse(searchParamsOf(request));
  const proposals = await proposeFacts({
    kind: q.kind,
    countedKey: q.countedKey ?? null,
    lower: q.lower ?? null,
    upper: q.upper ?? null,
    context: q.context,
  });
  const locale = await currentLocale();
  return NextResponse.json({ proposals: proposals.map((p) => ({ ...p, reasons: sayReasons(p.reasons, locale) })) });
});
