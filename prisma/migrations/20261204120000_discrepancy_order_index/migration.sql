-- The discrepancy list's own order: the facts whose claims disagree (a stored
-- verdict of conflict, not_comparable, evolving or compatible), most recent
-- activity first. Its first page then reads 51 entries of this index instead
-- of sorting every discrepancy (facts_verdict_activity_idx is ordered within
-- one verdict, not across four). The list names the same four verdicts as
-- constants (lib/facts/list-facts-page.ts), so that the planner can use it.
CREATE INDEX "facts_discrepancy_activity_idx" ON "facts" ((greatest("updated_at", "claims_activity")) DESC, "id" DESC)
    WHERE "deleted_at" IS NULL AND "verdict" IN ('conflict', 'not_comparable', 'evolving', 'compatible');
