import { z } from "zod";
import { storable } from "@/lib/validation/storable";

// Inputs of the Aliases page: one schema per form.

const id = z.uuid("aliases.errors.notFound");
export const spelling = z
  .string("aliases.errors.spellingRequired")
  .transform((v) => v.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "aliases.errors.spellingRequired")
      .max(200, "aliases.errors.spellingTooLong")
      .refine(...storable("The spelling")),
  );

/** Spellings typed one per line (or separated by semicolons). */
const spellings = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(/[\n;]/)
      .map((s) => s.trim().replace(/\s+/g, " "))
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .max(200, "aliases.errors.spellingTooLong")
          .refine(...storable("A spelling")),
      )
      .max(100),
  );

export const createEntitySchema = z.object({
  name: spelling,
  spellings,
  note: z.string().trim().max(2_000).optional(),
});
export const addSpellingSchema = z.object({ entityId: id, alias: spelling });
export const removeSpellingSchema = z.object({ aliasId: id });
export const renameEntitySchema = z.object({ entityId: id, name: spelling, version: z.coerce.number().int().min(1) });
export const mergeEntitiesSchema = z
  .object({ sourceId: id, targetId: z.uuid("aliases.errors.chooseTarget") })
  .refine((v) => v.sourceId !== v.targetId, { message: "aliases.errors.sameEntity", path: ["targetId"] });

export type CreateEntityInput = z.output<typeof createEntitySchema>;
