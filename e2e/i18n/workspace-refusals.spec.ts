import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { signIn } from "../support";

// A restore the server refuses is told in the reader's language. All the
// refusals leave the demo data as it is.

test("a refused restore is explained in English, then in French", async ({ page, baseURL }) => {
  await signIn(page, "admin", "/admin/workspace");
  const restore = (data: Buffer) =>
    page.request.post("/api/workspace", { data, headers: { "content-type": "application/gzip" } });

  const notGzip = await restore(Buffer.from("id,name\n1,hello\n"));
  expect(notGzip.status()).toBe(400);
  expect(await notGzip.json()).toMatchObject({
    code: "INVALID_INPUT",
    error:
      "This is not a Recoupe workspace file: it is not gzip-compressed (workspace files end in .recoupe.ndjson.gz). Nothing was imported.",
  });

  await page.context().addCookies([{ name: "recoupe-locale", value: "fr", url: baseURL ?? "" }]);
  const empty = await restore(gzipSync(""));
  expect(empty.status()).toBe(400);
  expect((await empty.json()) as { error: string }).toMatchObject({
    error: "Le fichier est vide. Rien n'a été importé.",
  });
  // A sound header: the next refusal is the demo workspace itself, named in French.
  const header = { format: "recoupe-workspace", version: 1, exportedAt: "2026-01-01T00:00:00.000Z", migrations: [] };
  const full = await restore(gzipSync(`${JSON.stringify(header)}\n`));
  expect(full.status()).toBe(409);
  expect(((await full.json()) as { error: string }).error).toMatch(
    /^Cet espace de travail n'est pas vide : il contient déjà des médias et \d+ autres types de données\. Une sauvegarde ne peut être restaurée que dans un espace de travail vide\. Rien n'a été importé\.$/,
  );
});
