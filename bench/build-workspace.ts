import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { COUNTED_CLASSES } from "@/lib/figures";
import { migrate } from "@/lib/db/migrate";

// A throwaway database of newsroom size for the benchmarks in bench/: 10 000
// articles from 200 outlets, 20 000 facts, 100 000 claims (5 a fact), 30 000
// notes, in French and English, generated in SQL (seeded: the same every run).
// Created on RECOUPE_BENCH_PG_URL's server (default: the local PostgreSQL) and
// dropped by the caller. `scale` shrinks every count but the outlets' (0.1: a
// tenth of the articles, facts, claims and notes), for a quicker run. One
// article in 500 is about 3 KB long and holds 41 claims.

const FR = [
  "réfugiés",
  "arméniens",
  "soldats",
  "morts",
  "blessés",
  "civils",
  "déplacés",
  "Haut-Karabakh",
  "Bakou",
  "Erevan",
  "Stepanakert",
  "négociations",
  "cessez-le-feu",
  "offensive",
  "bombardements",
  "frontière",
  "ministère",
  "Défense",
  "Pachinian",
  "Aliev",
  "Poutine",
  "Moscou",
  "accord",
  "corridor",
  "Latchine",
  "humanitaire",
  "bilan",
  "victimes",
  "combats",
  "village",
  "élections",
  "économie",
  "inflation",
  "budget",
  "hôpital",
  "école",
  "réfugié",
  "été",
];
const EN = [
  "refugees",
  "soldiers",
  "deaths",
  "wounded",
  "civilians",
  "displaced",
  "talks",
  "ceasefire",
  "offensive",
  "shelling",
  "border",
  "ministry",
  "defence",
  "Pashinyan",
  "Aliyev",
  "Putin",
  "Moscow",
  "agreement",
  "corridor",
  "humanitarian",
  "toll",
  "victims",
  "fighting",
  "village",
  "elections",
  "economy",
  "inflation",
  "budget",
  "hospital",
  "school",
];

// Place and person names, made up (a newsroom's vocabulary is wide: most words
// are rare, a few are everywhere): syllables combined, then drawn with a skew.
const SYLLABLES = [
  "ka",
  "ra",
  "bel",
  "mor",
  "din",
  "tsa",
  "gor",
  "vil",
  "nar",
  "ste",
  "pa",
  "shi",
  "lon",
  "dra",
  "vek",
  "tu",
];
/** Claims on each long (about 3 KB) article. */
const LONG_CLAIMS = 41;
const NAMES = SYLLABLES.flatMap((a) => SYLLABLES.map((b) => `${a}${b}${a.length > 2 ? "an" : "ia"}`));
const FR_WORDS = [...FR, ...NAMES];
const EN_WORDS = [...EN, ...NAMES];

export type BenchWorkspace = { url: string; drop: () => Promise<void> };

export async function buildWorkspace(log: (line: string) => void, scale = 1): Promise<BenchWorkspace> {
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  const [ARTICLES, FACTS, CLAIMS, NOTES] = [n(10_000), n(20_000), n(100_000), n(15_000)];
  // The long articles (every LONG_EVERY-th, at least one) get LONG_CLAIMS claims
  // each, taken from other articles: the issue's 3 KB article with 41 claims.
  const LONG_EVERY = Math.min(500, ARTICLES);
  const admin = process.env.RECOUPE_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `recoupe_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const server = postgres(admin, { max: 1, onnotice: () => undefined });
  await server.unsafe(`CREATE DATABASE "${name}"`);
  await server.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const drop = async () => {
    const again = postgres(admin, { max: 1, onnotice: () => undefined });
    await again.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await again.end();
  };
  try {
    await migrate(url.toString());
    const sql = postgres(url.toString(), { max: 1, onnotice: () => undefined });
    const started = Date.now();
    await sql.begin(async (tx) => {
      await tx`SELECT setseed(0.42)`;
      await tx`SET LOCAL recoupe.restoring_workspace = 'on'`; // no history rows for generated data
      const array = (words: string[]) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(",")}]`;
      await tx.unsafe(`
        CREATE FUNCTION pg_temp.words(lang text, k int) RETURNS text LANGUAGE sql VOLATILE AS $$
          SELECT string_agg(CASE WHEN lang = 'fr' THEN (${array(FR_WORDS)})[1 + floor(power(random(), 2) * ${FR_WORDS.length})::int]
                                 ELSE (${array(EN_WORDS)})[1 + floor(power(random(), 2) * ${EN_WORDS.length})::int] END, ' ')
          FROM generate_series(1, k) $$`);
      await tx`INSERT INTO users (name, email, role) VALUES ('Bench Editor', 'bench@recoupe.local', 'editor')`;
      await tx`INSERT INTO outlets (name) SELECT 'Outlet ' || i || CASE WHEN i % 3 = 0 THEN ' Info' ELSE ' Daily' END FROM generate_series(1, 200) i`;
      await tx.unsafe(`
        INSERT INTO articles (outlet_id, title, published_at, language, source_format, raw_text, text, text_hash)
        SELECT o.id, t.title, date '2020-01-01' + (i % 1700), t.lang, 'text', t.body, t.body, md5(t.body)
        FROM generate_series(1, ${ARTICLES}) i
        CROSS JOIN LATERAL (SELECT CASE WHEN i % 4 = 0 THEN 'en' ELSE 'fr' END AS lang) l
        CROSS JOIN LATERAL (SELECT pg_temp.words(l.lang, 6) || ' ' || i AS title,
          pg_temp.words(l.lang, 40) || ' ' || (random() * 10000)::int || ' ' || pg_temp.words(l.lang, 40) || '. '
          || pg_temp.words(l.lang, 60) || ' ' || i || '.'
          -- One article in ${LONG_EVERY}: about 3 KB (the issue's reader of a 3 KB article).
          || CASE WHEN i % ${LONG_EVERY} = 0 THEN ' ' || pg_temp.words(l.lang, 120) || ' ' || (random() * 10000)::int
               || '. ' || pg_temp.words(l.lang, 110) || '.' ELSE '' END AS body, l.lang) t
        JOIN LATERAL (SELECT id FROM outlets ORDER BY name OFFSET (i % 200) LIMIT 1) o ON true`);
      await tx.unsafe(`
        INSERT INTO facts (label, kind, counted_key)
        SELECT initcap(pg_temp.words(CASE WHEN i % 4 = 0 THEN 'en' ELSE 'fr' END, 4)) || ' ' || (2019 + i % 6),
          k.kind, CASE WHEN k.kind = 'count' AND i % 2 = 0 THEN ('${JSON.stringify(COUNTED_CLASSES)}'::jsonb ->> (i % ${COUNTED_CLASSES.length})) END
        FROM generate_series(1, ${FACTS}) i
        CROSS JOIN LATERAL (SELECT (ARRAY['count','count','count','date','duration','percentage'])[1 + i % 6] AS kind) k`);
      await tx.unsafe(`
        CREATE TEMP TABLE fact_ids AS SELECT id, kind, counted_key, row_number() OVER (ORDER BY id) AS n FROM facts;
        CREATE TEMP TABLE article_ids AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM articles;
        -- Facts of 2 to 8 claims (5 on average), each from another article, and a
        -- share of every verdict by the fact's number: 3 in 10 agree (one value),
        -- 2 compatible ("at least" a lower figure beside it), 2 conflict (values
        -- apart), 2 evolving (a growing count or duration at later dates; a
        -- conflict for dates and shares), 1 not comparable (counts of unrelated
        -- things; a conflict for other kinds).
        INSERT INTO claims (article_id, fact_id, quote_start, quote_end, quote_exact, quote_prefix, quote_suffix, figure,
          figure_start, figure_end, kind, lower, upper, counted_key, counted, as_of)
        SELECT a.id, f.id, 0, 80, q.quote, '', '', q.figure, 0, length(q.figure), f.kind, v.lower, v.upper,
          CASE WHEN f.kind <> 'count' THEN NULL
               WHEN f.n % 10 = 9 AND f.j % 2 = 0 THEN 'ceasefires'
               WHEN f.n % 10 = 9 THEN 'people'
               ELSE coalesce(f.counted_key, 'people') END,
          NULL,
          -- A count's as-of date: later for each claim of an evolving fact, the same
          -- for every claim of another (counts printed on different days are
          -- otherwise read as a running total).
          CASE WHEN f.n % 10 IN (7, 8) THEN date '2021-01-01' + (f.n % 900 + f.j * 7)::int
               WHEN f.kind = 'count' THEN date '2021-01-01' + (f.n % 900)::int END
        FROM (
          SELECT f.*, j, row_number() OVER (ORDER BY f.n, j) AS i
          FROM fact_ids f CROSS JOIN LATERAL generate_series(1, (2 + f.n % 7 + CASE WHEN f.n <= 2 THEN 1 ELSE 0 END)::int) j
          LIMIT ${CLAIMS}
        ) f
        JOIN article_ids a ON a.n = 1 + ((f.i * 7919) % ${ARTICLES})
        CROSS JOIN LATERAL (SELECT CASE f.kind
            WHEN 'count' THEN 10 + (f.n * 37) % 5000
            WHEN 'date' THEN 18000 + (f.n * 13) % 2000
            WHEN 'duration' THEN 1 + f.n % 400
            ELSE 1 + f.n % 60 END AS base) b
        CROSS JOIN LATERAL (SELECT CASE
            WHEN f.n % 10 IN (5, 6) OR (f.n % 10 = 9 AND f.kind <> 'count') THEN b.base + f.j * greatest(2, b.base / 4)
            WHEN f.n % 10 IN (7, 8) THEN b.base + f.j * greatest(2, b.base / 10)
            ELSE b.base END AS value) x
        CROSS JOIN LATERAL (SELECT
            CASE WHEN f.n % 10 IN (3, 4) AND f.j % 2 = 1 THEN floor(x.value * 0.8) ELSE x.value END AS lower,
            CASE WHEN f.n % 10 IN (3, 4) AND f.j % 2 = 1 THEN NULL ELSE x.value END AS upper) v
        CROSS JOIN LATERAL (SELECT v.lower::text AS figure,
          'Selon ' || pg_temp.words('fr', 3) || ', ' || v.lower::text || ' ' || pg_temp.words('fr', 5) AS quote) q`);
      await tx.unsafe(`
        CREATE TEMP TABLE long_articles AS
          SELECT a.id, row_number() OVER (ORDER BY a.id) AS k, count(c.id) AS has FROM articles a
          LEFT JOIN claims c ON c.article_id = a.id
          WHERE octet_length(a.text) > 2500 GROUP BY a.id;
        UPDATE claims c SET article_id = moved.to_article FROM (
          SELECT o.id, l.id AS to_article FROM (
            SELECT c.id, row_number() OVER (ORDER BY c.id) AS r FROM claims c
            WHERE c.article_id NOT IN (SELECT id FROM long_articles)) o
          JOIN long_articles l ON o.r > (l.k - 1) * ${LONG_CLAIMS} AND o.r <= (l.k - 1) * ${LONG_CLAIMS} + ${LONG_CLAIMS} - l.has
        ) moved WHERE c.id = moved.id`);
      await tx.unsafe(`
        INSERT INTO notes (fact_id, body)
        SELECT f.id, 'À vérifier : ' || pg_temp.words('fr', 12) FROM fact_ids f WHERE f.n <= ${NOTES};
        INSERT INTO notes (claim_id, body)
        SELECT c.id, 'Source : ' || pg_temp.words('fr', 10) FROM (SELECT id FROM claims LIMIT ${NOTES}) c`);
    });
    await sql`VACUUM ANALYZE`; // as autovacuum would have: GIN pending lists merged, statistics taken
    const [counts] =
      await sql`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM facts) AS facts,
      (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM notes) AS notes`;
    log(`workspace built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    await sql.end();
    return { url: url.toString(), drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

export function percentiles(samples: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}
