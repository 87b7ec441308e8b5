import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { getUserLocale, setUserLocale } from "./user-locale";

setUpTestDatabase();

describe("the interface language saved on an account", () => {
  it("is unset until chosen, then kept; the database refuses a language the interface does not speak", async () => {
    const user = await db().user.create({
      data: { name: "Léa Locale", email: "lea@locale.test", role: "editor" },
      select: { id: true },
    });
    expect(await getUserLocale(user.id)).toBeNull();
    await setUserLocale(user.id, "fr");
    expect(await getUserLocale(user.id)).toBe("fr");
    await setUserLocale(user.id, "en");
    expect(await getUserLocale(user.id)).toBe("en");
    await expect(db().user.update({ where: { id: user.id }, data: { locale: "de" } })).rejects.toThrow(
      /users_locale_check/,
    );
    expect(await getUserLocale("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
