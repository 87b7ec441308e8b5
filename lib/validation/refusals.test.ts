import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { toFormError } from "@/lib/actions/form-action";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/schema";
import { readValueFields } from "@/lib/claims/value";
import { addNoteSchema, updateNoteSchema } from "@/lib/notes/schema";
import { updateFactSchema } from "@/lib/facts/schema";
import { articleMetadataSchema } from "@/lib/articles/schema";
import { deleteItemSchema } from "@/lib/bin/schema";
import { AppError } from "@/lib/errors/app-error";
import { classifyCounted } from "@/lib/figures";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { makeLocalize } from "@/lib/i18n/localize";

// What a hostile tester sent, and what each refusal must say: which field, and
// what is wrong with it, in French and in English (never a catalog key, never
// "Something went wrong").

const localizeIn = (locale: "en" | "fr") =>
  makeLocalize(
    createTranslator({ locale, messages: CATALOGS[locale] }) as unknown as Parameters<typeof makeLocalize>[0],
  );

const ID = "7d4f2a34-5f0c-4a8e-9a4c-2f1b1e3c5d6e";
const claim = { articleId: ID, quoteStart: "0", quoteEnd: "10", quoteExact: "au moins 2", figure: "2", kind: "count" };

/** The form's state for an input: zod's refusal, else the value fields' one. */
function refuse(
  schema: { safeParse: (v: unknown) => { error?: unknown; data?: unknown } },
  input: object,
  locale: "en" | "fr",
) {
  const parsed = schema.safeParse(input);
  if (parsed.error) return toFormError(parsed.error, localizeIn(locale));
  const read = readValueFields(parsed.data as never, classifyCounted);
  if ("fieldErrors" in read) {
    return toFormError(new AppError("INVALID_INPUT", "errors.fieldsNeedAttention", read), localizeIn(locale));
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

type Case = [
  string,
  { safeParse: (v: unknown) => { error?: unknown; data?: unknown } },
  object,
  string,
  RegExp,
  RegExp,
];
const CASES: Case[] = [
  [
    "a NUL in the unit",
    createClaimSchema,
    { ...claim, unit: "so\u0000ldiers" },
    "unit",
    /The unit contains a NUL character at position 3/,
    /L'unité contient un caractère NUL à la position 3/,
  ],
  [
    "the date 2020-02-31",
    createClaimSchema,
    { ...claim, lower: "2", asOf: "2020-02-31" },
    "asOf",
    /2020-02-31 is not a day of the calendar/,
    /le 2020-02-31 n'existe pas/,
  ],
  [
    "a version of 99999999999",
    updateClaimSchema,
    { kind: "count", lower: "1", claimId: ID, version: "99999999999" },
    "version",
    /The version number must be between 1 and 2,147,483,647; 99999999999/,
    /Le numéro de version doit se situer entre 1 et 2\u202f147\u202f483\u202f647/,
  ],
  [
    "1 followed by 400 zeros",
    createClaimSchema,
    { ...claim, lower: `1${"0".repeat(400)}` },
    "lower",
    /The lower bound: a count lies between 0 and 1,000,000,000,000,000/,
    /La borne inférieure : un nombre est compris entre 0 et 1\u202f000/,
  ],
  [
    "a count of -5",
    createClaimSchema,
    { ...claim, lower: "-5" },
    "lower",
    /a count lies between 0 and .*; -5 does not/,
    /-5 ne l'est pas/,
  ],
  [
    "a percentage of 5,000,000",
    createClaimSchema,
    { ...claim, kind: "percentage", lower: "5000000" },
    "lower",
    /a percentage lies between -100 and 1,000,000/,
    /un pourcentage est compris entre -100 et 1\u202f000\u202f000/,
  ],
  [
    "a date in the year 999",
    createClaimSchema,
    { ...claim, kind: "date", lower: "0999-12-31" },
    "lower",
    /dates lie between the years 1000 and 9999/,
    /entre les années 1000 et 9999/,
  ],
  [
    "a negative duration",
    createClaimSchema,
    { ...claim, kind: "duration", upper: "-3" },
    "upper",
    /The upper bound: a duration in days lies between 0/,
    /une durée en jours est comprise entre 0/,
  ],
  [
    "an offset past what a column holds",
    createClaimSchema,
    { ...claim, quoteEnd: "99999999999" },
    "quoteEnd",
    /The end of the quote must be between 0 and/,
    /La fin de la citation doit se situer entre 0 et/,
  ],
  [
    "a note of NUL",
    addNoteSchema,
    { body: "a\u0000", factId: ID },
    "body",
    /The note contains a NUL character at position 2/,
    /La note contient un caractère NUL/,
  ],
  [
    "a note version of 1e400",
    updateNoteSchema,
    { noteId: ID, body: "ok", version: `1e400` },
    "version",
    /must be a number/,
    /doit être un nombre/,
  ],
  [
    "a fact id that is not one",
    updateFactSchema,
    { factId: "1' OR 1=1", version: "1", label: "Deaths", status: "open" },
    "factId",
    /The fact is not a valid id/,
    /Le fait n'est pas un identifiant valable/,
  ],
  [
    "a publication date of 2021-02-29",
    articleMetadataSchema,
    { outlet: "AP", publishedAt: "2021-02-29", language: "fr" },
    "publishedAt",
    /2021-02-29 is not a day of the calendar/,
    /le 2021-02-29 n'existe pas/,
  ],
  [
    "an empty publication date",
    articleMetadataSchema,
    { outlet: "AP", publishedAt: "", language: "fr" },
    "publishedAt",
    /^The publication date is missing\.$/,
    /^La date de publication manque\.$/,
  ],
  [
    "an outlet with an unpaired surrogate",
    articleMetadataSchema,
    { outlet: "AP \ud800", publishedAt: "2021-02-28", language: "fr" },
    "outlet",
    /The outlet's name contains an unpaired UTF-16 surrogate at position 4/,
    /Le nom du média contient un demi-caractère/,
  ],
  [
    "a deletion confirming 99999999999 claims",
    deleteItemSchema,
    { type: "article", id: ID, confirmClaims: "99999999999" },
    "confirmClaims",
    /must be between 0 and/,
    /doit se situer entre 0 et/,
  ],
  [
    "a redirect off the site",
    deleteItemSchema,
    { type: "article", id: ID, redirectTo: "//evil" },
    "redirectTo",
    /Not a page of Recoupe/,
    /Ce n'est pas une page de Recoupe/,
  ],
];

describe("every refusal names the field and what is wrong, in both languages", () => {
  it.each(CASES)("%s", (_name, schema, input, field, english, french) => {
    const en = refuse(schema, input, "en");
    const fr = refuse(schema, input, "fr");
    expect(en.fieldErrors?.[field]?.[0], JSON.stringify(en)).toMatch(english);
    expect(fr.fieldErrors?.[field]?.[0], JSON.stringify(fr)).toMatch(french);
    for (const state of [en, fr]) {
      expect(JSON.stringify(state)).not.toMatch(/errors\.|Something went wrong|Un problème est survenu/);
    }
  });

  it("says at the top of the form what is wrong with a field the form does not show", () => {
    expect(
      refuse(updateClaimSchema, { kind: "count", lower: "1", claimId: ID, version: "99999999999" }, "en").message,
    ).toMatch(/^The form was sent with a value it cannot hold: The version number must be between 1/);
  });
});
