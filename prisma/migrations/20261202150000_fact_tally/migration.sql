-- How a fact's count behaves over time (lib/discrepancies/VERDICTS.md): a
-- running total that grows while the counted event goes on, until the day it
-- ended (then later reports are final tolls that must agree), or no running
-- total at all. Both null: decided from the period named in the fact's label.
ALTER TABLE "facts" ADD COLUMN "tally" TEXT;
ALTER TABLE "facts" ADD COLUMN "event_end" DATE;
ALTER TABLE "facts" ADD CONSTRAINT "facts_tally_check" CHECK ("tally" IS NULL OR "tally" IN ('running', 'fixed'));
