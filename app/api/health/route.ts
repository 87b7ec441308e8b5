import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Whether the app can reach its database, answered within a second; error pages poll it to recover. */
export async function GET() {
  if ((await checkDatabase()) === "ok") {
    return NextResponse.json({ database: "ok" }, { headers: { "cache-control": "no-store" } });
  }
  return NextResponse.json(
    { database: "unavailable" },
    { status: 503, headers: { "cache-control": "no-store", "retry-after": "5" } },
  );
}
