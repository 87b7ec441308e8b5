import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { refusal } from "@/lib/testing/refusal";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { expandedSpellings, expandQuery } from "./expand-query";
import { findEntities } from "./find-entities";
import { listEntities } from "./list-entities";
import { loadAliasSeeds } from "./load-alias-seeds";
import { addSpelling, createEntity, mergeEntities, removeSpelling, renameEntity } from "./manage-entities";
import { createEntitySchema } from "./schema";

setUpTestDatabase();

let editorId: string;
beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Alix Alias", email: "alix@aliases.test", role: "editor" } })).id;
});

describe("loadAliasSeeds", () => {
  it("presets the seeds' spellings, once", async () => {
    const first = await loadAliasSeeds();
    expect(first.entities).toBeGreaterThanOrEqual(10);
    expect(first.skipped).toEqual([]);
    const again = await loadAliasSeeds();
    expect(again).toEqual({ entities: 0, spellings: 0, skipped: [] });
    const pashinyan = (await listEntities()).find((e) => e.name === "Nikol Pachinian");
    expect(pashinyan?.spellings.map((s) => s.alias)).toEqual(
      expect.arrayContaining(["Pachinian", "Pashinyan", "Pashinian"]),
    );
  });

  it("leaves the editors' changes alone when loaded again", async () => {
    await loadAliasSeeds();
    const karabakh = (await listEntities()).find((e) => e.name === "Haut-Karabakh")!;
    const spelling = karabakh.spellings.find((s) => s.alias === "Nagorny Karabakh")!;
    await removeSpelling({ aliasId: spelling.id }, editorId);
    await loadAliasSeeds();
    const after = (await listEntities()).find((e) => e.id === karabakh.id)!;
    expect(after.spellings.map((s) => s.alias)).not.toContain("Nagorny Karabakh");
  });
});

describe("expandQuery", () => {
  it("gives every spelling of the entity a term names, whatever its case and accents", async () => {
    await loadAliasSeeds();
    const [pashinyan, karabakh, other] = await expandQuery(["pashinyan", "HAUT-KARABAGH", "sommet"]);
    expect(pashinyan?.spellings).toEqual(
      expect.arrayContaining(["pashinyan", "Pachinian", "Pashinian", "Nikol Pachinian"]),
    );
    expect(karabakh?.spellings).toEqual(expect.arrayContaining(["Haut-Karabakh", "Nagorno-Karabakh"]));
    expect(other).toEqual({ term: "sommet", spellings: ["sommet"] });
    expect(await expandedSpellings(["Baïramov"])).toEqual(expect.arrayContaining(["Bayramov", "Jeyhun Bayramov"]));
    expect(await expandQuery([])).toEqual([]);
  });
});

describe("findEntities", () => {
  it("names the entities a text mentions in any spelling", async () => {
    await loadAliasSeeds();
    const entities = await listEntities();
    const idOf = (name: string) => entities.find((e) => e.name === name)?.id;
    const found = await findEntities(
      "Poutine discute du Karabakh avec Pashinian, Aliyev, puis à Erevan avec le Groupe de Minsk.",
    );
    expect(found).toEqual([
      idOf("Vladimir Poutine"),
      idOf("Nikol Pachinian"),
      idOf("Ilham Aliev"),
      idOf("Erevan"),
      idOf("Groupe de Minsk de l'OSCE"),
    ]);
    expect(found).not.toContain(idOf("Haut-Karabakh")); // "Karabakh" alone is not one of its spellings
  });

  it("sees a new spelling at once", async () => {
    const { id } = await createEntity(createEntitySchema.parse({ name: "Khankendi", spellings: "Xankəndi" }), editorId);
    expect(await findEntities("À Xankəndi, hier")).toEqual([id]);
  });
});

describe("managing entities", () => {
  it("adds, renames, merges and removes spellings, with history", async () => {
    const a = await createEntity(createEntitySchema.parse({ name: "Lachin", spellings: "Latchine" }), editorId);
    const b = await createEntity(createEntitySchema.parse({ name: "Latchin", spellings: "Lačin" }), editorId);
    await addSpelling({ entityId: a.id, alias: "Lachyn" }, editorId);
    const taken = await refusal(addSpelling({ entityId: a.id, alias: "LACIN" }, editorId));
    expect(taken).toMatchObject({
      code: "CONFLICT",
      message: "aliases.errors.taken",
      values: { alias: "LACIN", entity: "Latchin" },
    });

    await mergeEntities({ sourceId: b.id, targetId: a.id }, editorId);
    const merged = (await listEntities()).find((e) => e.id === a.id)!;
    expect(merged.spellings.map((s) => s.alias).sort()).toEqual(
      ["Lachin", "Lachyn", "Lačin", "Latchin", "Latchine"].sort(),
    );
    expect(await db().entity.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ mergedIntoId: a.id });
    expect((await listEntities()).some((e) => e.id === b.id)).toBe(false);

    await renameEntity({ entityId: a.id, name: "Latchine", version: merged.version }, editorId);
    const stale = await refusal(renameEntity({ entityId: a.id, name: "Lachin", version: merged.version }, editorId));
    expect(stale.code).toBe("CONFLICT");
    const renamed = (await listEntities()).find((e) => e.id === a.id)!;
    expect(renamed.name).toBe("Latchine");
    const nameSpelling = renamed.spellings.find((s) => s.alias === "Latchine")!;
    expect((await refusal(removeSpelling({ aliasId: nameSpelling.id }, editorId))).message).toBe(
      "aliases.errors.nameSpelling",
    );
    await removeSpelling({ aliasId: renamed.spellings.find((s) => s.alias === "Lačin")!.id }, editorId);

    const history = await db().revision.findMany({ where: { entityId: { in: [a.id, b.id, nameSpelling.id] } } });
    expect(history.map((r) => r.action)).toEqual(expect.arrayContaining(["create", "update", "delete"]));
    expect(
      await db().revision.count({ where: { entityType: "entity_alias", action: "purge", actorId: editorId } }),
    ).toBeGreaterThanOrEqual(1);
  });
});
