"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { deleteItem } from "@/lib/bin/delete-item";
import { restoreDeletion } from "@/lib/bin/restore-deletion";
import { deleteItemSchema, restoreSchema } from "@/lib/bin/schema";

export const deleteItemAction = formAction("delete", deleteItemSchema, async (input, user) => {
  const result = await deleteItem(input, user.id);
  revalidatePath("/", "layout");
  if (input.redirectTo) redirect(input.redirectTo);
  return result;
});

export const restoreAction = formAction("restore", restoreSchema, async (input, user) => {
  const result = await restoreDeletion(input.deletionId, user.id);
  revalidatePath("/", "layout");
  return result;
});
