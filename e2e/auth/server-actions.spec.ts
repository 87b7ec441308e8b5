import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { appDatabase, signIn } from "../support";

// Every server action of the built app, straight from Next's manifest (so a new
// action cannot be forgotten here), called over HTTP as the browser calls it,
// by someone signed out and by a viewer: each must be refused on the server and
// nothing may be written.

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

// Actions anyone may call: signing in and out, and choosing the interface's
// language (a person's own preference), change no workspace data.
const PUBLIC = new Set(["signIn", "signOut", "setLanguage"]);

async function snapshot() {
  const sql = appDatabase();
  try {
    const [row] = await sql`
      SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claims) AS claims,
             (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM notes) AS notes,
             (SELECT count(*) FROM deletions) AS deletions, (SELECT count(*) FROM users) AS users,
             (SELECT coalesce(max(id), 0) FROM revisions) AS last_revision,
             (SELECT count(*) FROM suggestions WHERE status <> 'pending') AS decided,
             (SELECT string_agg(role || coalesce(banned::text, ''), ',' ORDER BY email) FROM users) AS roles,
             (SELECT string_agg(password, ',' ORDER BY id) FROM accounts) AS passwords`;
    return row;
  } finally {
    await sql.end();
  }
}

async function sampleIds() {
  const sql = appDatabase();
  try {
    const [row] = await sql`
      SELECT (SELECT id FROM articles WHERE seed_key LIKE '001%') AS article,
             (SELECT id FROM facts WHERE seed_key = 'war-2020-deaths') AS fact,
             (SELECT id FROM claims WHERE seed_key = '001-war-deaths') AS claim,
             (SELECT id FROM notes LIMIT 1) AS note,
             (SELECT id FROM suggestions WHERE status = 'pending' LIMIT 1) AS suggestion,
             (SELECT id FROM users WHERE email = 'editor@recoupe.local') AS "user"`;
    return row as Record<string, string>;
  } finally {
    await sql.end();
  }
}

/** Plausible input for every action, so that a missing check would really write. */
function fields(ids: Record<string, string>): Record<string, string> {
  return {
    articleId: ids.article ?? "",
    factId: ids.fact ?? "",
    claimId: ids.claim ?? "",
    noteId: ids.note ?? "",
    suggestionId: ids.suggestion ?? "",
    userId: ids.user ?? "",
    id: ids.article ?? "",
    type: "article",
    confirmClaims: "19",
    deletionId: ids.article ?? "",
    version: "1",
    body: "A note that must never be written",
    label: "A fact that must never exist",
    kind: "count",
    status: "resolved",
    resolutionNote: "never",
    lower: "1",
    upper: "2",
    role: "admin",
    access: "disable",
    password: "a-password-long-enough",
    name: "Intruder",
    email: "intruder@recoupe.test",
    outlet: "Intruder Times",
    title: "Never imported",
    text: "Plus de 9 999 intrus.",
    publishedAt: "2022-10-31",
    language: "fr",
    quoteStart: "0",
    quoteEnd: "10",
    quoteExact: "Le préside",
    figure: "Le",
  };
}

function pagePath(worker: string, ids: Record<string, string>): string {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "");
  return (route || "/")
    .replace("/articles/[id]", `/articles/${ids.article}`)
    .replace("/facts/[id]", `/facts/${ids.fact}`);
}

async function callAction(api: APIRequestContext, id: string, url: string, input: Record<string, string>) {
  const multipart: Record<string, string> = { "0": JSON.stringify([{ status: "idle" }, "$K1"]) };
  for (const [key, value] of Object.entries(input)) multipart[`1_${key}`] = value;
  const response = await api.post(url, {
    headers: { "next-action": id, accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

/** Read when the tests run: the app is built by then, not when tests are listed. */
function loadActions() {
  const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      name: entry.exportedName,
      file: entry.filename,
      worker: Object.keys(entry.workers)[0] as string,
    }))
    .filter((a) => !PUBLIC.has(a.name));
}

test("the app has the server actions this test expects to cover", () => {
  const names = loadActions()
    .map((a) => a.name)
    .sort();
  for (const expected of [
    "createClaimAction",
    "updateClaimAction",
    "addNoteAction",
    "deleteItemAction",
    "restoreAction",
    "importArticleAction",
    "updateFactAction",
    "createUserAction",
    "setRoleAction",
  ]) {
    expect(names).toContain(expected);
  }
});

for (const who of ["signed out", "viewer"] as const) {
  test(`every mutating server action is refused for someone ${who}, and nothing is written`, async ({ page }) => {
    const actions = loadActions();
    let api: APIRequestContext;
    if (who === "viewer") {
      await signIn(page, "viewer");
      api = page.request;
    } else {
      api = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
    }
    const ids = await sampleIds();
    const before = await snapshot();
    for (const action of actions) {
      const { status, body } = await callAction(api, action.id, pagePath(action.worker, ids), fields(ids));
      const refused = who === "viewer" ? /does not allow you to/ : /Your session has ended/;
      expect(`${action.file} ${action.name}: ${status} ${refused.test(body) ? "refused" : body.slice(0, 300)}`).toBe(
        `${action.file} ${action.name}: 200 refused`,
      );
    }
    expect(await snapshot()).toEqual(before);
  });
}
