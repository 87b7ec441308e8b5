import { describe, expect, it } from "vitest";
import { expandedSpellings } from "@/lib/aliases/expand-query";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { seedWorkspace } from "./seed-workspace";

setUpTestDatabase();

describe("seedWorkspace (what npm start loads when seeding is on)", () => {
  it("presets the seed articles and the seeds' spellings of names, once", async () => {
    const first = await seedWorkspace(null);
    expect(first.articles).toBeGreaterThan(0);
    expect(first.entities).toBeGreaterThanOrEqual(10);
    expect(await expandedSpellings(["Pashinyan"])).toEqual(expect.arrayContaining(["Pachinian", "Pashinian"]));
    expect(await expandedSpellings(["Aliyev"])).toEqual(expect.arrayContaining(["Aliev"]));
    expect(await seedWorkspace(null)).toEqual({
      articles: 0,
      facts: 0,
      claims: 0,
      notes: 0,
      entities: 0,
      spellings: 0,
    });
  });
});
