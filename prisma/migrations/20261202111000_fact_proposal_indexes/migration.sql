-- Fact proposals while tagging (lib/facts/propose-facts.ts) pick their
-- candidates through indexes before ranking them: facts and claims of the
-- same counted thing, claims whose value is nearest the new one, and labels or
-- quotes sharing its words (the text search indexes of 20261202110000).

-- The middle of a claim's interval, or its one bound when the other is open.
CREATE FUNCTION "recoupe_mid"(lower DOUBLE PRECISION, upper DOUBLE PRECISION) RETURNS DOUBLE PRECISION
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN lower IS NOT NULL AND upper IS NOT NULL THEN (lower + upper) / 2
        ELSE coalesce(lower, upper) END $$;

CREATE INDEX "claims_fact_value_idx" ON "claims" ("kind", recoupe_mid("lower", "upper"))
    WHERE "deleted_at" IS NULL AND "fact_id" IS NOT NULL;
CREATE INDEX "claims_fact_counted_idx" ON "claims" ("counted_key", "kind")
    WHERE "deleted_at" IS NULL AND "fact_id" IS NOT NULL;
CREATE INDEX "facts_kind_counted_idx" ON "facts" ("kind", "counted_key", "label")
    WHERE "deleted_at" IS NULL;
