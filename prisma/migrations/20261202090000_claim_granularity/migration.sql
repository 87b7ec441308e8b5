-- The step a round figure was rounded to ("six semaines": 7 days), so that a
-- comparison allows for it. Null for figures as precise as written: every
-- claim stored before this migration.
ALTER TABLE "claims" ADD COLUMN "granularity" DOUBLE PRECISION;
-- NaN sorts above Infinity in PostgreSQL, so one comparison refuses both.
ALTER TABLE "claims" ADD CONSTRAINT "claims_granularity_check"
    CHECK ("granularity" IS NULL OR ("granularity" > 0 AND "granularity" < 'Infinity'::float8));
