import { deleteItem } from "@/lib/bin/delete-item";
import { restoreDeletion } from "@/lib/bin/restore-deletion";
import { db } from "@/lib/db/client";
import { writeAs } from "@/lib/db/write";
import { loadSeeds } from "@/lib/seeds/load-seeds";

// A workspace with something of every kind in it, for the round-trip test: the
// seed articles with their facts, claims and notes; users of every role, one
// disabled; deleted and restored items; history from the triggers; and values
// chosen to break a careless export (float digits, -0, infinity, jsonb numerics,
// dates before 1970, milliseconds, odd Unicode, a 1.5 MB article). Also what
// must never leave the database: password hashes, sessions, the secret.

export const SECRETS = {
  passwordHash: "scrypt$never-in-a-backup$4f1c",
  sessionToken: "session-token-never-in-a-backup",
  settingValue: "settings-secret-never-in-a-backup",
};

async function createUsers() {
  const user = (email: string, name: string, role: string, extra: object = {}) =>
    db().user.create({ data: { email, name, role, emailVerified: true, ...extra } });
  const admin = await user("admin@example.test", "Ada Admin", "admin", { image: "https://example.test/ada.png" });
  const editor = await user("editor@example.test", "Éd Itor", "editor");
  const viewer = await user("viewer@example.test", "Vi Ewer", "viewer");
  const banned = await user("gone@example.test", "Gone Person", "editor", {
    banned: true,
    banReason: "Left the newsroom",
    banExpires: new Date("2031-02-03T04:05:06.789Z"),
  });
  await db().account.create({
    data: { accountId: admin.id, providerId: "credential", userId: admin.id, password: SECRETS.passwordHash },
  });
  await db().session.create({
    data: { token: SECRETS.sessionToken, userId: admin.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await db().setting.create({ data: { key: "auth_secret", value: SECRETS.settingValue } });
  await db().signInAttempt.create({ data: { email: admin.email, ip: "127.0.0.1", succeeded: true } });
  return { admin, editor, viewer, banned };
}

async function addOddValues(adminId: string, editorId: string) {
  const outlet = await db().outlet.create({ data: { name: 'L’Écho «test» \\ "quoted"' } });
  const big = `${"Un paragraphe de 2 000 mots, 3,5 % de plus qu’en 1998.\n".repeat(28_000)}Fin. 🧮\u2028ligne\u0085`;
  const article = await writeAs(adminId, (tx) =>
    tx.article.create({
      data: {
        outletId: outlet.id,
        title: "Long read: 1 500 000 characters",
        publishedAt: new Date("1969-12-31T00:00:00Z"),
        language: "fr",
        sourceFormat: "html",
        rawText: `<p>${big}</p>`,
        text: big,
        textHash: "not-checked-here",
        createdById: null,
      },
    }),
  );
  const claim = (quoteStart: number, lower: number | null, upper: number | null, extra: object = {}) =>
    writeAs(editorId, (tx) =>
      tx.claim.create({
        data: {
          articleId: article.id,
          quoteStart,
          quoteEnd: quoteStart + 20,
          quoteExact: "x".repeat(20),
          quotePrefix: "",
          quoteSuffix: "",
          figure: "2 000",
          figureStart: quoteStart,
          figureEnd: quoteStart + 5,
          kind: "count",
          lower,
          upper,
          lowerInclusive: lower !== null,
          upperInclusive: upper !== null,
          createdById: editorId,
          ...extra,
        },
      }),
    );
  const decimals = await claim(0, 0.1 + 0.2, 1e-7 + 1, { asOf: new Date("1900-02-28T00:00:00Z"), approximate: true });
  const extremes = await claim(40, 1, 2, {
    qualifier: "plus de",
    unit: "%",
    counted: "soldats",
    attributedTo: "L’armée",
  });
  const tiny = await claim(80, 1, null);
  // Prisma refuses -0 and the largest double; SQL takes them. (Infinity is
  // refused by the database itself: claims_upper_finite_check.)
  await db().$executeRaw`UPDATE "claims" SET "lower" = '-0', "upper" = '1e308' WHERE "id" = ${extremes.id}::uuid`;
  await db()
    .$executeRaw`UPDATE "claims" SET "lower" = '4.9e-324', "upper" = '1.7976931348623157e308' WHERE "id" = ${tiny.id}::uuid`;
  await db()
    .$executeRaw`UPDATE "claims" SET "lower" = '0.30000000000000004', "upper" = '1.0000001' WHERE "id" = ${decimals.id}::uuid`;

  const value = `{"amount": 2.50, "big": 12345678901234567890123, "tiny": 1e-30, "list": [1, {"a": null}], "s": "é\\n\\"x\\" \\u0001?"}`;
  await db()
    .$executeRaw`INSERT INTO "suggestions" ("article_id", "start", "end", "figure", "value", "status", "claim_id", "decided_by_id", "decided_at")
    VALUES (${article.id}::uuid, 0, 5, '2 000', ${value}::jsonb, 'accepted', ${decimals.id}::uuid, ${adminId}::uuid, '2026-01-02T03:04:05.006Z'),
           (${article.id}::uuid, 100, 103, '3,5', '"just a string"'::jsonb, 'dismissed', NULL, ${editorId}::uuid, now()),
           (${article.id}::uuid, 200, 204, '1998', '[]'::jsonb, 'pending', NULL, NULL, NULL)`;
  await writeAs(editorId, (tx) =>
    tx.note.create({
      data: {
        claimId: extremes.id,
        authorId: editorId,
        body: "Emoji 🧾, tabs\tand \\backslashes\\, “quotes”, U+2028:\u2028end",
      },
    }),
  );
  return { article, decimals, extremes };
}

export async function buildTestWorkspace() {
  const users = await createUsers();
  const seeded = await loadSeeds(users.editor.id);
  const odd = await addOddValues(users.admin.id, users.editor.id);

  // Updates, deletions and a restore, each by someone, so history names them.
  const fact = await db().fact.findFirstOrThrow({ where: { status: "open" }, orderBy: { label: "asc" } });
  await writeAs(users.admin.id, (tx) =>
    tx.fact.update({
      where: { id: fact.id },
      data: { status: "resolved", resolutionNote: "Checked with the ministry.", version: { increment: 1 } },
    }),
  );
  const seedArticle = await db().article.findFirstOrThrow({
    where: { sourceFormat: "seed" },
    orderBy: { title: "asc" },
  });
  const claims = await db().claim.count({ where: { articleId: seedArticle.id, deletedAt: null } });
  await deleteItem({ type: "article", id: seedArticle.id, confirmClaims: claims }, users.editor.id);
  const restored = await deleteItem({ type: "claim", id: odd.decimals.id }, users.banned.id);
  await restoreDeletion(restored.deletionId, users.admin.id);
  await deleteItem({ type: "fact", id: fact.id }, users.admin.id);
  return { users, seeded };
}
