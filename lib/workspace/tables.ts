// The tables a workspace file carries, in the order they are written and read
// back (each refers only to tables before it), with exactly the columns that go
// into the file. It is an allowlist: a column added to a table by a later
// migration stays out of backups until it is listed here (the round-trip test
// fails until then), so a new secret can never leak into a file by accident.
// Not carried at all: settings (the session secret), sessions, accounts (the
// password hashes), verifications, sign_in_attempts, _prisma_migrations.

export type ColumnType =
  "uuid" | "text" | "boolean" | "integer" | "bigint" | "double precision" | "date" | "timestamptz" | "jsonb";

export type Column = {
  type: ColumnType;
  nullable: boolean;
  /**
   * The workspace format that first carried this column. Files of an older format
   * lack it, and their rows take `fill` (null when absent) for it.
   */
  since?: number;
  fill?: string | number | boolean | null;
};

export const TABLE_NAMES = [
  "users",
  "outlets",
  "deletions",
  "articles",
  "facts",
  "claims",
  "notes",
  "suggestions",
  "revisions",
  "article_archives",
  "article_versions",
  "entities",
  "entity_aliases",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type TableSpec = {
  name: TableName;
  columns: Readonly<Record<string, Column>>;
  /** Rows per cursor fetch on export: few where one row can weigh megabytes. */
  fetch: number;
  /** Columns holding a user id, pointed at the existing user when one has the same email. */
  userColumns: readonly string[];
};

const col = (type: ColumnType): Column => ({ type, nullable: false });
const opt = (type: ColumnType): Column => ({ type, nullable: true });
/** A column added by a later format; older files restore with `fill` (null when not given). */
const added = (since: number, column: Column, fill: Column["fill"] = null): Column => ({ ...column, since, fill });

const deletable = {
  created_at: col("timestamptz"),
  updated_at: col("timestamptz"),
  deleted_at: opt("timestamptz"),
  deletion_id: opt("uuid"),
};

export const TABLES: readonly TableSpec[] = [
  {
    name: "users",
    // No password here: better-auth keeps it in accounts, which is not exported.
    columns: {
      id: col("uuid"),
      name: col("text"),
      email: col("text"),
      email_verified: col("boolean"),
      image: opt("text"),
      role: col("text"),
      banned: opt("boolean"),
      ban_reason: opt("text"),
      ban_expires: opt("timestamptz"),
      locale: added(2, opt("text")),
      created_at: col("timestamptz"),
      updated_at: col("timestamptz"),
    },
    fetch: 500,
    userColumns: [],
  },
  {
    name: "outlets",
    columns: { id: col("uuid"), name: col("text"), created_at: col("timestamptz") },
    fetch: 500,
    userColumns: [],
  },
  {
    name: "deletions",
    columns: {
      id: col("uuid"),
      entity_type: col("text"),
      entity_id: col("uuid"),
      label: col("text"),
      deleted_by_id: opt("uuid"),
      deleted_at: col("timestamptz"),
      restored_by_id: opt("uuid"),
      restored_at: opt("timestamptz"),
    },
    fetch: 500,
    userColumns: ["deleted_by_id", "restored_by_id"],
  },
  {
    name: "articles",
    // search_vector is generated from title and text; the database rebuilds it.
    columns: {
      id: col("uuid"),
      outlet_id: col("uuid"),
      title: col("text"),
      url: opt("text"),
      canonical_url: added(2, opt("text")),
      published_at: col("date"),
      language: col("text"),
      source_format: col("text"),
      raw_text: col("text"),
      text: col("text"),
      text_hash: col("text"),
      left_out: col("jsonb"),
      seed_key: opt("text"),
      version: col("integer"),
      created_by_id: opt("uuid"),
      ...deletable,
    },
    fetch: 10, // up to 2 MB of text plus the raw source per row
    userColumns: ["created_by_id"],
  },
  {
    name: "facts",
    columns: {
      id: col("uuid"),
      label: col("text"),
      kind: col("text"),
      counted_key: opt("text"),
      status: col("text"),
      resolution_note: opt("text"),
      seed_key: opt("text"),
      version: col("integer"),
      created_by_id: opt("uuid"),
      tally: added(2, opt("text")),
      event_end: added(2, opt("date")),
      ...deletable,
    },
    fetch: 500,
    userColumns: ["created_by_id"],
  },
  {
    name: "claims",
    columns: {
      id: col("uuid"),
      article_id: col("uuid"),
      fact_id: opt("uuid"),
      quote_start: col("integer"),
      quote_end: col("integer"),
      quote_exact: col("text"),
      quote_prefix: col("text"),
      quote_suffix: col("text"),
      figure: col("text"),
      figure_start: col("integer"),
      figure_end: col("integer"),
      kind: col("text"),
      lower: opt("double precision"),
      lower_inclusive: col("boolean"),
      upper: opt("double precision"),
      upper_inclusive: col("boolean"),
      approximate: col("boolean"),
      granularity: added(2, opt("double precision")),
      qualifier: opt("text"),
      unit: opt("text"),
      counted: opt("text"),
      counted_key: opt("text"),
      attributed_to: opt("text"),
      as_of: opt("date"),
      anchor_status: added(2, col("text"), "anchored"),
      anchor_score: added(2, opt("double precision")),
      anchor_version: added(2, opt("integer")),
      figure_before: added(2, opt("text")),
      seed_key: opt("text"),
      version: col("integer"),
      created_by_id: opt("uuid"),
      ...deletable,
    },
    fetch: 500,
    userColumns: ["created_by_id"],
  },
  {
    name: "notes",
    columns: {
      id: col("uuid"),
      claim_id: opt("uuid"),
      fact_id: opt("uuid"),
      body: col("text"),
      author_id: opt("uuid"),
      seed_key: opt("text"),
      version: col("integer"),
      ...deletable,
    },
    fetch: 500,
    userColumns: ["author_id"],
  },
  {
    name: "suggestions",
    columns: {
      id: col("uuid"),
      article_id: col("uuid"),
      start: col("integer"),
      end: col("integer"),
      figure: col("text"),
      value: col("jsonb"),
      status: col("text"),
      claim_id: opt("uuid"),
      decided_by_id: opt("uuid"),
      decided_at: opt("timestamptz"),
      created_at: col("timestamptz"),
    },
    fetch: 500,
    userColumns: ["decided_by_id"],
  },
  {
    name: "revisions",
    columns: {
      id: col("bigint"),
      entity_type: col("text"),
      entity_id: col("uuid"),
      action: col("text"),
      actor_id: opt("uuid"),
      at: col("timestamptz"),
      before: opt("jsonb"),
      after: opt("jsonb"),
    },
    fetch: 10, // an article's "create" revision holds its whole text
    userColumns: ["actor_id"],
  },
  {
    name: "article_archives",
    columns: {
      id: col("uuid"),
      article_id: col("uuid"),
      version: col("integer"),
      requested_url: col("text"),
      final_url: col("text"),
      canonical_url: opt("text"),
      fetched_at: col("timestamptz"),
      status: col("integer"),
      content_type: col("text"),
      charset: col("text"),
      html: col("text"),
      created_by_id: opt("uuid"),
      created_at: col("timestamptz"),
    },
    fetch: 5, // a fetched page may weigh 10 MB
    userColumns: ["created_by_id"],
  },
  {
    name: "article_versions",
    columns: {
      id: col("uuid"),
      article_id: col("uuid"),
      version: col("integer"),
      text: col("text"),
      text_hash: col("text"),
      left_out: col("jsonb"),
      source_format: col("text"),
      origin: col("text"),
      url: opt("text"),
      archive_id: opt("uuid"),
      created_by_id: opt("uuid"),
      created_at: col("timestamptz"),
    },
    fetch: 10,
    userColumns: ["created_by_id"],
  },
  {
    name: "entities",
    columns: {
      id: col("uuid"),
      name: col("text"),
      note: opt("text"),
      seed_key: opt("text"),
      merged_into_id: opt("uuid"),
      version: col("integer"),
      created_by_id: opt("uuid"),
      created_at: col("timestamptz"),
      updated_at: col("timestamptz"),
      deleted_at: opt("timestamptz"),
    },
    fetch: 500,
    userColumns: ["created_by_id"],
  },
  {
    name: "entity_aliases",
    columns: {
      id: col("uuid"),
      entity_id: col("uuid"),
      alias: col("text"),
      created_by_id: opt("uuid"),
      created_at: col("timestamptz"),
    },
    fetch: 500,
    userColumns: ["created_by_id"],
  },
];

/** Keys inside revisions.before/after that hold a user id (copies of the columns above). */
export const REVISION_USER_KEYS = ["created_by_id", "author_id"] as const;

export type Row = Record<string, unknown>;

export function findTable(name: unknown): { spec: TableSpec; index: number } | null {
  const index = TABLES.findIndex((t) => t.name === name);
  const spec = TABLES[index];
  return spec ? { spec, index } : null;
}
