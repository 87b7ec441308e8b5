import { z } from "zod";
import { writeAs } from "@/lib/db/write";
import { notFound } from "@/lib/errors/app-error";
import { refreshFactVerdicts } from "./refresh-fact-verdicts";

// How a fact's count behaves over time, as an editor sets it on the fact page
// (lib/discrepancies/VERDICTS.md): decided from the label, a running total
// until the day the event ended, still going on, or no running total at all.

export const TALLY_CHOICES = ["auto", "ended", "running", "fixed"] as const;

export const setFactTallySchema = z
  .object({
    factId: z.uuid("factPage.errors.factId"),
    tally: z.enum(TALLY_CHOICES, "factPage.errors.tally"),
    eventEnd: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.iso.date("factPage.errors.eventEndDate").nullable()),
  })
  .superRefine((input, ctx) => {
    if (input.tally === "ended" && !input.eventEnd)
      ctx.addIssue({ code: "custom", path: ["eventEnd"], message: "factPage.errors.eventEndMissing" });
  });

export type SetFactTallyInput = z.output<typeof setFactTallySchema>;

/**
 * A setting, not an edit of the fact's wording: the last choice wins, without a
 * version check that would make the status form beside it stale. The change is
 * in the fact's history like any other (revision trigger).
 */
export async function setFactTally(input: SetFactTallyInput, actorId: string): Promise<void> {
  const data = {
    tally: input.tally === "running" || input.tally === "fixed" ? input.tally : null,
    eventEnd: input.tally === "ended" && input.eventEnd ? new Date(`${input.eventEnd}T00:00:00Z`) : null,
  };
  await writeAs(actorId, async (tx) => {
    const { count } = await tx.fact.updateMany({ where: { id: input.factId, deletedAt: null }, data });
    if (count === 0) throw notFound("fact");
    await refreshFactVerdicts(tx, [input.factId]);
  });
}
