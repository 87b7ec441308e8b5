import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { setUserLocale } from "./user-locale";

const savedLocale = async (id: string) =>
  (await db().user.findUnique({ where: { id }, select: { locale: true } }))?.locale ?? null;

setUpTestDatabase();

describe("the interface language saved on an account", () => {
  it("is unset until chosen, then kept; the database refuses a language the interface does not speak", async () => {
    const user = await db().user.create({
      data: { name: "Léa Locale", email: "lea@locale.test", role: "editor" },
      select: { id: true },
    });
    expect(await savedLocale(user.id)).toBeNull();
    await setUserLocale(user.id, "fr");
    expect(await savedLocale(user.id)).toBe("fr");
    await setUserLocale(user.id, "en");
    expect(await savedLocale(user.id)).toBe("en");
    await expect(db().user.update({ where: { id: user.id }, data: { locale: "de" } })).rejects.toThrow(
      /users_locale_check/,
    );
    expect(await savedLocale("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
