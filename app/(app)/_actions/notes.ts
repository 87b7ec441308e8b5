"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { addNote } from "@/lib/notes/add-note";
import { addNoteSchema, updateNoteSchema } from "@/lib/notes/schema";
import { updateNote } from "@/lib/notes/update-note";

export const addNoteAction = formAction("annotate", addNoteSchema, async (input, user) => {
  const note = await addNote(input, user.id);
  revalidatePath("/", "layout");
  return { noteId: note.id };
});

export const updateNoteAction = formAction("annotate", updateNoteSchema, async (input, user) => {
  const result = await updateNote(input, user.id);
  revalidatePath("/", "layout");
  return result;
});
