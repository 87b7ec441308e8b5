import { z } from "zod";

// A new text given by an editor for an article (pasted, as on the import page).

export const newTextSchema = z.object({
  articleId: z.uuid("versions.errors.article"),
  text: z.string("versions.errors.emptyText").refine((v) => v.trim().length > 0, "versions.errors.emptyText"),
  format: z.enum(["text", "markdown", "html"]).default("text"),
  keepBoilerplate: z
    .union([z.literal("on"), z.boolean()])
    .optional()
    .transform((v) => v === "on" || v === true),
});

export type NewTextInput = z.output<typeof newTextSchema>;

export const compareSchema = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
