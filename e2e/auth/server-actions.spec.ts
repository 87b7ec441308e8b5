import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { appDatabase, signIn, unique } from "../support";

// Every server action of the built app, straight from Next's manifest (so a new
// action cannot be forgotten here), called over HTTP exactly as the browser's
// React form calls it, by someone signed out and by a viewer: each must be
// refused on the server and nothing may be written. That the request is well
// formed is shown by an editor sending the very same request, which succeeds.

// React's own encoder of a form action's arguments, the one the browser runs
// ([previous state, FormData] -> "0" and "_1_<field>" parts).
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

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

/** The note every call carries: only the editor's may ever be written. */
const NOTE_BODY = unique("A note only an editor may write");

/** What one action needs besides the shared fields (a note is on a fact, not on a claim too). */
const OVERRIDES: Record<string, Record<string, string>> = { addNoteAction: { claimId: "" } };

const inputFor = (name: string, ids: Record<string, string>) => ({ ...fields(ids), ...(OVERRIDES[name] ?? {}) });

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
    body: NOTE_BODY,
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

/** The request body the browser's React sends for a form action called with these fields. */
async function actionBody(input: Record<string, string>): Promise<FormData> {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) form.append(key, value);
  const body = await encodeReply([{ status: "idle" }, form]);
  if (typeof body === "string") throw new Error("a form action's arguments encode as multipart");
  return body;
}

async function callAction(api: APIRequestContext, id: string, url: string, input: Record<string, string>) {
  const response = await api.post(url, {
    headers: { "next-action": id, accept: "text/x-component" },
    multipart: await actionBody(input),
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
    "updateFactAction",
    "createUserAction",
    "setRoleAction",
  ]) {
    expect(names).toContain(expected);
  }
});

test("an editor sending the very same request as the refused ones gets it done", async ({ page }) => {
  const action = loadActions().find((a) => a.name === "addNoteAction");
  expect(action).toBeDefined();
  if (!action) return;
  const ids = await sampleIds();
  const input = inputFor(action.name, ids);
  await signIn(page, "editor");
  const { status, body } = await callAction(page.request, action.id, pagePath(action.worker, ids), input);
  expect(status).toBe(200);
  expect(body).toContain('"status":"ok"');
  const sql = appDatabase();
  try {
    const rows = await sql`SELECT fact_id FROM notes WHERE body = ${NOTE_BODY} AND deleted_at IS NULL`;
    expect(rows.map((r) => r.fact_id)).toEqual([ids.fact]);
  } finally {
    await sql.end();
  }
});

test("the import route refuses someone signed out and a viewer, and imports nothing", async ({ page }) => {
  const form = {
    outlet: "Intruder Times",
    title: "Never imported",
    publishedAt: "2022-10-31",
    language: "fr",
    text: "Plus de 9 999 intrus.",
  };
  const before = await snapshot();
  const anonymous = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.post("/api/articles/import", { multipart: form })).status()).toBe(401);
  await signIn(page, "viewer");
  const viewer = await page.request.post("/api/articles/import", { multipart: form });
  expect(viewer.status()).toBe(403);
  expect(((await viewer.json()) as { error: string }).error).toMatch(/does not allow you to import/);
  expect(await snapshot()).toEqual(before);
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
      const { status, body } = await callAction(
        api,
        action.id,
        pagePath(action.worker, ids),
        inputFor(action.name, ids),
      );
      const refused = who === "viewer" ? /does not allow you to/ : /Your session has ended/;
      expect(`${action.file} ${action.name}: ${status} ${refused.test(body) ? "refused" : body.slice(0, 300)}`).toBe(
        `${action.file} ${action.name}: 200 refused`,
      );
    }
    expect(await snapshot()).toEqual(before);
  });
}
