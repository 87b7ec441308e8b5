import { readFile } from "node:fs/promises";
import path from "node:path";

// Reads the models of prisma/schema.prisma into tables and columns with the
// PostgreSQL types Prisma maps them to, so that a test can compare them with
// what our SQL migrations actually created. Only the subset of the schema
// language this project uses is understood; anything else fails loudly.

export type ExpectedColumn = { column: string; field: string; pgType: string; nullable: boolean };
export type ExpectedTable = { model: string; table: string; columns: ExpectedColumn[] };

const SCALARS: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

const NATIVE: Record<string, string> = {
  Uuid: "uuid",
  Date: "date",
  "Timestamptz(3)": "timestamp(3) with time zone",
  Text: "text",
};

export function parsePrismaSchema(source: string): ExpectedTable[] {
  const models = [...source.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(models.map((m) => m[1] as string));
  return models.map(([, model, body]) => {
    const lines = (body as string).split("\n").map((l) => l.replace(/\/\/.*$/, "").trim());
    const table = lines.map((l) => l.match(/^@@map\("([^"]+)"\)/)?.[1]).find(Boolean) ?? (model as string);
    const columns: ExpectedColumn[] = [];
    for (const line of lines) {
      const m = line.match(/^(\w+)\s+(Unsupported\("([^"]+)"\)|\w+)(\[\])?(\?)?(.*)$/);
      if (!m || line.startsWith("@@")) continue;
      const [, field, type, unsupported, list, optional, rest] = m as unknown as string[];
      if (list || modelNames.has(type as string)) continue; // relation fields have no column
      const column = (rest as string).match(/@map\("([^"]+)"\)/)?.[1] ?? (field as string);
      const native = (rest as string).match(/@db\.([\w()0-9]+)/)?.[1];
      const pgType = unsupported ?? (native ? NATIVE[native] : SCALARS[type as string]);
      if (!pgType)
        throw new Error(
          `${model}.${field}: type ${type}${native ? ` @db.${native}` : ""} is not mapped in lib/db/prisma-schema.ts`,
        );
      columns.push({ column, field: field as string, pgType, nullable: Boolean(optional) });
    }
    return { model: model as string, table, columns };
  });
}

export async function readPrismaSchema(
  file = path.join(process.cwd(), "prisma", "schema.prisma"),
): Promise<ExpectedTable[]> {
  return parsePrismaSchema(await readFile(file, "utf8"));
}
