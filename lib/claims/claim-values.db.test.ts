import { beforeAll, describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { createTestArticle, tagPassage, type TestArticle } from "@/lib/testing/factories";
import { refusal } from "@/lib/testing/refusal";

setUpTestDatabase();

let editorId: string;
let article: TestArticle;
const QUOTE = "au moins 286 soldats";

beforeAll(async () => {
  const editor = await db().user.create({ data: { name: "Vera Values", email: "vera@values.test", role: "editor" } });
  editorId = editor.id;
  article = await createTestArticle(editorId, {
    text: "Selon Erevan, au moins 286 soldats ont été tués en septembre 2022 lors des combats à la frontière.",
  });
});

describe("values a claim may hold", () => {
  it("refuses a bound that overflows to Infinity, and a negative count, naming the field", async () => {
    const huge = `1${"0".repeat(400)}`;
    const overflow = await refusal(tagPassage(editorId, article, QUOTE, { figure: "286", kind: "count", lower: huge }));
    expect(overflow.fieldErrors?.lower).toEqual([
      { key: "errors.value.outOfRange", values: { kind: "count", given: huge.slice(0, 40), min: 0, max: 1e15 } },
    ]);
    const negative = await refusal(tagPassage(editorId, article, QUOTE, { figure: "286", kind: "count", lower: "-5" }));
    expect(negative.fieldErrors?.lower).toMatchObject([{ key: "errors.value.outOfRange" }]);
    expect(await db().claim.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("stores plausible values", async () => {
    const claim = await tagPassage(editorId, article, QUOTE, { figure: "286", kind: "count", lower: "286" });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ lower: 286 });
  });

  it("has a CHECK in the database refusing non-finite bounds, whatever writes them", async () => {
    const claim = await tagPassage(editorId, article, QUOTE, { figure: "286", kind: "count", lower: "200" });
    for (const bad of ["Infinity", "-Infinity", "NaN"]) {
      for (const [column, other] of [
        ["lower", "upper"],
        ["upper", "lower"],
      ]) {
        const error = await sql()
          .unsafe(`UPDATE claims SET "${column}" = $1::float8, "${other}" = NULL WHERE id = $2`, [bad, claim.id])
          .then(
            () => null,
            (e: unknown) => e as { code?: string; constraint_name?: string },
          );
        expect(error?.code, `${column} = ${bad}`).toBe("23514");
        expect(error?.constraint_name).toBe(`claims_${column}_finite_check`);
      }
    }
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ lower: 200 });
  });
});
