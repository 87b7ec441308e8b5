-- "New fact" proposals (lib/matching/match-article.ts) pair a figure no fact
-- takes with the extracted figures of other recent articles whose value is
-- nearest its own: one index on the kind and the middle of the value of the
-- figures still pending, so that the pairing reads a few rows per figure
-- however many articles the workspace holds (it replaces reading the latest
-- ones of the same counted thing, suggestions_match_idx).
DROP INDEX IF EXISTS "suggestions_match_idx";
CREATE INDEX "suggestions_pending_value_idx" ON "suggestions"
    (("value"->>'kind'), recoupe_mid(("value"->>'lower')::float8, ("value"->>'upper')::float8))
    WHERE "status" = 'pending';
