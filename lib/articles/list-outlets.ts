import { db } from "@/lib/db/client";

export async function listOutletNames(): Promise<string[]> {
  const outlets = await db().outlet.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return outlets.map((o) => o.name);
}
