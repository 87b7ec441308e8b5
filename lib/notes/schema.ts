import { z } from "zod";
import { uuidOf, version } from "@/lib/validation/fields";
import { storableField } from "@/lib/validation/storable";

export const MAX_NOTE_LENGTH = 20_000;

const body = z
  .string("errors.note.empty")
  .trim()
  .min(1, "errors.note.empty")
  .max(MAX_NOTE_LENGTH, "errors.note.tooLong")
  .superRefine(storableField("body"));

const optionalId = (field: string) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), uuidOf(field).nullable());

export const addNoteSchema = z
  .object({ body, claimId: optionalId("claimId"), factId: optionalId("factId") })
  .refine((v) => (v.claimId === null) !== (v.factId === null), {
    message: "errors.note.target",
    path: ["body"],
  });

export const updateNoteSchema = z.object({
  noteId: uuidOf("noteId"),
  version: version(),
  body,
});

export type AddNoteInput = z.output<typeof addNoteSchema>;
