import { z } from "zod";
import { TABLES, type ColumnType, type Row, type TableName } from "./tables";

// The check each row of a workspace file passes before it goes to the
// database: every listed column present with a value of its type, and no
// other column. The database's foreign keys and CHECK constraints come after.

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

const schemas = new Map<TableName, z.ZodType<Row>>(
  TABLES.map((t) => [
    t.name,
    z.strictObject(
      Object.fromEntries(
        Object.entries(t.columns).map(([name, c]) => [name, c.nullable ? VALUE[c.type].nullable() : VALUE[c.type]]),
      ),
    ) as z.ZodType<Row>,
  ]),
);

export function rowSchema(table: TableName): z.ZodType<Row> {
  return schemas.get(table) as z.ZodType<Row>;
}
