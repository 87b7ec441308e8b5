import { sql } from "@/lib/db/client";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
import { getFact, type FactView } from "@/lib/facts/get-fact";

// What a printed report shows of each fact: the fact as its page reads it
// (claims with their sentences, notes, status and resolution), its verdict,
// and for each article its address and its latest archived copy.

export type PrintArticle = { url: string | null; archive: { id: string; fetchedAt: string; finalUrl: string } | null };

export type PrintFact = {
  fact: FactView;
  verdict: ReturnType<typeof factVerdict>;
  articles: Map<string, PrintArticle>;
};

/** The live facts among these ids, in the order given (the others are left out, and named in `missing`). */
export async function loadPrintFacts(ids: string[]): Promise<{ facts: PrintFact[]; missing: string[] }> {
  const views = await Promise.all(ids.map((id) => getFact(id)));
  const found = views.filter((v): v is FactView => v !== null);
  const articleIds = [...new Set(found.flatMap((f) => f.claims.map((c) => c.articleId)))];
  const rows =
    articleIds.length === 0
      ? []
      : await sql()<
          {
            id: string;
            url: string | null;
            archiveId: string | null;
            fetchedAt: Date | null;
            finalUrl: string | null;
          }[]
        >`
          SELECT a.id, coalesce(a.url, a.canonical_url) AS url, l.id AS "archiveId", l.fetched_at AS "fetchedAt",
            l.final_url AS "finalUrl"
          FROM articles a
          LEFT JOIN LATERAL (
            SELECT r.id, r.fetched_at, r.final_url FROM article_archives r
            WHERE r.article_id = a.id ORDER BY r.fetched_at DESC, r.id LIMIT 1
          ) l ON true
          WHERE a.id = ANY(${articleIds}::uuid[])`;
  const articles = new Map<string, PrintArticle>(
    rows.map((r) => [
      r.id,
      {
        url: r.url,
        archive:
          r.archiveId && r.fetchedAt && r.finalUrl
            ? { id: r.archiveId, fetchedAt: r.fetchedAt.toISOString(), finalUrl: r.finalUrl }
            : null,
      },
    ]),
  );
  return {
    facts: found.map((fact) => ({ fact, verdict: factVerdict(fact.claims, fact), articles })),
    missing: ids.filter((_, i) => views[i] === null),
  };
}
