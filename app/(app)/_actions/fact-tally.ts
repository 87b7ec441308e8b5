"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { setFactTally, setFactTallySchema } from "@/lib/facts/set-fact-tally";

export const setFactTallyAction = formAction("tag", setFactTallySchema, async (input, user) => {
  await setFactTally(input, user.id);
  revalidatePath("/", "layout");
  return null;
});
