-- A claim's bounds are finite numbers or NULL (unbounded): never Infinity,
-- -Infinity or NaN, whatever path writes them (the forms refuse them first,
-- with a message). NaN sorts above Infinity in PostgreSQL, so "< 'Infinity'"
-- refuses NaN and Infinity together, "> '-Infinity'" refuses the other end.
-- NOT VALID: rows stored before this check are kept as they are (nothing is
-- lost); every new or changed row is checked. VALIDATE then checks the old
-- rows too where there is no such value (the usual case) and is skipped if a
-- bad one exists, so that the migration never fails on old data.
ALTER TABLE "claims" ADD CONSTRAINT "claims_lower_finite_check"
    CHECK ("lower" IS NULL OR ("lower" > '-Infinity'::float8 AND "lower" < 'Infinity'::float8)) NOT VALID;
ALTER TABLE "claims" ADD CONSTRAINT "claims_upper_finite_check"
    CHECK ("upper" IS NULL OR ("upper" > '-Infinity'::float8 AND "upper" < 'Infinity'::float8)) NOT VALID;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "claims"
    WHERE NOT ("lower" IS NULL OR ("lower" > '-Infinity'::float8 AND "lower" < 'Infinity'::float8))
       OR NOT ("upper" IS NULL OR ("upper" > '-Infinity'::float8 AND "upper" < 'Infinity'::float8))
  ) THEN
    ALTER TABLE "claims" VALIDATE CONSTRAINT "claims_lower_finite_check";
    ALTER TABLE "claims" VALIDATE CONSTRAINT "claims_upper_finite_check";
  ELSE
    RAISE WARNING 'claims holds non-finite bounds from before this release: edit those claims to give finite values';
  END IF;
END
$$;
