import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createFact } from "@/lib/facts/create-fact";
import { deleteItem } from "@/lib/bin/delete-item";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { findFactChoices } from "./find-fact-choices";

setUpTestDatabase();
let editorId: string;
const tag = randomUUID().slice(0, 6);

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Pia Picker", email: "pia@picker.test", role: "editor" } })).id;
});

describe("findFactChoices (the fact picker)", () => {
  it("matches every word typed, accents, case and plurals aside, parts of words too", async () => {
    const refugees = await createFact({ label: `Réfugiés arrivés en Arménie ${tag}`, kind: "count" }, editorId);
    const dead = await createFact({ label: `Morts de la guerre de 2020 ${tag}`, kind: "count" }, editorId);
    const ids = async (q: string, kind?: "count" | "date") => (await findFactChoices(q, { kind })).map((f) => f.id);
    expect(await ids(`refugies ARMENIE ${tag}`)).toEqual([refugees.id]);
    expect(await ids(`réfugié ${tag}`)).toEqual([refugees.id]);
    expect(await ids(`arm ${tag}`)).toEqual([refugees.id]);
    expect(await ids(`mort guerre ${tag}`)).toEqual([dead.id]);
    expect(await ids(`refugies guerre ${tag}`)).toEqual([]);
    expect(await ids(`refugies ${tag}`, "date")).toEqual([]);
    expect(await ids("")).toEqual([]);
    expect(await ids("%_\\")).toEqual([]);
  });

  it("puts labels that start with the text first, offers dates to date ranges, and leaves deleted facts out", async () => {
    const inside = await createFact({ label: `Bilan du sommet de Sotchi ${tag}`, kind: "date" }, editorId);
    const starts = await createFact({ label: `Sommet de Sotchi ${tag} : la date`, kind: "date_range" }, editorId);
    const gone = await createFact({ label: `Sommet de Sotchi ${tag} annulé`, kind: "date" }, editorId);
    await deleteItem({ type: "fact", id: gone.id }, editorId);
    const found = await findFactChoices(`sommet sotchi ${tag}`, { kind: "date" });
    expect(found.map((f) => f.id)).toEqual([starts.id, inside.id]);
    expect(found[0]).toMatchObject({ kind: "date_range", status: "open", claims: 0 });
  });

  it("answers at most the limit", async () => {
    for (let i = 0; i < 5; i++) await createFact({ label: `Limite ${tag} ${i}`, kind: "count" }, editorId);
    expect(await findFactChoices(`limite ${tag}`, { limit: 3 })).toHaveLength(3);
  });
});
