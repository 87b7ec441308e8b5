-- A tsvector holds at most 1 MB. An article may hold 2 MB of text, and text of
-- many distinct words (tables, lists of names) can exceed the limit, which
-- would make saving the article fail. Search therefore covers the title and
-- the first 400 000 characters of the text: every news story in full, and the
-- opening of the rare document that is longer.
DROP INDEX "articles_search_vector_idx";
ALTER TABLE "articles" DROP COLUMN "search_vector";
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "title"), 'A') || to_tsvector('simple', left("text", 400000))
) STORED;
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");
