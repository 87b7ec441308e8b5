import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { cache } from "react";
import { getCurrentUser, requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { explainAsOf, explainFactWith, explainPairWith, explainPeriod } from "@/lib/discrepancies/explain";
import { factVerdict, GROWING_KINDS } from "@/lib/discrepancies/fact-verdict";
import { tolerance } from "@/lib/discrepancies/intervals";
import { getFact, type FactClaim } from "@/lib/facts/get-fact";
import { describeValue, toEpochDay } from "@/lib/figures";
import type { UiLocale } from "@/lib/i18n/locales";
import { rowTranslator } from "@/lib/reports/report-messages";
import { DeleteButton } from "../../../_components/delete-button";
import { DownloadLinks } from "../../../_components/download-links";
import { History } from "../../../_components/history";
import { NotesThread } from "../../../_components/notes-thread";
import { FactPicture } from "../../../_components/number-line";
import { AsOfForm } from "./as-of-form";
import { FactStatusForm } from "./fact-status-form";
import { TallyForm } from "./tally-form";
import { Wording } from "./wording";
import "../facts.css";

type Props = { params: Promise<{ id: string }> };

// One read per request, shared by the metadata and the page.
const loadFact = cache(getFact);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("factPage");
  if (!(await getCurrentUser()) || !z.uuid().safeParse(id).success) return { title: t("metaTitle") };
  const fact = await loadFact(id);
  return { title: fact?.label ?? t("notFound") };
}

function Quote({ claim }: { claim: FactClaim }) {
  const { before, figure, after } = claim.context;
  return (
    <blockquote className="quote" lang={claim.language}>
      {before}
      <mark>{figure}</mark>
      {after}
    </blockquote>
  );
}

/** Group claims by article: one column per article, in publication order. */
function byArticle(claims: FactClaim[]): FactClaim[][] {
  const groups = new Map<string, FactClaim[]>();
  for (const c of claims) groups.set(c.articleId, [...(groups.get(c.articleId) ?? []), c]);
  return [...groups.values()];
}

export default async function FactPage({ params }: Props) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [user, fact, t, tp, locale] = await Promise.all([
    requirePageUser(),
    loadFact(id),
    getTranslations("factPage"),
    getTranslations("print"),
    getLocale(),
  ]);
  if (!fact) notFound();
  const ui = locale as UiLocale;
  // The explanations say a few messages per pair of claims (28 pairs for 8 claims): compiled once, kept.
  const tv = rowTranslator(ui, "verdicts");
  const verdict = factVerdict(fact.claims, fact);
  const comparable = new Map(verdict.claims.map((c) => [c.id, c]));
  const growing = GROWING_KINDS.has(fact.kind);
  const dateFormat = new Intl.DateTimeFormat(ui === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const formatDay = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
  const asOfText = (c: FactClaim) => {
    const cc = comparable.get(c.id);
    if (!cc) return "";
    // A figure compared at a date says which; one compared as timeless says so.
    return cc.at !== null || cc.refSource === "asOf" ? explainAsOf(tv, ui, cc) : t("asOf.undated");
  };

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link href="/facts">{t("breadcrumb")}</Link> · {t(`kind.${fact.kind}`)} ·{" "}
            <span className={`status ${fact.status}`}>{t(`status.${fact.status}`)}</span>
          </p>
          <h1>{fact.label}</h1>
        </div>
        <div className="actions">
          <span className={`verdict ${verdict.relation}`}>{tv(`relation.${verdict.relation}`)}</span>
          {can(user.role, "delete") && (
            <DeleteButton type="fact" id={fact.id} label={t("delete")} redirectTo="/facts" />
          )}
        </div>
      </div>

      {can(user.role, "export") && (
        <DownloadLinks
          label={tp("downloads.label")}
          lead={tp("downloads.lead")}
          links={[
            { href: `/api/print/facts?facts=${fact.id}`, label: tp("downloads.pdf") },
            { href: `/print/facts?facts=${fact.id}`, label: tp("downloads.printable"), download: false },
            { href: `/api/standards/facts/${fact.id}/claim-review?lang=${ui}`, label: tp("downloads.claimReview") },
          ]}
        />
      )}

      <section className="card" aria-label={t("classification")}>
        <p>{explainFactWith(tv, ui, verdict, verdict.period)}</p>
        {growing && (
          <div className="period small muted">
            <p>{explainPeriod(tv, ui, verdict.period)}</p>
            {can(user.role, "tag") && <TallyForm factId={fact.id} tally={fact.tally} eventEnd={fact.eventEnd} />}
          </div>
        )}
        <FactPicture
          kind={fact.kind}
          conflicts={verdict.pairs
            .filter((p) => p.relation === "conflict" && p.reason.type === "disjoint")
            .map((p) => [p.a.id, p.b.id] as [string, string])}
          claims={fact.claims.map((c) => {
            const cc = comparable.get(c.id);
            return {
              id: c.id,
              outlet: c.outlet,
              figure: c.figure,
              value: c.value,
              refDay: cc?.refDay ?? toEpochDay(c.publishedAt),
              at: cc?.at ?? null,
              final: cc?.final ?? false,
              publishedAt: toEpochDay(c.publishedAt),
              asOfText: growing ? asOfText(c) : "—",
              language: c.language,
            };
          })}
        />
      </section>

      <h2 className="section-title">{t("sideBySide")}</h2>
      <div className="columns">
        {byArticle(fact.claims).map((group) => {
          const first = group[0] as FactClaim;
          return (
            <section key={first.articleId} className="card column" aria-label={first.outlet}>
              <h3>{first.outlet}</h3>
              <p className="small muted">
                {formatDay(first.publishedAt)} ·{" "}
                <Link href={`/articles/${first.articleId}`} lang={first.language}>
                  {first.articleTitle}
                </Link>
              </p>
              {group.map((c) => (
                <div key={c.id} className="fact-claim">
                  <Quote claim={c} />
                  <p className="value-line">
                    <span className="figure" lang={c.language}>
                      {c.figure}
                    </span>{" "}
                    → {describeValue(c.value, ui)}
                    {tolerance(c.value) > 0 && (
                      <span className="small muted">
                        {" "}
                        {tv("rounded", {
                          tolerance:
                            c.value.unit === "day"
                              ? tv("tolerance.day", { n: tolerance(c.value) })
                              : tv("tolerance.plain", { n: tolerance(c.value) }),
                        })}
                      </span>
                    )}
                  </p>
                  {growing &&
                    (can(user.role, "tag") ? (
                      <AsOfForm claim={c} factId={fact.id} shown={asOfText(c)} />
                    ) : (
                      <p className="small muted">{asOfText(c)}</p>
                    ))}
                  <p className="small muted">
                    {c.attributedTo && <>{t("attributedTo", { who: c.attributedTo })} </>}
                    {!growing && c.asOf && <>{t("asOfDay", { day: formatDay(c.asOf) })} </>}
                    <Link href={`/articles/${c.articleId}?claim=${c.id}`}>{t("showInArticle")}</Link>
                  </p>
                  <NotesThread
                    notes={c.notes}
                    target={{ claimId: c.id }}
                    canAnnotate={can(user.role, "annotate")}
                    canDelete={can(user.role, "delete")}
                    label={t("claimNotes", { outlet: c.outlet })}
                    compact
                  />
                </div>
              ))}
            </section>
          );
        })}
      </div>
      {fact.claims.length === 0 && <p className="notice">{t("noClaims")}</p>}

      {verdict.pairs.length > 0 && (
        <>
          <h2 className="section-title">{t("claimByClaim")}</h2>
          <table className="list pairs">
            <tbody>
              {verdict.pairs.map((p) => (
                <tr key={`${p.a.id}-${p.b.id}`}>
                  <td>
                    <span className={`verdict ${p.relation}`}>{tv(`relation.${p.relation}`)}</span>
                  </td>
                  <td>{explainPairWith(tv, ui, p, verdict.period)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <Wording pairs={verdict.pairs} claims={fact.claims} />

      <div className="columns section-title">
        <section className="card" aria-label={t("statusTitle")}>
          <h2>{t("statusTitle")}</h2>
          <FactStatusForm fact={fact} canResolve={can(user.role, "resolve")} />
          <History type="fact" id={fact.id} />
        </section>
        <section className="card" aria-label={t("factNotes")}>
          <h2>{t("factNotes")}</h2>
          <NotesThread
            notes={fact.notes}
            target={{ factId: fact.id }}
            canAnnotate={can(user.role, "annotate")}
            canDelete={can(user.role, "delete")}
          />
        </section>
      </div>
    </>
  );
}
