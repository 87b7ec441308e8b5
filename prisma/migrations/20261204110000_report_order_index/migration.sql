-- Reports (lib/reports/load-report.ts) read the live facts in keyset batches,
-- by label then id: each batch is a walk along this index instead of a scan
-- and a sort of every fact (9 ms a batch at 20 000 facts).
CREATE INDEX "facts_report_order_idx" ON "facts" ("label", "id") WHERE "deleted_at" IS NULL;
