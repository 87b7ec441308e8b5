import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toFormError } from "@/lib/actions/form-action";
import { AppError } from "@/lib/errors/app-error";
import { CATALOGS } from "./catalogs";
import { makeLocalize } from "./localize";

const localizeIn = (locale: "en" | "fr") =>
  makeLocalize(
    createTranslator({ locale, messages: CATALOGS[locale] }) as unknown as Parameters<typeof makeLocalize>[0],
    locale,
  );

describe("messages that reach the user", () => {
  it("translates catalog keys with their values, and leaves other text as written", () => {
    const fr = localizeIn("fr");
    expect(fr("errors.notFound", { what: "L'article" })).toBe(
      "L'article est introuvable. Il a peut-être été supprimé.",
    );
    expect(fr("Plain words stay.")).toBe("Plain words stay.");
    expect(fr("errors.noSuchKey")).toBe("errors.noSuchKey");
  });

  it("translates an AppError and its field errors at the boundary", () => {
    const error = new AppError("INVALID_INPUT", "errors.fieldsNeedAttention", {
      fieldErrors: { label: ["errors.notFound"] },
      values: { what: "Le fait" },
    });
    expect(toFormError(error, localizeIn("fr"))).toMatchObject({
      message: "Certains champs sont à revoir.",
      fieldErrors: { label: ["Le fait est introuvable. Il a peut-être été supprimé."] },
    });
  });

  it("translates zod issues by field", () => {
    const result = z.object({ label: z.string().min(3, "errors.invalidInput") }).safeParse({ label: "x" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(toFormError(result.error, localizeIn("fr"))).toMatchObject({
        message: "Certains champs sont à revoir.",
        fieldErrors: { label: ["Saisie non valable"] },
      });
    }
  });
});

describe("sizes in refusals", () => {
  it("are written in the reader's units from the numbers of bytes the code gives", () => {
    const values = { name: "dossier.html", sizeBytes: 6 * 1024 * 1024, limitBytes: 5 * 1024 * 1024 };
    expect(localizeIn("en")("errors.upload.fileTooLarge", values)).toBe(
      "dossier.html is 6.0 MB; files of up to 5.0 MB can be imported.",
    );
    expect(localizeIn("fr")("errors.upload.fileTooLarge", values).replace(/[\u00a0\u202f]/g, " ")).toMatch(
      /^dossier\.html .*6,0 Mo.*5,0 Mo/,
    );
  });
});
