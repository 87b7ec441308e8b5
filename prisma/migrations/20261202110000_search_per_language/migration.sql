-- Search a newsroom can use: accent- and case-insensitive, singular finds
-- plural, in each article's own language.
--
-- One text search configuration per language Recoupe reads: a copy of
-- PostgreSQL's own, with unaccent before the stemmer for words that carry
-- letters outside ASCII, so that "réfugiés", "refugies" and "Réfugié" all
-- become the stem "refug". Words of other languages get recoupe_simple (folded,
-- not stemmed).
CREATE TEXT SEARCH CONFIGURATION "recoupe_fr" (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION "recoupe_fr"
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION "recoupe_en" (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION "recoupe_en"
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION "recoupe_de" (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION "recoupe_de"
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION "recoupe_simple" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION "recoupe_simple"
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;

-- The configuration for an article's language (lib/i18n/locales.ts Locale).
CREATE FUNCTION "recoupe_search_config"(language TEXT) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE language
        WHEN 'fr' THEN 'public.recoupe_fr'::regconfig
        WHEN 'en' THEN 'public.recoupe_en'::regconfig
        WHEN 'de' THEN 'public.recoupe_de'::regconfig
        ELSE 'public.recoupe_simple'::regconfig END $$;

-- What an article is found by: its title (weight A), its outlet's name (B) and
-- the first 400 000 characters of its text (a tsvector holds at most 1 MB; see
-- migration 20261121190000), each read in the article's language.
CREATE FUNCTION "recoupe_article_vector"(language TEXT, title TEXT, outlet TEXT, body TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT
        setweight(to_tsvector(public.recoupe_search_config(language), coalesce(title, '')), 'A')
        || setweight(to_tsvector(public.recoupe_search_config(language), coalesce(outlet, '')), 'B')
        || to_tsvector(public.recoupe_search_config(language), left(coalesce(body, ''), 400000)) $$;

-- Text with no language of its own (fact labels, quotes, notes) is read both
-- as French and as English, so that a search parsed in either finds it.
CREATE FUNCTION "recoupe_text_vector"(body TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('public.recoupe_fr'::regconfig, coalesce(body, ''))
        || to_tsvector('public.recoupe_en'::regconfig, coalesce(body, '')) $$;

-- A search as lib/search/parse-query.ts sends it: a JSON array of terms, each
-- {"any": [alternative words or phrases], "not": bool}. The terms are all
-- required; a term matches when any of its alternatives does (an "OR" typed by
-- the editor today, a name's other spellings later). The whole query is parsed
-- once per configuration and the parses OR-ed: a French stop word then drops
-- out of the French parse without being required by the English one.
CREATE FUNCTION "recoupe_search_query"(config regconfig, terms JSONB) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
DECLARE
    term JSONB;
    alternative TEXT;
    one tsquery;
    result tsquery := ''::tsquery;
BEGIN
    FOR term IN SELECT value FROM jsonb_array_elements(terms) LOOP
        one := ''::tsquery;
        FOR alternative IN SELECT value FROM jsonb_array_elements_text(term -> 'any') LOOP
            one := one || phraseto_tsquery(config, alternative);
        END LOOP;
        IF numnode(one) = 0 THEN
            CONTINUE; -- only stop words or punctuation: it constrains nothing
        END IF;
        IF (term ->> 'not')::boolean THEN
            one := !! one;
        END IF;
        result := result && one;
    END LOOP;
    RETURN result;
END;
$$;

CREATE FUNCTION "recoupe_search_query"(terms JSONB) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT public.recoupe_search_query('public.recoupe_fr'::regconfig, terms)
        || public.recoupe_search_query('public.recoupe_en'::regconfig, terms)
        || public.recoupe_search_query('public.recoupe_de'::regconfig, terms)
        || public.recoupe_search_query('public.recoupe_simple'::regconfig, terms) $$;

-- The same for text read as French and English only (recoupe_text_vector).
CREATE FUNCTION "recoupe_text_query"(terms JSONB) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT public.recoupe_search_query('public.recoupe_fr'::regconfig, terms)
        || public.recoupe_search_query('public.recoupe_en'::regconfig, terms) $$;

-- The article vector becomes a column kept by a trigger instead of a generated
-- column: a generated column cannot read the outlet's name. It is recomputed
-- whenever the title, text, language or outlet changes (and by a workspace
-- restore, which inserts rows without it).
DROP INDEX "articles_search_vector_idx";
ALTER TABLE "articles" DROP COLUMN "search_vector";
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector;

-- Filling it touches every row once; history is not a change of content, so
-- the revision trigger stays out of it (the migration holds the table lock).
ALTER TABLE "articles" DISABLE TRIGGER "articles_revision";
UPDATE "articles" AS a
SET "search_vector" = recoupe_article_vector(a."language", a."title", o."name", a."text")
FROM "outlets" AS o
WHERE o."id" = a."outlet_id";
ALTER TABLE "articles" ENABLE TRIGGER "articles_revision";

CREATE FUNCTION "recoupe_articles_search_vector"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW."search_vector" := recoupe_article_vector(
        NEW."language", NEW."title", (SELECT o."name" FROM "outlets" o WHERE o."id" = NEW."outlet_id"), NEW."text");
    RETURN NEW;
END;
$$;
CREATE TRIGGER "articles_search_vector" BEFORE INSERT OR UPDATE OF "title", "text", "language", "outlet_id"
    ON "articles" FOR EACH ROW EXECUTE FUNCTION "recoupe_articles_search_vector"();

CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");
-- Parts of words in titles and outlet names ("Karab", "france" in "franceinfo").
CREATE INDEX "articles_title_fold_trgm_idx" ON "articles" USING GIN (recoupe_fold("title") gin_trgm_ops);
CREATE INDEX "outlets_name_fold_trgm_idx" ON "outlets" USING GIN (recoupe_fold("name") gin_trgm_ops);
-- The article list without a search, newest first.
CREATE INDEX "articles_live_published_idx" ON "articles" ("published_at" DESC, "created_at" DESC)
    WHERE "deleted_at" IS NULL;

-- Facts, claims and notes are searched by words too, and the fact picker finds
-- labels by parts of words as the editor types.
CREATE INDEX "facts_label_search_idx" ON "facts" USING GIN (recoupe_text_vector("label"));
CREATE INDEX "facts_label_fold_trgm_idx" ON "facts" USING GIN (recoupe_fold("label") gin_trgm_ops);
CREATE INDEX "claims_quote_search_idx" ON "claims" USING GIN (recoupe_text_vector("quote_exact"));
CREATE INDEX "notes_body_search_idx" ON "notes" USING GIN (recoupe_text_vector("body"));
