import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { listEntities } from "@/lib/aliases/list-entities";
import { loadAliasSeeds } from "@/lib/aliases/load-alias-seeds";
import { mergeEntities } from "@/lib/aliases/manage-entities";
import { importArticleFromUrl } from "@/lib/fetch/import-url";
import { startLocalServer, type LocalServer } from "@/lib/fetch/testing/local-server";
import { tagPassage } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { exportWorkspace } from "@/lib/workspace/export-workspace";
import { importWorkspace } from "@/lib/workspace/import-workspace";
import {
  bytesOf,
  dropDatabases,
  dumpTables,
  fileOf,
  freshDatabase,
  linesOf,
  readAll,
} from "@/lib/workspace/testing/workspace-files";
import { giveArticleNewText } from "./give-new-text";

// Everything an article's life adds (archived pages, versions, claims'
// anchoring, entities and spellings) goes into a workspace backup and comes
// back from it; a backup written before these tables existed still restores.

process.env.RECOUPE_FETCH_ALLOW_PRIVATE = "1";
setUpTestDatabase();

const OURS = ["article_archives", "article_versions", "entities", "entity_aliases", "claims", "articles"] as const;
let server: LocalServer;
let file: Buffer;

beforeAll(async () => {
  const editor = await db().user.create({ data: { name: "Bao Backup", email: "bao@backup.test", role: "editor" } });
  const text = "La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines, selon les deux camps.";
  server = await startLocalServer({
    "/a": (_q, r) =>
      void r
        .writeHead(200, { "content-type": "text/html" })
        .end(
          `<html lang="fr"><head><title>Bilan</title><meta property="article:published_time" content="2022-11-01"></head><body><p>${text}</p></body></html>`,
        ),
  });
  const { articleId } = await importArticleFromUrl({ url: server.url("/a"), outlet: "Backup Wire" }, editor.id);
  const article = await db().article.findUniqueOrThrow({ where: { id: articleId } });
  await tagPassage(editor.id, { id: articleId, text: article.text }, "a fait 6 500 morts", {
    kind: "count",
    figure: "6 500",
    lower: "6500",
    upper: "6500",
    newFactLabel: "",
  });
  await giveArticleNewText({ articleId, text: text.replace("6 500", "6 700") }, editor.id);
  await loadAliasSeeds();
  // Merged both ways, so that a merged entity comes before and after its target in id order.
  const [a, b, c] = await listEntities();
  await mergeEntities({ sourceId: a!.id, targetId: b!.id }, editor.id);
  await mergeEntities({ sourceId: c!.id, targetId: b!.id }, editor.id);
  file = await readAll(await exportWorkspace());
});

afterAll(async () => {
  await server.close();
  await dropDatabases();
});

describe("workspace backups", () => {
  it("carry archives, versions, anchoring and entities, row for row", async () => {
    const source = await dumpTables(sql(), OURS);
    expect(source.article_archives).toHaveLength(1);
    expect(source.article_versions).toHaveLength(2);
    expect(source.claims?.[0]).toContain('"figure_before": "6 500"');
    const target = await freshDatabase();
    await importWorkspace(bytesOf(file), target.client);
    expect(await dumpTables(target.client, OURS)).toEqual(source);
  });

  it("still restore a file written before these tables existed", async () => {
    const lines = linesOf(file).filter(
      (line) => !/"table":"(article_archives|article_versions|entities|entity_aliases)"/.test(line),
    );
    const end = JSON.parse(lines.at(-1)!) as { end: true; rows: Record<string, number> };
    for (const t of ["article_archives", "article_versions", "entities", "entity_aliases"]) delete end.rows[t];
    lines[lines.length - 1] = JSON.stringify(end);
    // Archives referenced by versions are gone with them; nothing else points at these tables.
    const target = await freshDatabase();
    const result = await importWorkspace(bytesOf(fileOf(lines)), target.client);
    expect(result.rows).toMatchObject({ article_versions: 0, entities: 0 });
  });
});
