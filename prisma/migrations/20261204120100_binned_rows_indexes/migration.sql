-- What is in the bin, by table: a search leaves out matches whose claim,
-- article or fact is deleted by an anti-join against these few rows (a hashed
-- NOT IN), instead of looking up every match's claim and article. Only binned
-- rows are in them: they cost a live write nothing.
CREATE INDEX "articles_binned_idx" ON "articles" ("id") WHERE "deleted_at" IS NOT NULL;
CREATE INDEX "claims_binned_idx" ON "claims" ("id") WHERE "deleted_at" IS NOT NULL;
CREATE INDEX "facts_binned_idx" ON "facts" ("id") WHERE "deleted_at" IS NOT NULL;
