"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { decideProposal, decideProposalSchema } from "@/lib/matching/decide";

// Editors only ("tag"): a viewer's request is refused by formAction before anything is read.
export const decideProposalAction = formAction("tag", decideProposalSchema, async (input, user) => {
  const outcome = await decideProposal(input, user.id);
  revalidatePath("/", "layout");
  return outcome;
});
