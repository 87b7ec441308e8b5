import { z } from "zod";
import { TABLES, type ColumnType, type Row, type TableName } from "./tables";

// The check each row of a workspace file passes before it goes to the
// database: every column its format carries present with a value of its type,
// and no other column. Columns added by a later format than the file's are
// absent from it and take their fill value. The database's foreign keys and
// CHECK constraints come after.

// How each column type is written in the file. bigint and jsonb travel as text:
// JSON numbers would lose digits past 2^53, and jsonb numerics keep their exact
// digits ("2.50") only as text.
const VALUE: Record<ColumnType, z.ZodType> = {
  uuid: z.guid(),
  text: z.string(),
  boolean: z.boolean(),
  integer: z.int32(),
  bigint: z.string().regex(/^-?\d{1,19}$/, "Expected an integer written as a string"),
  "double precision": z.union([z.number(), z.enum(["NaN", "Infinity", "-Infinity"])]),
  date: z.iso.date(),
  timestamptz: z.iso.datetime({ offset: true }),
  jsonb: z.string(),
};

function buildSchema(table: TableName, version: number): z.ZodType<Row> {
  const spec = TABLES.find((t) => t.name === table);
  if (!spec) throw new Error(`No table ${table} in a workspace file`);
  const columns = Object.entries(spec.columns);
  const carried = columns.filter(([, c]) => (c.since ?? 1) <= version);
  const filled = Object.fromEntries(
    columns.filter(([, c]) => (c.since ?? 1) > version).map(([n, c]) => [n, c.fill ?? null]),
  );
  const strict = z.strictObject(
    Object.fromEntries(carried.map(([name, c]) => [name, c.nullable ? VALUE[c.type].nullable() : VALUE[c.type]])),
  );
  if (Object.keys(filled).length === 0) return strict as z.ZodType<Row>;
  return strict.transform((row) => ({ ...row, ...filled })) as z.ZodType<Row>;
}

const schemas = new Map<string, z.ZodType<Row>>();

/** The check for a row of `table` in a file of workspace format `version`. */
export function rowSchema(table: TableName, version: number): z.ZodType<Row> {
  const key = `${table}@${version}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = buildSchema(table, version);
    schemas.set(key, schema);
  }
  return schema;
}
