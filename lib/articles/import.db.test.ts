import { beforeAll, describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { writeAs } from "@/lib/db/write";
import { AppError } from "@/lib/errors/app-error";
import { loadSeeds } from "@/lib/seeds/load-seeds";
import { acceptSuggestion, dismissSuggestion } from "@/lib/suggestions/accept-suggestion";
import { suggestFigures } from "@/lib/suggestions/suggest-figures";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { importArticle } from "./import-article";
import { listArticles } from "./list-articles";
import { importArticleSchema } from "./schema";
import { refusal, said } from "@/lib/testing/refusal";

setUpTestDatabase();

let editorId: string;

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Iris Import", email: "iris@import.test", role: "editor" } })).id;
});

/** What the import form posts, as the schema reads it. */
function form(fields: {
  outlet?: string;
  title?: string;
  text?: string;
  file?: File;
  format?: string;
  publishedAt?: string;
  language?: string;
}) {
  return importArticleSchema.parse({ outlet: "Import Daily", publishedAt: "2020-11-12", language: "fr", ...fields });
}

async function counts() {
  const [row] = await sql()<
    { articles: number; outlets: number; suggestions: number; revisions: number; claims: number }[]
  >`
    SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM outlets) AS outlets,
      (SELECT count(*)::int FROM suggestions) AS suggestions, (SELECT count(*)::int FROM revisions) AS revisions,
      (SELECT count(*)::int FROM claims) AS claims`;
  return row;
}

/**
 * Makes two imports truly simultaneous: another transaction inserts the outlet
 * and stays uncommitted until both imports wait on a lock (the outlet's row, or
 * whatever an import takes before it), then rolls back and lets them go on
 * together. Without it, one import may well finish before the other starts.
 */
async function whileOutletHeld<T>(outlet: string, run: () => Promise<T>): Promise<T> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = () => undefined as void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  const rollback = new Error("rollback");
  const blocker = sql()
    .begin(async (tx) => {
      await tx`INSERT INTO outlets (name) VALUES (${outlet})`;
      held();
      await released;
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  await holding;
  const running = run();
  try {
    for (let waited = 0; ; waited += 20) {
      const [row] = await sql()<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if ((row?.n ?? 0) >= 2) break;
      if (waited > 10_000) throw new Error("the two imports never met");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    release();
    await blocker;
  }
  return running;
}

const STORY = [
  "Bilan de la guerre",
  "",
  "Partager cet article",
  "Par  Jeanne Reporter",
  "PUBLICITÉ",
  "",
  "Selon l'agence, Plus de 6 700 personnes sont mortes dans les combats.\u200b  La guerre a éclaté le 27 septembre 2020 et a duré six semaines.",
  "",
  "",
  "",
  "Les négociations ont repris à Moscou sous l'égide de la Russie, qui a déployé des soldats de la paix.",
  "",
  "Tous droits réservés © 2020 Import Daily, 1201 Connecticut Ave",
  "Ce site utilise des cookies.",
].join("\r\n");

describe("importing an article", () => {
  it("stores the raw text as sent and the story text normalised, without the page furniture", async () => {
    const { id } = await importArticle(form({ title: "Bilan de la guerre", text: STORY }), editorId);
    const row = await db().article.findUniqueOrThrow({ where: { id }, include: { outlet: true } });
    expect(row.rawText).toBe(STORY);
    expect(row.text).toBe(
      "Selon l'agence, Plus de 6 700 personnes sont mortes dans les combats. La guerre a éclaté le 27 septembre 2020 et a duré six semaines.\n\n" +
        "Les négociations ont repris à Moscou sous l'égide de la Russie, qui a déployé des soldats de la paix.",
    );
    expect(row).toMatchObject({
      title: "Bilan de la guerre",
      sourceFormat: "text",
      language: "fr",
      createdById: editorId,
    });
    expect(row.outlet.name).toBe("Import Daily");
  });

  it("reads the story out of an HTML page, without its navigation, scripts, share buttons, credits and cookie banner", async () => {
    const paragraphs = [
      "Le président russe a reçu lundi 31 octobre, à Sotchi, le Premier ministre arménien puis le président de l'Azerbaïdjan, pour des pourparlers sur le Haut-Karabakh.",
      "En 2020, Moscou avait réussi à obtenir un accord de cessez-le-feu après la mort de 6 500 personnes des deux côtés, au terme de six semaines de combats.",
      "Mais en septembre, une nouvelle flambée des tensions au sujet de la région enclavée en Azerbaïdjan a fait 286 morts, selon les autorités des deux pays.",
    ];
    const html = `<!doctype html><html lang="fr"><head><title>Sommet de Sotchi | Page News</title>
      <meta property="og:title" content="Sommet de Sotchi"><script>window.track = 2007;</script><style>p { color: red }</style></head>
      <body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> 1201 Connecticut Ave</nav>
      <article><h1>Sommet de Sotchi</h1><p>Partager cet article</p>
      ${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
      <figure><img src="x.jpg" onerror="alert(1)"><figcaption>Photo prise le 30 octobre 2022. Copyright 2022 Agence</figcaption></figure>
      </article><aside>À lire aussi : 12 choses à savoir</aside>
      <footer><p>Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez l'utilisation de cookies.</p><p>© 2022 Page News</p></footer>
      </body></html>`;
    const { id } = await importArticle(form({ text: html, format: "html", outlet: "Page News" }), editorId);
    const row = await db().article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Sommet de Sotchi", sourceFormat: "html", rawText: html });
    expect(row.text).toBe(paragraphs.join("\n\n"));
    const figures = (await db().suggestion.findMany({ where: { articleId: id } })).map((s) => s.figure);
    expect(figures).toContain("286");
    for (const furniture of ["2007", "1201", "30 octobre 2022", "12"]) expect(figures).not.toContain(furniture);
  });

  it("offers the figures of the text as pending suggestions with their values", async () => {
    const text =
      "Selon l'agence AP, Plus de 6 700 personnes sont mortes dans les combats. La guerre a éclaté le 27 septembre 2020.";
    const { id } = await importArticle(form({ title: "Suggestions", text, outlet: "Suggest Wire" }), editorId);
    const suggestions = await db().suggestion.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    expect(suggestions.map((s) => [s.figure, s.status])).toEqual([
      ["Plus de 6 700", "pending"],
      ["27 septembre 2020", "pending"],
    ]);
    const [deaths, date] = suggestions;
    expect(deaths).toMatchObject({ start: text.indexOf("Plus de 6 700"), end: text.indexOf("Plus de 6 700") + 13 });
    expect(deaths?.value).toMatchObject({
      kind: "count",
      lower: 6700,
      lowerInclusive: false,
      upper: null,
      counted: "personnes",
      countedKey: "people",
    });
    expect(date?.value).toMatchObject({ kind: "date", lower: 18532, upper: 18532 }); // 2020-09-27
  });

  it("refuses the same story twice, naming the article already there", async () => {
    const text =
      "Le 9 octobre, à Moscou, une trêve humanitaire a été conclue entre les deux pays après dix heures de discussions.";
    await importArticle(form({ title: "La trêve", text, outlet: "Twice Times" }), editorId);
    const before = await counts();
    // Another title, outlet and layout: the same story text all the same.
    const error = await refusal(
      importArticle(
        form({ title: "La trêve (bis)", text: `\n  ${text.replace(/ /g, "  ")}\r\n`, outlet: "Other Outlet" }),
        editorId,
      ),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("errors.article.duplicate");
    expect(error.values).toEqual({ title: "La trêve", outlet: "Twice Times", date: "2020-11-12" });
    expect(await counts()).toEqual(before);
  });

  it("refuses the same story imported twice at the same moment", async () => {
    const text =
      "Le 17 octobre, une deuxième trêve humanitaire a été annoncée, puis rompue dans les heures qui ont suivi.";
    const outcomes = await whileOutletHeld("Double Click", () =>
      Promise.allSettled([
        importArticle(form({ title: "Deuxième trêve", text, outlet: "Double Click" }), editorId),
        importArticle(form({ title: "Deuxième trêve", text, outlet: "Double Click" }), editorId),
      ]),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(AppError);
    expect((rejected?.reason as AppError).code).toBe("CONFLICT");
    expect(await db().article.count({ where: { title: "Deuxième trêve" } })).toBe(1);
  });

  it("refuses one byte over 2 MB of text (UTF-8 bytes), writing nothing, and takes exactly 2 MB", async () => {
    const limit = 2 * 1024 * 1024;
    const sentence = "Les combats ont repris dans la région du Haut-Karabakh. ";
    const body = sentence.repeat(Math.floor((limit - 1) / Buffer.byteLength(sentence)));
    const exact = `${body}${"x".repeat(limit - Buffer.byteLength(body))}`;
    expect(Buffer.byteLength(exact)).toBe(limit);
    expect(exact.length).toBeLessThan(limit); // "é" is two bytes

    const before = await counts();
    const tooBig = `${exact}y`;
    const error = await refusal(importArticle(form({ title: "Trop long", text: tooBig }), editorId));
    expect(error.code).toBe("TOO_LARGE");
    expect(said(error)).toBe(
      "The article's text is 2.0 MB (2,097,153 bytes); an article may hold up to 2.0 MB (2,097,152 bytes) of text. Split it, or import only the story.",
    );
    const file = new File([tooBig], "long.txt", { type: "text/plain" });
    expect((await refusal(importArticle(form({ title: "Trop long", file }), editorId))).code).toBe("TOO_LARGE");
    expect(await counts()).toEqual(before);

    const { id } = await importArticle(form({ title: "Juste 2 Mo", text: exact }), editorId);
    const [stored] = await sql()<
      { bytes: number }[]
    >`SELECT octet_length(text)::int AS bytes FROM articles WHERE id = ${id}::uuid`;
    expect(stored?.bytes).toBe(limit);
  });

  it("refuses binary and non-UTF-8 files, NUL characters and lone surrogates, and writes nothing", async () => {
    const before = await counts();
    const binary = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
      "photo.txt",
    );
    const latin1 = new File(
      [new Uint8Array([...Buffer.from("Le pr", "latin1"), 0xe9, ...Buffer.from("sident a re", "latin1"), 0xe7, 0x75])],
      "latin1.txt",
    );
    const cases: [ReturnType<typeof form>, RegExp][] = [
      [form({ title: "Binaire", file: binary }), /^errors\.upload\.binary$/],
      [form({ title: "Latin-1", file: latin1 }), /^errors\.upload\.notUtf8$/],
      [form({ title: "NUL", text: "Le président a reçu\u0000 les dirigeants." }), /^errors\.upload\.unstorable$/],
      [
        form({ title: "Surrogate", text: "Le président a reçu \ud83d les dirigeants." }),
        /^errors\.upload\.unstorable$/,
      ],
    ];
    for (const [input, message] of cases) {
      const error = await refusal(importArticle(input, editorId));
      expect(error.code, input.title).toBe("INVALID_INPUT");
      expect(error.message).toMatch(message);
    }
    // The same characters in the title or the outlet's name: a field message,
    // not a database error nor a silent U+FFFD.
    const text = "Le président a reçu les dirigeants arménien et azerbaïdjanais.";
    for (const [field, value] of [
      ["title", "Sommet\u0000"],
      ["title", "Sommet \ud800"],
      ["outlet", "Out\u0000let"],
      ["outlet", "Outlet \udc00"],
    ] as const) {
      const parsed = importArticleSchema.safeParse({
        outlet: "Import Daily",
        title: "Sommet",
        publishedAt: "2020-11-12",
        language: "fr",
        text,
        [field]: value,
      });
      expect(
        parsed.error?.issues.map((i) => [i.path.join("."), i.message]),
        `${field} ${JSON.stringify(value)}`,
      ).toEqual([[field, "errors.text.unstorable"]]);
    }
    expect(await counts()).toEqual(before);
  });

  it("takes an outlet typed with another case or spacing as the same outlet", async () => {
    const a = await importArticle(
      form({
        title: "Premier",
        text: "Le 31 octobre, Pashinian a envoyé une lettre à Poutine.",
        outlet: "Le Courrier du Caucase",
      }),
      editorId,
    );
    const b = await importArticle(
      form({
        title: "Second",
        text: "Le 2 novembre, Aliyev a appelé la Russie à la neutralité.",
        outlet: "  le COURRIER  du caucase ",
      }),
      editorId,
    );
    const rows = await db().article.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { outletId: true, outlet: { select: { name: true } } },
    });
    expect(new Set(rows.map((r) => r.outletId)).size).toBe(1);
    expect(rows[0]?.outlet.name).toBe("Le Courrier du Caucase");
    expect(
      await db().outlet.count({ where: { name: { equals: "le courrier du caucase", mode: "insensitive" } } }),
    ).toBe(1);
  });

  it("takes a new outlet named by two imports at the same moment as one outlet", async () => {
    const [a, b] = await whileOutletHeld("GAZETTE SIMULTANÉE", () =>
      Promise.all([
        importArticle(
          form({
            title: "Simultané A",
            text: "Le 19 août 2024, Poutine est arrivé à Bakou pour une visite d'État.",
            outlet: "Gazette Simultanée",
          }),
          editorId,
        ),
        importArticle(
          form({
            title: "Simultané B",
            text: "Le 20 août 2024, Poutine a quitté Bakou après deux jours d'entretiens.",
            outlet: "gazette simultanée",
          }),
          editorId,
        ),
      ]),
    );
    const rows = await db().article.findMany({ where: { id: { in: [a.id, b.id] } }, select: { outletId: true } });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.outletId)).size).toBe(1);
  });
});

describe("searching articles", () => {
  let ids: { sochi: string; moscou: string; percent: string };

  beforeAll(async () => {
    const sochi = await importArticle(
      form({
        title: "Sommet de Sotchi",
        outlet: "Search Post",
        text: "Vladimir Poutine a reçu Nikol Pachinian puis Ilham Aliev à Sotchi, au bord de la mer Noire.",
      }),
      editorId,
    );
    const moscou = await importArticle(
      form({
        title: "Ministres à Moscou",
        outlet: "Search Post",
        text: "Les ministres des Affaires étrangères ont été reçus à Moscou par Sergueï Lavrov, qui a parlé d'une trêve.",
      }),
      editorId,
    );
    const percent = await importArticle(
      form({
        title: "Sondage : 100 % d'accord_total",
        outlet: "Search Post",
        text: "Un sondage publié mercredi donne un accord presque unanime, selon l'institut qui l'a mené.",
      }),
      editorId,
    );
    ids = { sochi: sochi.id, moscou: moscou.id, percent: percent.id };
  });

  const found = async (q: string) => (await listArticles({ q })).rows.map((r) => r.id);
  const foundHere = async (q: string) => (await found(q)).filter((id) => Object.values(ids).includes(id));

  it("finds articles by words of their text, in any order and case", async () => {
    expect(await foundHere("sotchi")).toEqual([ids.sochi]);
    expect(await foundHere("Aliev Pachinian")).toEqual([ids.sochi]);
    expect(await foundHere("Lavrov trêve")).toEqual([ids.moscou]);
    expect(await foundHere("Lavrov Sotchi")).toEqual([]);
  });

  it("treats wildcards, quotes, SQL and regular expressions as plain text", async () => {
    // No article holds these, whatever they would mean to LIKE, SQL or a regex engine.
    for (const q of ["\\", "'; DROP TABLE articles; --", ".*(a+)+$", '"unbalanced', "Sotchi\u0000", "Sotchi \ud800"]) {
      expect(await found(q), q).toEqual([]);
    }
    // Only one title holds a literal % and _ (parts of titles are matched from three characters).
    expect(await found("100 %")).toEqual([ids.percent]);
    expect(await found("accord_total")).toEqual([ids.percent]);
    // A % typed is a character, not LIKE's wildcard.
    expect(await found("Sondage%accord")).toEqual([]);
    expect(await db().article.count({ where: { id: { in: Object.values(ids) } } })).toBe(3);
  });
});

describe("suggestions", () => {
  it("become a claim anchored at their span with their value when accepted, once", async () => {
    // Emoji before the figure: offsets are code points, not UTF-16 units.
    const text =
      "La guerre 🇦🇲🇦🇿 a éclaté le 27 septembre 2020. Selon l'agence, Plus de 6 700 personnes sont mortes dans les combats.";
    const { id } = await importArticle(form({ title: "Accepter", text, outlet: "Accept Journal" }), editorId);
    const suggestion = await db().suggestion.findFirstOrThrow({ where: { articleId: id, figure: "Plus de 6 700" } });
    const cp = (utf16: number) => [...text.slice(0, utf16)].length;
    expect(suggestion).toMatchObject({ start: cp(text.indexOf("Plus de")), end: cp(text.indexOf("Plus de")) + 13 });
    const claim = await acceptSuggestion(suggestion.id, editorId);
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    const sentence = "Selon l'agence, Plus de 6 700 personnes sont mortes dans les combats.";
    expect(row).toMatchObject({
      articleId: id,
      figure: "Plus de 6 700",
      figureStart: suggestion.start,
      figureEnd: suggestion.end,
      quoteStart: cp(text.indexOf(sentence)),
      quoteEnd: cp(text.indexOf(sentence)) + sentence.length,
      quoteExact: sentence,
      kind: "count",
      lower: 6700,
      lowerInclusive: false,
      upper: null,
      counted: "personnes",
      countedKey: "people",
      createdById: editorId,
    });
    expect(await db().suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({
      status: "accepted",
      claimId: claim.id,
      decidedById: editorId,
    });
    const again = await refusal(acceptSuggestion(suggestion.id, editorId));
    expect(again.code).toBe("CONFLICT");
    expect(said(again)).toBe("This suggestion was already accepted.");
    expect(await db().claim.count({ where: { articleId: id } })).toBe(1);
  });

  it("stay dismissed when the suggestions are made again", async () => {
    const text =
      "Les pourparlers ont eu lieu le 31 octobre 2022 à Sotchi, où 286 morts ont été recensés depuis septembre.";
    const { id } = await importArticle(form({ title: "Écarter", text, outlet: "Dismiss Daily" }), editorId);
    const [first, ...rest] = await db().suggestion.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    expect(first).toBeDefined();
    await dismissSuggestion(first?.id as string, editorId);
    const article = await db().article.findUniqueOrThrow({ where: { id } });
    await writeAs(editorId, (tx) =>
      suggestFigures(tx, { id, text: article.text, language: article.language, publishedAt: "2020-11-12" }),
    );
    const after = await db().suggestion.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    expect(after.map((s) => [s.id, s.status])).toEqual([
      [first?.id, "dismissed"],
      ...rest.map((s) => [s.id, "pending"]),
    ]);
    const dismissed = await refusal(acceptSuggestion(first?.id as string, editorId));
    expect(dismissed.code).toBe("CONFLICT");
    expect(said(dismissed)).toBe("This suggestion was already dismissed.");
  });

  it("of the seed articles stay dismissed when the seeds are loaded again", async () => {
    await loadSeeds(null);
    const seedSuggestions = await db().suggestion.findMany({
      where: { article: { seedKey: { not: null } }, status: "pending" },
      take: 2,
    });
    // The seeds leave few figures untagged (the false ones, "tous deux" and "1 min", are no longer suggested).
    expect(seedSuggestions.length).toBeGreaterThan(0);
    for (const s of seedSuggestions) await dismissSuggestion(s.id, editorId);
    const pending = await db().suggestion.count({ where: { status: "pending" } });
    expect(await loadSeeds(null)).toEqual({ articles: 0, facts: 0, claims: 0, notes: 0 });
    const reloaded = await db().suggestion.findMany({ where: { id: { in: seedSuggestions.map((s) => s.id) } } });
    expect(reloaded.map((s) => s.status)).toEqual(seedSuggestions.map(() => "dismissed"));
    expect(await db().suggestion.count({ where: { status: "pending" } })).toBe(pending);
  });
});
