import { beforeAll, describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { createFact } from "@/lib/facts/create-fact";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { decideProposal } from "./decide";
import { matchArticle } from "./match-article";

setUpTestDatabase();
let editorId: string;

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Mia Match", email: "mia@match.test", role: "editor" } })).id;
});

type Row = { id: string; figure: string; factId: string | null; newFactKey: string | null; status: string };
const proposalsOf = (articleId: string) =>
  sql()<Row[]>`SELECT id, figure, fact_id AS "factId", new_fact_key AS "newFactKey", status
    FROM claim_proposals WHERE article_id = ${articleId}::uuid ORDER BY span_start`;

describe("matchArticle", () => {
  it("proposes an English toll for a French fact, once, and never again once rejected", async () => {
    const fact = await createFact({ label: "Morts de la guerre de 2020 au Haut-Karabakh", kind: "count" }, editorId);
    const source = await createTestArticle(editorId, {
      publishedAt: "2020-11-10",
      text: "Le conflit de 2020 au Haut-Karabakh a pris fin après la mort de 6 500 personnes des deux côtés.",
    });
    await tagPassage(editorId, source, "après la mort de 6 500 personnes des deux côtés", {
      figure: "6 500",
      kind: "count",
      lower: "6500",
      upper: "6500",
      counted: "personnes",
      countedKey: "people",
      factId: fact.id,
    });
    const prepared = await createTestArticle(editorId, {
      publishedAt: "2020-11-12",
      title: "Armenia and Azerbaijan sign a truce",
      text: "Yerevan, 12 November. More than 6,000 people were killed in the 2020 war over Nagorno-Karabakh, officials said.",
    });
    await db().article.update({ where: { id: prepared.id }, data: { language: "en" } });

    const first = await matchArticle(prepared.id);
    expect(first.proposed).toBeGreaterThanOrEqual(1);
    const rows = await proposalsOf(prepared.id);
    const toll = rows.find((r) => r.figure === "More than 6,000");
    expect(toll?.factId).toBe(fact.id);
    expect(toll?.status).toBe("waiting");

    // Idempotent: a second run adds nothing.
    expect((await matchArticle(prepared.id)).proposed).toBe(0);
    expect(await proposalsOf(prepared.id)).toHaveLength(rows.length);

    await decideProposal({ proposalId: toll!.id, decision: "reject" }, editorId);
    await matchArticle(prepared.id);
    const after = await proposalsOf(prepared.id);
    expect(after.filter((r) => r.figure === "More than 6,000")).toEqual([{ ...toll, status: "rejected" }]);
    await expect(decideProposal({ proposalId: toll!.id, decision: "accept" }, editorId)).rejects.toThrow(
      "inbox.errors.alreadyDecided",
    );
  });

  it("accepts into an anchored claim of the fact, in one go", async () => {
    const fact = await createFact({ label: "Blessés de la tempête Ondine en 2031", kind: "count" }, editorId);
    const source = await createTestArticle(editorId, {
      publishedAt: "2031-03-02",
      text: "La tempête Ondine a fait 40 blessés en Bretagne en 2031.",
    });
    await tagPassage(editorId, source, "La tempête Ondine a fait 40 blessés en Bretagne en 2031", {
      figure: "40",
      kind: "count",
      lower: "40",
      upper: "40",
      counted: "blessés",
      countedKey: "wounded",
      factId: fact.id,
    });
    const next = await createTestArticle(editorId, {
      publishedAt: "2031-03-03",
      text: "Le bilan de la tempête Ondine s'alourdit : 52 blessés en Bretagne en 2031, selon la préfecture.",
    });
    await matchArticle(next.id);
    const [proposal] = (await proposalsOf(next.id)).filter((r) => r.factId === fact.id);
    expect(proposal?.figure).toBe("52");
    const decided = await decideProposal({ proposalId: proposal!.id, decision: "accept" }, editorId);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: decided.claimId! } });
    expect(claim).toMatchObject({ factId: fact.id, figure: "52", lower: 52, upper: 52, anchorStatus: "anchored" });
    expect(next.text.slice(claim.figureStart, claim.figureEnd)).toBe("52");
    expect((await proposalsOf(next.id)).find((r) => r.id === proposal!.id)?.status).toBe("accepted");
  });

  it("proposes a new fact when two new articles state the same unknown figure", async () => {
    const a = await createTestArticle(editorId, {
      publishedAt: "2032-05-10",
      title: "Incendie à Vireux",
      text: "L'incendie de l'usine de Vireux a fait 7 blessés parmi les ouvriers, selon les pompiers.",
    });
    await matchArticle(a.id);
    expect((await proposalsOf(a.id)).length).toBe(0);
    const b = await createTestArticle(editorId, {
      publishedAt: "2032-05-11",
      title: "Vireux : l'usine incendiée",
      text: "À Vireux, l'incendie de l'usine a fait sept blessés parmi les ouvriers, ont indiqué les pompiers.",
    });
    const outcome = await matchArticle(b.id);
    expect(outcome.newFacts).toBe(1);
    const [pa] = await proposalsOf(a.id);
    const [pb] = await proposalsOf(b.id);
    expect(pa?.factId).toBeNull();
    expect(pa?.newFactKey).toBeTruthy();
    expect(pb?.newFactKey).toBe(pa?.newFactKey);

    const accepted = await decideProposal({ proposalId: pa!.id, decision: "accept" }, editorId);
    expect(accepted.factId).toBeTruthy();
    expect((await proposalsOf(b.id))[0]?.factId).toBe(accepted.factId);
  });

  it("proposes a new fact across languages: a French and an English article state the same unknown figure", async () => {
    const fr = await createTestArticle(editorId, {
      publishedAt: "2036-06-10",
      title: "Accident de car à Montbrel",
      text: "L'accident d'un car scolaire à Montbrel a fait 9 blessés légers, selon les secours.",
    });
    await matchArticle(fr.id);
    const en = await createTestArticle(editorId, {
      publishedAt: "2036-06-11",
      title: "School coach crash in Montbrel",
      text: "The crash of a school coach in Montbrel left nine people lightly injured, rescuers said.",
    });
    await db().article.update({ where: { id: en.id }, data: { language: "en" } });
    expect((await matchArticle(en.id)).newFacts).toBe(1);
    const [pf] = await proposalsOf(fr.id);
    const [pe] = await proposalsOf(en.id);
    expect(pf?.figure).toBe("9");
    expect(pe?.figure).toBe("nine");
    expect(pe?.newFactKey).toBe(pf?.newFactKey);
  });

  it("reads the figures its import read, and leaves out one an editor dismissed", async () => {
    const fact = await createFact({ label: "Évacués de la crue de la Vézère en 2034", kind: "count" }, editorId);
    const source = await createTestArticle(editorId, {
      publishedAt: "2034-01-05",
      text: "La crue de la Vézère a contraint 300 habitants à évacuer leur maison en 2034.",
    });
    await tagPassage(editorId, source, "La crue de la Vézère a contraint 300 habitants à évacuer leur maison en 2034", {
      figure: "300",
      kind: "count",
      lower: "300",
      upper: "300",
      counted: "habitants",
      countedKey: "people",
      factId: fact.id,
    });
    const text = "La crue de la Vézère a forcé 320 habitants à évacuer en 2034, selon la préfecture.";
    const kept = await createTestArticle(editorId, { publishedAt: "2034-01-06", text });
    await matchArticle(kept.id);
    expect((await proposalsOf(kept.id)).map((r) => [r.figure, r.factId])).toEqual([["320", fact.id]]);

    const dismissed = await createTestArticle(editorId, {
      publishedAt: "2034-01-06",
      text: text.replace("selon la préfecture", "a indiqué la préfecture"),
    });
    await sql()`UPDATE suggestions SET status = 'dismissed' WHERE article_id = ${dismissed.id}::uuid AND figure = '320'`;
    await matchArticle(dismissed.id);
    expect(await proposalsOf(dismissed.id)).toEqual([]);
  });
  it("withdraws a waiting proposal once its figure becomes a claim, and never proposes a claimed figure", async () => {
    const fact = await createFact({ label: "Sinistrés de la grêle de Lunel en 2037", kind: "count" }, editorId);
    const other = await createFact({ label: "Foyers privés de courant à Lunel en 2037", kind: "count" }, editorId);
    const source = await createTestArticle(editorId, {
      publishedAt: "2037-07-02",
      text: "La grêle de Lunel a fait 80 sinistrés en 2037, selon la mairie.",
    });
    await tagPassage(editorId, source, "La grêle de Lunel a fait 80 sinistrés en 2037", {
      figure: "80",
      kind: "count",
      lower: "80",
      upper: "80",
      counted: "sinistrés",
      countedKey: "people",
      factId: fact.id,
    });
    const next = await createTestArticle(editorId, {
      publishedAt: "2037-07-03",
      text: "Le bilan de la grêle de Lunel monte à 95 sinistrés en 2037, selon la mairie.",
    });
    await matchArticle(next.id);
    expect((await proposalsOf(next.id)).map((r) => [r.figure, r.factId, r.status])).toEqual([
      ["95", fact.id, "waiting"],
    ]);

    // An editor tags that same figure by hand, into another fact: the proposal is withdrawn.
    await tagPassage(editorId, next, "Le bilan de la grêle de Lunel monte à 95 sinistrés en 2037", {
      figure: "95",
      kind: "count",
      lower: "95",
      upper: "95",
      counted: "sinistrés",
      countedKey: "people",
      factId: other.id,
    });
    expect(await proposalsOf(next.id)).toEqual([]);
    // Matching again proposes nothing for the claimed figure.
    expect((await matchArticle(next.id)).proposed).toBe(0);
    expect(await proposalsOf(next.id)).toEqual([]);
  });

  it("points the rest of a new-fact group at the fact its figure was tagged into", async () => {
    const a = await createTestArticle(editorId, {
      publishedAt: "2038-09-10",
      title: "Naufrage au large de Brissac",
      text: "Le naufrage du ferry Albatros au large de Brissac a fait 14 morts, selon les garde-côtes.",
    });
    await matchArticle(a.id);
    const b = await createTestArticle(editorId, {
      publishedAt: "2038-09-11",
      title: "Brissac : le ferry Albatros a sombré",
      text: "Au large de Brissac, le naufrage du ferry Albatros a fait quatorze morts, ont indiqué les garde-côtes.",
    });
    expect((await matchArticle(b.id)).newFacts).toBe(1);
    const fact = await createFact({ label: "Morts du naufrage de l'Albatros en 2038", kind: "count" }, editorId);
    await tagPassage(editorId, a, "Le naufrage du ferry Albatros au large de Brissac a fait 14 morts", {
      figure: "14",
      kind: "count",
      lower: "14",
      upper: "14",
      counted: "morts",
      countedKey: "deaths",
      factId: fact.id,
    });
    expect(await proposalsOf(a.id)).toEqual([]);
    const [pb] = await proposalsOf(b.id);
    expect([pb?.figure, pb?.factId, pb?.status]).toEqual(["quatorze", fact.id, "waiting"]);
  });
  it("makes a new fact of a figure two articles state alike, rather than give it to a neighbouring fact it fits less", async () => {
    // An article about the refinery's explosion, matched before the fact of the warehouse fire existed.
    const a = await createTestArticle(editorId, {
      publishedAt: "2039-04-08",
      title: "Carvin : explosion à la raffinerie Marlec",
      text: "L'explosion de la raffinerie Marlec à Carvin a fait 1 250 blessés parmi les ouvriers de nuit, selon la préfecture.",
    });
    await matchArticle(a.id);
    const fact = await createFact({ label: "Blessés de l'incendie de l'entrepôt de Carvin", kind: "count" }, editorId);
    const source = await createTestArticle(editorId, {
      publishedAt: "2039-04-01",
      title: "Incendie à Carvin",
      text: "L'incendie de l'entrepôt de Carvin a fait 900 blessés, selon les pompiers.",
    });
    await tagPassage(editorId, source, "L'incendie de l'entrepôt de Carvin a fait 900 blessés", {
      figure: "900",
      kind: "count",
      lower: "900",
      upper: "900",
      counted: "blessés",
      countedKey: "wounded",
      factId: fact.id,
    });
    // The same figure in another article fits the warehouse fire's fact (same town, counted thing, days)…
    const b = await createTestArticle(editorId, {
      publishedAt: "2039-04-09",
      title: "Explosion de la raffinerie Marlec à Carvin",
      text: "À Carvin, l'explosion de la raffinerie Marlec a fait 1 250 blessés parmi les ouvriers de nuit, a indiqué la préfecture.",
    });
    // …but the first article's figure fits it far better: one new fact, not the neighbour.
    expect(await matchArticle(b.id)).toMatchObject({ proposed: 0, newFacts: 1 });
    const [pa] = await proposalsOf(a.id);
    const [pb] = await proposalsOf(b.id);
    expect([pb?.figure, pb?.factId]).toEqual(["1 250", null]);
    expect(pb?.newFactKey).toBeTruthy();
    expect(pa?.newFactKey).toBe(pb?.newFactKey);

    // With no such figure elsewhere, the figure goes to the fact.
    const c = await createTestArticle(editorId, {
      publishedAt: "2039-04-10",
      title: "Carvin : le bilan de l'incendie",
      text: "L'incendie de l'entrepôt de Carvin a finalement fait 1 000 blessés, selon les pompiers.",
    });
    await matchArticle(c.id);
    expect((await proposalsOf(c.id)).map((r) => [r.figure, r.factId])).toEqual([["1 000", fact.id]]);
  });

  it("groups three articles in two languages into one new fact, their counted nouns met through the glossary", async () => {
    const a = await createTestArticle(editorId, {
      publishedAt: "2041-08-02",
      title: "Incendie de forêt près d'Ardelle",
      text: "Près d'Ardelle, quelque 350 pompiers luttaient contre l'incendie de forêt, selon la préfecture.",
    });
    await matchArticle(a.id);
    const b = await createTestArticle(editorId, {
      publishedAt: "2041-08-03",
      title: "Wildfire near Ardelle",
      text: "Some 350 firefighters were battling the forest fire near Ardelle, the prefecture said.",
    });
    await db().article.update({ where: { id: b.id }, data: { language: "en" } });
    expect((await matchArticle(b.id)).newFacts).toBe(1);
    const c = await createTestArticle(editorId, {
      publishedAt: "2041-08-03",
      title: "Ardelle : le feu toujours actif",
      text: "À Ardelle, 350 sapeurs-pompiers combattaient encore l'incendie de forêt, a indiqué la préfecture.",
    });
    expect((await matchArticle(c.id)).newFacts).toBe(1);
    const keys = [...(await proposalsOf(a.id)), ...(await proposalsOf(b.id)), ...(await proposalsOf(c.id))].map((r) => [
      r.figure,
      r.factId,
      r.newFactKey,
    ]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys.map((k) => k[2])).size).toBe(1);
    expect(keys.every((k) => k[1] === null && k[2] !== null)).toBe(true);
  });

  it("makes no new fact of two counts of different things, nor of a rate", async () => {
    const a = await createTestArticle(editorId, {
      publishedAt: "2042-03-05",
      title: "Grève des contrôleurs aériens à Tarbelle",
      text: "À Tarbelle, 22 avions sont restés au sol jeudi et les grévistes réclament la semaine de 32 heures.",
    });
    await matchArticle(a.id);
    const b = await createTestArticle(editorId, {
      publishedAt: "2042-03-06",
      title: "Tarbelle : la grève s'étend",
      text: "À Tarbelle, la grève touche 22 départements jeudi et les grévistes réclament la semaine de 32 heures.",
    });
    expect((await matchArticle(b.id)).newFacts).toBe(0);
    expect(await proposalsOf(a.id)).toEqual([]);
    expect(await proposalsOf(b.id)).toEqual([]);
  });

  it("puts every article that states the figure into the one new fact, not only the best pair", async () => {
    // Two articles matched before either could see the other (as when they are imported together).
    const a = await createTestArticle(editorId, {
      publishedAt: "2043-05-14",
      title: "Éboulement à Vallorge",
      text: "L'éboulement de Vallorge a bloqué 230 randonneurs au refuge du col, selon la gendarmerie.",
    });
    const b = await createTestArticle(editorId, {
      publishedAt: "2043-05-14",
      title: "Vallorge : les randonneurs bloqués",
      text: "À Vallorge, l'éboulement a bloqué 230 randonneurs au refuge du col, a indiqué la gendarmerie.",
    });
    const c = await createTestArticle(editorId, {
      publishedAt: "2043-05-15",
      title: "Vallorge : évacuation des randonneurs",
      text: "Les 230 randonneurs bloqués par l'éboulement de Vallorge au refuge du col seront évacués, selon la gendarmerie.",
    });
    expect((await matchArticle(c.id)).newFacts).toBe(1);
    const rows = [...(await proposalsOf(a.id)), ...(await proposalsOf(b.id)), ...(await proposalsOf(c.id))];
    expect(rows.map((r) => r.figure)).toEqual(["230", "230", "230"]);
    expect(new Set(rows.map((r) => r.newFactKey)).size).toBe(1);
  });

  it("makes a new fact of a past event two articles date, a year in one and its month in the other", async () => {
    const en = await createTestArticle(editorId, {
      publishedAt: "2044-10-12",
      title: "Floods hit Corvelle again",
      text: "Heavy rain flooded the lower town of Corvelle on Tuesday. In 2019, similar floods ravaged Corvelle.",
    });
    await db().article.update({ where: { id: en.id }, data: { language: "en" } });
    await matchArticle(en.id);
    const fr = await createTestArticle(editorId, {
      publishedAt: "2044-10-13",
      title: "Corvelle de nouveau sous les eaux",
      text: "La ville basse de Corvelle a été inondée mardi, comme lors des crues de mars 2019 qui avaient ravagé Corvelle.",
    });
    expect((await matchArticle(fr.id)).newFacts).toBe(1);
    const [pe] = (await proposalsOf(en.id)).filter((r) => r.newFactKey);
    const [pf] = (await proposalsOf(fr.id)).filter((r) => r.newFactKey);
    expect(pe?.figure).toBe("2019");
    expect(pf?.figure).toBe("mars 2019");
    expect(pe?.newFactKey).toBe(pf?.newFactKey);
  });

  it("pairs a French « dont un enfant » with an English 'including one child' into one new fact", async () => {
    const fr = await createTestArticle(editorId, {
      publishedAt: "2045-02-03",
      title: "Incendie d'un immeuble à Ravelin",
      text: "L'incendie d'un immeuble de Ravelin a fait quatre blessés, dont un enfant, selon les pompiers.",
    });
    await matchArticle(fr.id);
    const en = await createTestArticle(editorId, {
      publishedAt: "2045-02-03",
      title: "Ravelin block fire",
      text: "The fire in a Ravelin apartment block injured four people, including one child, firefighters said.",
    });
    await db().article.update({ where: { id: en.id }, data: { language: "en" } });
    await matchArticle(en.id);
    const pf = await proposalsOf(fr.id);
    const pe = await proposalsOf(en.id);
    const one = pf.find((r) => r.figure === "un");
    expect(one?.newFactKey).toBeTruthy();
    expect(pe.find((r) => r.figure === "one")?.newFactKey).toBe(one?.newFactKey);
  });
});
