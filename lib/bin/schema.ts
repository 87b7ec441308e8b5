import { z } from "zod";

export const DELETABLE = ["article", "fact", "claim", "note"] as const;
export type Deletable = (typeof DELETABLE)[number];

export const deleteItemSchema = z.object({
  type: z.enum(DELETABLE, "Unknown kind of item"),
  id: z.uuid("Not a valid id"),
  /** Articles with claims are deleted only once the editor has confirmed. */
  confirmClaims: z.coerce.number().int().min(0).optional(),
  /** Where to go afterwards, when the page showing the item is gone with it. */
  redirectTo: z
    .string()
    .regex(/^\/[a-z/-]*$/, "Not a page of Recoupe")
    .optional(),
});

export const restoreSchema = z.object({ deletionId: z.uuid("Not a valid id") });
