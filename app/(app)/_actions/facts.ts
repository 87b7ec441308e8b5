"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createFact } from "@/lib/facts/create-fact";
import { createFactSchema, updateFactSchema } from "@/lib/facts/schema";
import { updateFact } from "@/lib/facts/update-fact";

export const createFactAction = formAction("tag", createFactSchema, async (input, user) => {
  const fact = await createFact(input, user.id);
  revalidatePath("/facts");
  redirect(`/facts/${fact.id}`);
});

export const updateFactAction = formAction("resolve", updateFactSchema, async (input, user) => {
  const result = await updateFact(input, user.id);
  revalidatePath("/", "layout");
  return result;
});
