import { db } from "@/lib/db/client";
import { diffTexts, type VersionDiff } from "./diff-versions";

// What the versions page shows: every text the article has had, the
// differences between any two, and where each claim stands now.

export type VersionSummary = {
  version: number;
  origin: "import" | "refetch" | "text";
  createdAt: Date;
  createdBy: string | null;
  url: string | null;
  archiveId: string | null;
  current: boolean;
};

export type ClaimAnchoring = {
  id: string;
  figure: string;
  figureBefore: string | null;
  quoteExact: string;
  anchorStatus: "anchored" | "reanchored" | "orphan";
  anchorScore: number | null;
  anchorVersion: number | null;
  factId: string | null;
  factLabel: string | null;
};

export type VersionsPage = {
  article: { id: string; title: string; outlet: string };
  versions: VersionSummary[];
  from: number;
  to: number;
  diff: VersionDiff;
  claims: ClaimAnchoring[];
};

export async function getVersionsPage(
  articleId: string,
  choice: { from?: number; to?: number; page?: number },
): Promise<VersionsPage | null> {
  const article = await db().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: {
      id: true,
      title: true,
      text: true,
      url: true,
      createdAt: true,
      outlet: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (!article) return null;
  const rows = await db().articleVersion.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    select: {
      version: true,
      origin: true,
      createdAt: true,
      url: true,
      archiveId: true,
      createdBy: { select: { name: true } },
    },
  });
  const versions: VersionSummary[] =
    rows.length > 0
      ? rows.map((r, i) => ({
          version: r.version,
          origin: r.origin as VersionSummary["origin"],
          createdAt: r.createdAt,
          createdBy: r.createdBy?.name ?? null,
          url: r.url,
          archiveId: r.archiveId,
          current: i === 0,
        }))
      : [
          {
            version: 1,
            origin: "import",
            createdAt: article.createdAt,
            createdBy: article.createdBy?.name ?? null,
            url: article.url,
            archiveId: null,
            current: true,
          },
        ];
  const latest = versions[0]!.version;
  const clamp = (v: number | undefined, fallback: number) =>
    v !== undefined && versions.some((x) => x.version === v) ? v : fallback;
  const to = clamp(choice.to, latest);
  const from = clamp(choice.from, Math.max(1, to - 1));
  const texts = await db().articleVersion.findMany({
    where: { articleId, version: { in: [from, to] } },
    select: { version: true, text: true },
  });
  const textOf = (v: number) => texts.find((t) => t.version === v)?.text ?? article.text;

  const claims = await db().claim.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ anchorStatus: "asc" }, { quoteStart: "asc" }],
    select: {
      id: true,
      figure: true,
      figureBefore: true,
      quoteExact: true,
      anchorStatus: true,
      anchorScore: true,
      anchorVersion: true,
      fact: { select: { id: true, label: true, deletedAt: true } },
    },
  });
  return {
    article: { id: article.id, title: article.title, outlet: article.outlet.name },
    versions,
    from,
    to,
    diff: diffTexts(textOf(from), textOf(to), { page: choice.page }),
    claims: claims.map((c) => ({
      id: c.id,
      figure: c.figure,
      figureBefore: c.figureBefore,
      quoteExact: c.quoteExact,
      anchorStatus: c.anchorStatus as ClaimAnchoring["anchorStatus"],
      anchorScore: c.anchorScore,
      anchorVersion: c.anchorVersion,
      factId: c.fact && !c.fact.deletedAt ? c.fact.id : null,
      factLabel: c.fact && !c.fact.deletedAt ? c.fact.label : null,
    })),
  };
}
