import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAliasSeeds } from "@/lib/aliases/load-alias-seeds";
import { db } from "@/lib/db/client";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { createFact } from "./create-fact";
import { proposeFacts } from "./propose-facts";

setUpTestDatabase();
let editorId: string;
const tag = randomUUID().slice(0, 6);

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Paul Propose", email: "paul@propose.test", role: "editor" } }))
    .id;
});

describe("proposeFacts", () => {
  it("finds, through its indexed ways in, the fact a new claim belongs to, before unrelated ones", async () => {
    const toll = await createFact({ label: `Soldats tués en septembre 2022 ${tag}`, kind: "count" }, editorId);
    const other = await createFact({ label: `Budget de la défense ${tag}`, kind: "money" }, editorId);
    const far = await createFact({ label: `Habitants de Stepanakert ${tag}`, kind: "count" }, editorId);
    const article = await createTestArticle(editorId, {
      text: `Au moins 286 soldats ont été tués lors des combats de septembre ${tag}. La ville compte 120 000 habitants ${tag}.`,
    });
    await tagPassage(editorId, article, `Au moins 286 soldats ont été tués lors des combats de septembre ${tag}`, {
      figure: "Au moins 286",
      kind: "count",
      lower: "286",
      counted: "soldats",
      countedKey: "soldiers",
      factId: toll.id,
    });
    await tagPassage(editorId, article, `La ville compte 120 000 habitants ${tag}`, {
      figure: "120 000",
      kind: "count",
      lower: "120000",
      upper: "120000",
      factId: far.id,
    });

    const proposals = await proposeFacts({
      kind: "count",
      countedKey: "soldiers",
      lower: 200,
      upper: null,
      context: `Plus de 200 soldats tués en septembre ${tag}, selon Erevan.`,
    });
    expect(proposals[0]?.id).toBe(toll.id);
    expect(proposals[0]?.reasons).toContainEqual({ code: "sameCounted", detail: "soldiers" });
    expect(proposals.map((p) => p.id)).not.toContain(other.id); // another kind
  });

  it("proposes nothing when nothing is near", async () => {
    expect(
      await proposeFacts({ kind: "percentage", countedKey: null, lower: 12.5, upper: 12.5, context: `rien ${tag}` }),
    ).toEqual([]);
  });

  it("ranks a fact whose label names the same person in another spelling (Aliyev, Aliev)", async () => {
    await loadAliasSeeds();
    const named = await createFact({ label: `Aliev : prisonniers arméniens rendus ${tag}`, kind: "count" }, editorId);
    const unnamed = await createFact({ label: `Prisonniers de guerre échangés ${tag}`, kind: "count" }, editorId);
    const draft = {
      kind: "count" as const,
      countedKey: null,
      lower: 12,
      upper: 12,
      context: `Ilham Aliyev promised to return 12 detainees, Baku said.`,
    };
    const proposals = await proposeFacts(draft);
    expect(proposals[0]?.id).toBe(named.id);
    expect(proposals[0]?.reasons).toContainEqual({ code: "sameNames", detail: "Ilham Aliev" });
    expect(proposals.map((p) => p.id)).not.toContain(unnamed.id);
    // Without the name, nothing in the passage points at the fact.
    expect(
      (await proposeFacts({ ...draft, context: "Baku promised to return 12 detainees." })).map((p) => p.id),
    ).not.toContain(named.id);
  });
});
