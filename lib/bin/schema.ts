import { safeNext } from "@/lib/auth/safe-next";
import { z } from "zod";
import { MAX_INT4, uuidOf, wholeNumber } from "@/lib/validation/fields";

export const DELETABLE = ["article", "fact", "claim", "note"] as const;
export type Deletable = (typeof DELETABLE)[number];

export const deleteItemSchema = z.object({
  type: z.enum(DELETABLE, "errors.bin.type"),
  id: uuidOf("id"),
  /** Articles with claims are deleted only once the editor has confirmed. */
  confirmClaims: wholeNumber("confirmClaims", 0, MAX_INT4).optional(),
  /** Where to go afterwards, when the page showing the item is gone with it. */
  redirectTo: z
    .string()
    .regex(/^\/[a-z/-]*$/, "errors.bin.redirect")
    .refine((path) => safeNext(path, "") === path, "errors.bin.redirect")
    .optional(),
});

export const restoreSchema = z.object({ deletionId: uuidOf("deletionId") });
