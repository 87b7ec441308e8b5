import { NextResponse } from "next/server";
import { sql } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Whether the app can reach its database; error pages poll it to recover. */
export async function GET() {
  try {
    await sql()`SELECT 1`;
    return NextResponse.json({ database: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch {
    return NextResponse.json(
      { database: "unavailable" },
      { status: 503, headers: { "cache-control": "no-store", "retry-after": "5" } },
    );
  }
}
