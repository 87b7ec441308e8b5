import { getTranslations } from "next-intl/server";
import type React from "react";
import type { PairVerdict } from "@/lib/discrepancies/classify";
import { diffQuotes, pairsToDiff, type DiffPiece } from "@/lib/discrepancies/word-diff";
import type { FactClaim } from "@/lib/facts/get-fact";

// The wordings of the pairs that are about the same figure, the most serious
// first: each quote whole, what only it says marked, its figure marked. The
// marks carry words for screen readers, not colour alone.

function Pieces({ pieces, only, figure }: { pieces: DiffPiece[]; only: string; figure: string }) {
  const word = (p: DiffPiece, k: number) =>
    p.changed ? (
      <span key={k} className="diff-only">
        <span className="visually-hidden">{only} </span>
        {p.text}
      </span>
    ) : (
      <span key={k}>{p.text}</span>
    );
  // The figure is one mark, whatever of it the other quote shares.
  const out: React.ReactNode[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k] as DiffPiece;
    if (!p.figure) {
      out.push(word(p, k));
      continue;
    }
    const run: React.ReactNode[] = [];
    const first = k;
    for (; k < pieces.length && (pieces[k] as DiffPiece).figure; k++) run.push(word(pieces[k] as DiffPiece, k));
    k--;
    out.push(
      <mark key={`f${first}`} className="diff-figure">
        <span className="visually-hidden">{figure} </span>
        {run}
      </mark>,
    );
  }
  return out;
}

export async function Wording({ pairs, claims }: { pairs: PairVerdict[]; claims: FactClaim[] }) {
  const t = await getTranslations("factPage.wording");
  const tv = await getTranslations("verdicts");
  const byId = new Map(claims.map((c) => [c.id, c]));
  const shown = pairsToDiff(pairs).filter((p) => byId.get(p.a.id)?.quoteExact !== byId.get(p.b.id)?.quoteExact);
  if (shown.length === 0) return null;
  return (
    <>
      <h2 className="section-title">{t("title")}</h2>
      <p className="small muted">{t("intro")}</p>
      <div className="wording">
        {shown.map((p) => {
          const a = byId.get(p.a.id) as FactClaim;
          const b = byId.get(p.b.id) as FactClaim;
          const d = diffQuotes(
            { text: a.quoteExact, figureStart: a.figureInQuote.start, figureEnd: a.figureInQuote.end },
            { text: b.quoteExact, figureStart: b.figureInQuote.start, figureEnd: b.figureInQuote.end },
          );
          return (
            <section
              key={`${a.id}-${b.id}`}
              className="card diff-pair"
              aria-label={t("pair", { a: a.outlet, b: b.outlet })}
            >
              <p className="small">
                <span className={`verdict ${p.relation}`}>{tv(`relation.${p.relation}`)}</span>
                {d.independent && <span className="muted"> {t("independent")}</span>}
              </p>
              <dl>
                <dt>{a.outlet}</dt>
                <dd className="quote" lang={a.language}>
                  <Pieces pieces={d.a} only={t("onlyIn", { outlet: a.outlet })} figure={t("figure")} />
                </dd>
                <dt>{b.outlet}</dt>
                <dd className="quote" lang={b.language}>
                  <Pieces pieces={d.b} only={t("onlyIn", { outlet: b.outlet })} figure={t("figure")} />
                </dd>
              </dl>
            </section>
          );
        })}
      </div>
      <p className="small muted diff-legend">
        <span className="diff-only">{t("legendOnly")}</span> · <mark className="diff-figure">{t("legendFigure")}</mark>
      </p>
    </>
  );
}
