// npm run bench:search-migration — the search migration (20261202110000, which
// recomputes every article's search vector) on a database of 10 000 articles
// of about 4 KB, made at the schema before it: prints how long it takes.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { migrate } from "@/lib/db/migrate";

const SEARCH_MIGRATION = "20261202110000_search_per_language";

async function main() {
  const admin = process.env.RECOUPE_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `recoupe_bench_migration_${randomBytes(3).toString("hex")}`;
  const server = postgres(admin, { max: 1, onnotice: () => undefined });
  await server.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const before = await mkdtemp(path.join(os.tmpdir(), "recoupe-migrations-"));
  try {
    const all = (await readdir("prisma/migrations", { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    for (const m of all.filter((m) => m < SEARCH_MIGRATION)) {
      await cp(path.join("prisma/migrations", m), path.join(before, m), { recursive: true });
    }
    await migrate(url.toString(), { dir: before });
    const sql = postgres(url.toString(), { max: 1, onnotice: () => undefined });
    const seed = (await import("node:fs"))
      .readFileSync("seeds/articles/000_19743005c1eed50a.txt", "utf8")
      .slice(0, 4_000);
    await sql.begin(async (tx) => {
      await tx`SET LOCAL recoupe.restoring_workspace = 'on'`;
      await tx`INSERT INTO outlets (name) SELECT 'Outlet ' || i FROM generate_series(1, 200) i`;
      await tx`
        INSERT INTO articles (outlet_id, title, published_at, language, source_format, raw_text, text, text_hash)
        SELECT (SELECT id FROM outlets ORDER BY name OFFSET (i % 200) LIMIT 1), 'Article ' || i, date '2022-01-01' + (i % 700),
          CASE WHEN i % 4 = 0 THEN 'en' ELSE 'fr' END, 'text', ${seed} || ' ' || i, ${seed} || ' ' || i, md5(i::text)
        FROM generate_series(1, 10000) i`;
    });
    await sql`VACUUM ANALYZE articles`;
    await sql.end();
    const started = Date.now();
    const result = await migrate(url.toString());
    const seconds = (Date.now() - started) / 1000;
    console.log(`applied ${result.applied.join(", ")} on 10 000 articles of ~4 KB in ${seconds.toFixed(1)} s`);
  } finally {
    await rm(before, { recursive: true, force: true });
    await server.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.end();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
