import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getFormats } from "@/lib/i18n/formats";
import { listWaitingProposals, type ProposalEffect, type ProposalView } from "@/lib/matching/list-proposals";
import { InboxList, type InboxGroup, type InboxItem } from "./inbox-list";
import "./inbox.css";

export const dynamic = "force-dynamic";

/** Reasons whose detail is a number the message puts in the plural. */
const NUMERIC_REASONS: ReadonlySet<string> = new Set(["nearInTime", "datesClose", "sharedEntities"]);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox");
  return { title: t("title") };
}

export default async function InboxPage() {
  const [user, groups, t, f] = await Promise.all([
    requirePageUser(),
    listWaitingProposals(),
    getTranslations("inbox"),
    getFormats(),
  ]);
  const editable = can(user.role, "tag");
  // A figure's digit groups stay on one line ("6 500", not "6" then "500").
  const keep = (figure: string) => figure.replace(/(\d) (?=\d)/g, "$1\u00a0");
  const effect = (e: ProposalEffect): string => {
    switch (e.type) {
      case "newFact":
        return t("effect.newFact");
      case "first":
        return t("effect.first");
      default:
        if (e.own) {
          return t(`effect.${e.type}Others`, {
            relation: t(`relation.${e.relation}`),
            figure: keep(e.figure),
            other: keep(e.other),
            proposed: keep(e.own.figure),
            own: e.own.relation,
            ownOther: keep(e.own.other),
          });
        }
        return t(`effect.${e.type}`, {
          relation: t(`relation.${e.relation}`),
          figure: keep(e.figure),
          other: keep(e.other),
        });
    }
  };
  const item = (p: ProposalView, factLabel: string): InboxItem => ({
    id: p.id,
    figure: p.figure,
    before: p.before,
    after: p.after,
    language: p.language,
    articleHref: `/articles/${p.articleId}`,
    articleTitle: p.articleTitle,
    source: t("source", { outlet: p.outlet, date: f.day(p.publishedAt) }),
    effect: effect(p.effect),
    conflict: p.effect.type === "change" && p.effect.relation === "conflict",
    score: t("score", { score: p.score }),
    reasons: p.reasons.map((r) =>
      t(`reason.${r.code}`, { detail: NUMERIC_REASONS.has(r.code) ? Number(r.detail ?? 0) : (r.detail ?? "") }),
    ),
    acceptLabel: t("acceptLabel", { figure: p.figure, fact: factLabel }),
    rejectLabel: t("rejectLabel", { figure: p.figure, fact: factLabel }),
  });
  const inboxGroups: InboxGroup[] = groups.map((g) =>
    g.type === "fact"
      ? {
          key: g.key,
          title: g.label,
          href: `/facts/${g.factId}`,
          note: t("factVerdict", { relation: t(`relation.${g.relation}`) }),
          items: g.proposals.map((p) => item(p, g.label)),
        }
      : {
          key: g.key,
          title: t("newFact", { count: g.proposals.length }),
          href: null,
          note: t("newFactHelp"),
          items: g.proposals.map((p) => item(p, t("newFact", { count: g.proposals.length }))),
        },
  );
  const total = groups.reduce((n, g) => n + g.proposals.length, 0);
  return (
    <div className="inbox">
      <div className="page-head">
        <h1>{t("title")}</h1>
        <span className="muted small">{t("count", { count: total })}</span>
      </div>
      <p className="muted">{t("intro")}</p>
      {editable ? <p className="small muted">{t("keys")}</p> : <p className="notice">{t("viewerNote")}</p>}
      {/* The list stays when it empties, so that the last decision's message is still said. */}
      <InboxList groups={inboxGroups} editable={editable} empty={t("empty")} />
    </div>
  );
}
