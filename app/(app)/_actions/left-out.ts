"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { restoreLeftOut, restoreLeftOutSchema } from "@/lib/articles/restore-left-out";

export const restoreLeftOutAction = formAction("import", restoreLeftOutSchema, async (input, user) => {
  const result = await restoreLeftOut(input, user.id);
  revalidatePath("/", "layout");
  return result;
});
