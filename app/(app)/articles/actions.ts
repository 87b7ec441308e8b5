"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { importArticle } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/articles/schema";

export const importArticleAction = formAction("import", importArticleSchema, async (input, user) => {
  const { id } = await importArticle(input, user.id);
  revalidatePath("/articles");
  redirect(`/articles/${id}?imported=1`);
});
