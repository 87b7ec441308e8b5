import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createFact } from "@/lib/facts/create-fact";
import { updateFactSchema } from "@/lib/facts/schema";
import { updateFact } from "@/lib/facts/update-fact";
import { addNote } from "@/lib/notes/add-note";
import { updateNote } from "@/lib/notes/update-note";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { updateClaim } from "./update-claim";
import { updateClaimSchema } from "./schema";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";

// Two editors load the same item at version n and save at the same moment: one
// save wins, the other is told so with the winner's version, and nothing of the
// loser's is written until they retry on the new version.

setUpTestDatabase();

let ana: string;
let ben: string;

beforeAll(async () => {
  ana = (await db().user.create({ data: { name: "Ana Concurrent", email: "ana@concurrent.test", role: "editor" } })).id;
  ben = (await db().user.create({ data: { name: "Ben Concurrent", email: "ben@concurrent.test", role: "editor" } })).id;
});

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Outcome<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** Runs both saves at once; returns the index of the winner and the loser's error. */
async function race<T>(saves: [Promise<T>, Promise<T>]): Promise<{ winner: 0 | 1; value: T; error: AppError }> {
  const outcomes = await Promise.all(saves.map(settle));
  const won = outcomes.flatMap((o, i) => (o.ok ? [i] : []));
  expect(won).toHaveLength(1);
  const winner = won[0] as 0 | 1;
  const lost = outcomes[1 - winner] as Outcome<T>;
  const winning = outcomes[winner] as Outcome<T>;
  if (lost.ok || !winning.ok) throw new Error("unreachable");
  expect(lost.error).toBeInstanceOf(AppError);
  return { winner, value: winning.value, error: lost.error as AppError };
}

async function claimToEdit() {
  const article = await createTestArticle(ana, {
    text: "Selon l'agence, plus de 6 700 personnes sont mortes dans les combats de l'automne 2020 au Haut-Karabakh.",
    outlet: "Concurrent Wire",
    title: "Bilan de la guerre",
    publishedAt: "2020-11-12",
  });
  return tagPassage(ana, article, "plus de 6 700 personnes sont mortes", {
    figure: "plus de 6 700",
    kind: "count",
    lower: "6700",
    lowerInclusive: "false",
    counted: "personnes",
  });
}

describe("two editors saving the same claim at once", () => {
  it("lets exactly one win; the other gets CONFLICT with the winner's values and version, and can retry", async () => {
    const claim = await claimToEdit();
    const loaded = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(loaded.version).toBe(1);
    const edit = (lower: string, attributedTo: string) =>
      updateClaimSchema.parse({
        claimId: claim.id,
        version: String(loaded.version),
        kind: "count",
        lower,
        lowerInclusive: "false",
        counted: "personnes",
        attributedTo,
      });
    const edits = [edit("6750", "Ministère arménien"), edit("6800", "Ministère azerbaïdjanais")] as const;

    const { winner, value, error } = await race([updateClaim(edits[0], ana), updateClaim(edits[1], ben)]);
    expect(value).toEqual({ id: claim.id, version: 2 });
    const won = edits[winner];
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({
      id: claim.id,
      version: 2,
      lower: Number(won.lower),
      attributedTo: won.attributedTo,
    });

    const stored = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ version: 2, lower: Number(won.lower), attributedTo: won.attributedTo });
    const revisions = await db().revision.count({
      where: { entityType: "claim", entityId: claim.id, action: "update" },
    });
    expect(revisions).toBe(1);

    const lost = edits[1 - winner] as (typeof edits)[number];
    const retried = await updateClaim({ ...lost, version: 2 }, winner === 0 ? ben : ana);
    expect(retried).toEqual({ id: claim.id, version: 3 });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      version: 3,
      lower: Number(lost.lower),
      attributedTo: lost.attributedTo,
    });
  });
});

describe("two editors saving the same fact at once", () => {
  it("lets exactly one win; the other gets CONFLICT with the winner's values and version, and can retry", async () => {
    const fact = await createFact({ label: "Morts de la guerre de 2020", kind: "count" }, ana);
    const edit = (label: string, status: string, resolutionNote?: string) =>
      updateFactSchema.parse({ factId: fact.id, version: "1", label, status, resolutionNote });
    const edits = [
      edit("Morts de la guerre de 2020 (bilan final)", "open"),
      edit("Tués en 2020", "resolved", "AP cite le ministère."),
    ] as const;

    const { winner, value, error } = await race([updateFact(edits[0], ana), updateFact(edits[1], ben)]);
    expect(value).toEqual({ version: 2 });
    const won = edits[winner];
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({
      id: fact.id,
      version: 2,
      label: won.label,
      status: won.status,
      resolutionNote: won.resolutionNote,
    });
    expect(await db().fact.findUniqueOrThrow({ where: { id: fact.id } })).toMatchObject({
      version: 2,
      label: won.label,
      status: won.status,
    });

    const lost = edits[1 - winner] as (typeof edits)[number];
    expect(await updateFact({ ...lost, version: 2 }, ana)).toEqual({ version: 3 });
    expect(await db().fact.findUniqueOrThrow({ where: { id: fact.id } })).toMatchObject({
      version: 3,
      label: lost.label,
      status: lost.status,
    });
  });
});

describe("two editors saving the same note at once", () => {
  it("lets exactly one win; the other gets CONFLICT with the winner's text and version, and can retry", async () => {
    const fact = await createFact({ label: "Date de la première trêve", kind: "date" }, ana);
    const note = await addNote({ body: "À vérifier.", factId: fact.id, claimId: null }, ana);
    const bodies = ["RT donne le 9 octobre.", "RFE/RL donne le 10 octobre."] as const;

    const { winner, value, error } = await race([
      updateNote({ noteId: note.id, version: 1, body: bodies[0] }, ana),
      updateNote({ noteId: note.id, version: 1, body: bodies[1] }, ben),
    ]);
    expect(value).toEqual({ version: 2 });
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({ id: note.id, version: 2, body: bodies[winner] });
    expect(await db().note.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({
      version: 2,
      body: bodies[winner],
    });

    expect(await updateNote({ noteId: note.id, version: 2, body: bodies[1 - winner] as string }, ben)).toEqual({
      version: 3,
    });
    expect(await db().note.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({
      version: 3,
      body: bodies[1 - winner],
    });
  });
});
