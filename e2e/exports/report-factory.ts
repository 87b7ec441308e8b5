import type postgres from "postgres";
import { unique } from "../support";

// Facts for the export tests, written straight into the app's database: each
// test makes its own outlet, articles, facts, claims and notes, named with a
// unique prefix so that it finds them in a report of the whole workspace.

export type MadeFacts = { prefix: string; factIds: string[]; labels: string[] };

/**
 * `count` facts whose two claims disagree (6 500 dead against more than 6 700, a
 * fixed toll: not one that grows between the two days),
 * then one share (2.5 % against 3 %), each with a note on the fact.
 */
export async function makeConflictingFacts(sql: postgres.Sql, count: number): Promise<MadeFacts> {
  const prefix = unique("Bilan export");
  return sql.begin(async (tx) => {
    const outlets = await tx<{ id: string }[]>`
      INSERT INTO outlets (name) SELECT ${prefix} || ' média ' || i FROM generate_series(1, 3) i RETURNING id`;
    const text = "Selon le ministère, 6 500 personnes sont mortes ; plus de 6 700 selon l'AP ; 2,5 % des votants.";
    const articles: string[] = [];
    for (const [i, outlet] of outlets.entries()) {
      const [row] = await tx<{ id: string }[]>`
        INSERT INTO articles (outlet_id, title, published_at, language, source_format, raw_text, text, text_hash)
        VALUES (${outlet.id}, ${`${prefix} article ${i + 1}`}, date '2022-10-30' + ${i}::int, 'fr', 'text', ${text}, ${text},
          md5(${`${prefix} ${i}`}))
        RETURNING id`;
      articles.push((row as { id: string }).id);
    }
    // Published on 30 and 31 October and 1 November 2022.
    const [a, b, c] = articles as [string, string, string];
    const facts = await tx<{ id: string; label: string }[]>`
      INSERT INTO facts (label, kind, tally) SELECT ${prefix} || ' fait ' || lpad(i::text, 4, '0'), 'count', 'fixed'
      FROM generate_series(1, ${count}) i RETURNING id, label`;
    const ids = facts.map((f) => f.id);
    await tx`
      INSERT INTO claims (article_id, fact_id, quote_start, quote_end, quote_exact, quote_prefix, quote_suffix, figure,
        figure_start, figure_end, kind, lower, lower_inclusive, upper, upper_inclusive, unit, counted, counted_key)
      SELECT v.article_id, f.id, v.qs, v.qe, v.quote, '', '', v.figure, v.fs, v.fe, v.kind, v.lower, v.li, v.upper, v.ui,
        v.unit, v.counted, v.counted_key
      FROM unnest(${ids}::uuid[]) AS f(id)
      CROSS JOIN (VALUES
        (${a}::uuid, 0, 49, '6 500 personnes sont mortes', '6 500', 20, 25, 'count', 6500::float8, true, 6500::float8, true, NULL, 'personnes', 'people'),
        (${b}::uuid, 52, 72, 'plus de 6 700 selon l''AP', 'plus de 6 700', 52, 65, 'count', 6700::float8, false, NULL::float8, true, NULL, 'personnes', 'people')
      ) AS v(article_id, qs, qe, quote, figure, fs, fe, kind, lower, li, upper, ui, unit, counted, counted_key)`;
    // And one share, for decimal commas: 2,5 % here, 3 % there.
    const [share] = await tx<{ id: string; label: string }[]>`
      INSERT INTO facts (label, kind) VALUES (${prefix} || ' part des votants', 'percentage') RETURNING id, label`;
    if (!share) throw new Error("no fact made");
    await tx`
      INSERT INTO claims (article_id, fact_id, quote_start, quote_end, quote_exact, quote_prefix, quote_suffix, figure,
        figure_start, figure_end, kind, lower, upper, unit)
      VALUES (${c}::uuid, ${share.id}, 75, 96, '2,5 % des votants', '', '', '2,5 %', 75, 80, 'percentage', 2.5, 2.5, '%'),
        (${a}::uuid, ${share.id}, 75, 96, '3 % des votants', '', '', '3 %', 75, 78, 'percentage', 3, 3, '%')`;
    ids.push(share.id);
    facts.push(share);
    await tx`
      INSERT INTO notes (fact_id, body) SELECT id, 'Note de vérification : =1+1 à ne pas calculer' FROM unnest(${ids}::uuid[]) AS id`;
    // Their stored classification, as the app's own writes keep it (the lists filter on it).
    const { refreshWith, runOnSql } = await import("../../lib/facts/refresh-fact-verdicts");
    await refreshWith(runOnSql(tx), ids);
    return { prefix, factIds: ids, labels: facts.map((f) => f.label) };
  });
}
