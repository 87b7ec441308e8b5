import { z } from "zod";
import { storable } from "@/lib/validation/storable";

export const MAX_NOTE_LENGTH = 20_000;

const body = z
  .string()
  .trim()
  .min(1, "Write something before saving the note")
  .max(
    MAX_NOTE_LENGTH,
    `A note is limited to ${MAX_NOTE_LENGTH.toLocaleString("en")} characters; split it or attach the rest elsewhere`,
  )
  .refine(...storable("The note"));

const optionalId = (what: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.uuid(`${what} is not a valid id`).nullable());

export const addNoteSchema = z
  .object({ body, claimId: optionalId("The claim"), factId: optionalId("The fact") })
  .refine((v) => (v.claimId === null) !== (v.factId === null), {
    message: "A note belongs to one claim or one fact",
    path: ["body"],
  });

export const updateNoteSchema = z.object({
  noteId: z.uuid("The note is not a valid id"),
  version: z.coerce.number().int().min(1),
  body,
});

export type AddNoteInput = z.output<typeof addNoteSchema>;
