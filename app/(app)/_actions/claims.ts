"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/schema";
import { updateClaim } from "@/lib/claims/update-claim";
import { acceptSuggestion, dismissSuggestion } from "@/lib/suggestions/accept-suggestion";

const suggestionSchema = z.object({ suggestionId: z.uuid("Not a valid suggestion") });

export const createClaimAction = formAction("tag", createClaimSchema, async (input, user) => {
  const claim = await createClaim(input, user.id);
  revalidatePath(`/articles/${input.articleId}`);
  if (claim.factId) revalidatePath(`/facts/${claim.factId}`);
  return { claimId: claim.id, version: 1 };
});

export const updateClaimAction = formAction("tag", updateClaimSchema, async (input, user) => {
  const result = await updateClaim(input, user.id);
  revalidatePath("/", "layout");
  return { claimId: result.id, version: result.version };
});

export const acceptSuggestionAction = formAction("tag", suggestionSchema, async (input, user) => {
  const claim = await acceptSuggestion(input.suggestionId, user.id);
  revalidatePath("/", "layout");
  return { claimId: claim.id };
});

export const dismissSuggestionAction = formAction("tag", suggestionSchema, async (input, user) => {
  await dismissSuggestion(input.suggestionId, user.id);
  revalidatePath("/", "layout");
  return null;
});
