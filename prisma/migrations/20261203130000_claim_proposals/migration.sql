-- Claims proposed by matching (lib/matching): a figure found in an imported
-- article, the fact it seems to belong to (or none: a "new fact" proposed
-- because another new article states the same unknown figure), with the score
-- and its reasons. An editor accepts (an anchored claim is created) or rejects.
--
-- One row per article, figure span and fact, whatever its status: matching
-- inserts with ON CONFLICT DO NOTHING, so running it again changes nothing and
-- a rejected proposal is never proposed again. A "new fact" proposal has no
-- fact yet; it counts as the nil uuid in that rule.
CREATE TABLE "claim_proposals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "span_start" INTEGER NOT NULL,
    "span_end" INTEGER NOT NULL,
    "sentence_start" INTEGER NOT NULL,
    "sentence_end" INTEGER NOT NULL,
    "figure" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "fact_id" UUID,
    "new_fact_key" UUID,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "claim_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "claim_proposals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claim_proposals_article_id_fkey" FOREIGN KEY ("article_id")
        REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_proposals_fact_id_fkey" FOREIGN KEY ("fact_id")
        REFERENCES "facts"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_proposals_claim_id_fkey" FOREIGN KEY ("claim_id")
        REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "claim_proposals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id")
        REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "claim_proposals_status_check" CHECK ("status" IN ('waiting', 'accepted', 'rejected')),
    CONSTRAINT "claim_proposals_span_check" CHECK ("span_start" >= 0 AND "span_end" > "span_start"),
    CONSTRAINT "claim_proposals_target_check" CHECK ("fact_id" IS NOT NULL OR "new_fact_key" IS NOT NULL),
    CONSTRAINT "claim_proposals_decided_check" CHECK (("status" = 'waiting') = ("decided_at" IS NULL))
);

CREATE UNIQUE INDEX "claim_proposals_article_span_fact_key" ON "claim_proposals"
    ("article_id", "span_start", "span_end", coalesce("fact_id", '00000000-0000-0000-0000-000000000000'::uuid));
-- The inbox and the header's count read waiting proposals only.
CREATE INDEX "claim_proposals_waiting_idx" ON "claim_proposals" ("fact_id", "score" DESC)
    WHERE "status" = 'waiting';
CREATE INDEX "claim_proposals_new_fact_key_idx" ON "claim_proposals" ("new_fact_key")
    WHERE "new_fact_key" IS NOT NULL;
CREATE INDEX "claim_proposals_article_id_idx" ON "claim_proposals" ("article_id");

-- "New fact" proposals pair a figure with figures of other recent articles
-- that no claim covers: the extracted figures (suggestions) of the same kind
-- and counted thing, reached without reading every suggestion.
CREATE INDEX "suggestions_match_idx" ON "suggestions" (("value"->>'kind'), ("value"->>'countedKey'), "created_at")
    WHERE "status" = 'pending';
