-- An article's whole life (issue 11): the page it was fetched from kept as an
-- archived copy, every earlier text kept as a version, claims re-anchored when
-- the text changes (and marked when they cannot be), and one entity per name
-- whatever its spelling.

-- Articles reached at several addresses are one article: the canonical address
-- (from the page's <link rel=canonical> or og:url, normalised) is unique among
-- live articles. A deleted article keeps its address without blocking a new one.
ALTER TABLE "articles" ADD COLUMN "canonical_url" TEXT;
CREATE UNIQUE INDEX "articles_canonical_url_live_key" ON "articles"("canonical_url")
    WHERE "deleted_at" IS NULL AND "canonical_url" IS NOT NULL;

-- The page as fetched, byte for byte decoded, one row per fetch. Only ever
-- shown sanitised (scripts, remote loads and forms removed).
CREATE TABLE "article_archives" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "requested_url" TEXT NOT NULL,
    "final_url" TEXT NOT NULL,
    "canonical_url" TEXT,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "status" INTEGER NOT NULL,
    "content_type" TEXT NOT NULL,
    "charset" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "article_archives_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "article_archives_version_check" CHECK ("version" >= 1),
    CONSTRAINT "article_archives_status_check" CHECK ("status" BETWEEN 100 AND 599)
);
CREATE INDEX "article_archives_article_id_version_idx" ON "article_archives"("article_id", "version");
ALTER TABLE "article_archives" ADD CONSTRAINT "article_archives_article_id_fkey"
    FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "article_archives" ADD CONSTRAINT "article_archives_created_by_id_fkey"
    FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every text an article has had, the current one included (articles.text is a
-- copy of the latest), so that any two can be compared. Articles imported
-- before their first new version have no row yet: the first new version
-- writes version 1 from the article as it stood.
CREATE TABLE "article_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "text_hash" TEXT NOT NULL,
    "left_out" JSONB NOT NULL DEFAULT '[]',
    "source_format" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "url" TEXT,
    "archive_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "article_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "article_versions_version_check" CHECK ("version" >= 1),
    CONSTRAINT "article_versions_text_check" CHECK (length("text") >= 1),
    CONSTRAINT "article_versions_source_format_check" CHECK ("source_format" IN ('text', 'markdown', 'html', 'seed')),
    CONSTRAINT "article_versions_origin_check" CHECK ("origin" IN ('import', 'refetch', 'text'))
);
CREATE UNIQUE INDEX "article_versions_article_id_version_key" ON "article_versions"("article_id", "version");
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_article_id_fkey"
    FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_archive_id_fkey"
    FOREIGN KEY ("archive_id") REFERENCES "article_archives"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_created_by_id_fkey"
    FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Where a claim stands after its article changed. anchored: the quote is where
-- it was tagged; reanchored: found again in a later text (score 1 = the exact
-- quote, below 1 = an approximate match); orphan: the passage is gone or
-- changed past recognition, and the claim keeps the quote and offsets of
-- anchor_version, the last text that held it. Orphans do not count in verdicts.
ALTER TABLE "claims" ADD COLUMN "anchor_status" TEXT NOT NULL DEFAULT 'anchored';
ALTER TABLE "claims" ADD COLUMN "anchor_score" DOUBLE PRECISION;
ALTER TABLE "claims" ADD COLUMN "anchor_version" INTEGER;
-- The figure as written before a later text changed it inside the re-anchored
-- passage (a stealth edit); null when unchanged.
ALTER TABLE "claims" ADD COLUMN "figure_before" TEXT;
ALTER TABLE "claims" ADD CONSTRAINT "claims_anchor_status_check"
    CHECK ("anchor_status" IN ('anchored', 'reanchored', 'orphan'));
ALTER TABLE "claims" ADD CONSTRAINT "claims_anchor_score_check"
    CHECK ("anchor_score" IS NULL OR ("anchor_score" >= 0 AND "anchor_score" <= 1));
ALTER TABLE "claims" ADD CONSTRAINT "claims_anchor_version_check"
    CHECK (("anchor_status" = 'orphan') = ("anchor_version" IS NOT NULL));

-- Entities and their spellings ------------------------------------------------

CREATE TABLE "entities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "note" TEXT,
    "seed_key" TEXT,
    "merged_into_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    CONSTRAINT "entities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "entities_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 200),
    CONSTRAINT "entities_note_check" CHECK ("note" IS NULL OR length("note") <= 2000),
    CONSTRAINT "entities_version_check" CHECK ("version" >= 1),
    CONSTRAINT "entities_merged_check" CHECK ("merged_into_id" IS NULL OR "deleted_at" IS NOT NULL)
);
CREATE UNIQUE INDEX "entities_seed_key_key" ON "entities"("seed_key");
-- Deferred: a workspace restore inserts entities in id order, and a merged
-- entity may come before the one it was merged into.
ALTER TABLE "entities" ADD CONSTRAINT "entities_merged_into_id_fkey"
    FOREIGN KEY ("merged_into_id") REFERENCES "entities"("id") ON DELETE SET NULL ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "entities" ADD CONSTRAINT "entities_created_by_id_fkey"
    FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One spelling belongs to one entity, whatever its case and accents.
CREATE TABLE "entity_aliases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "entity_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "entity_aliases_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "entity_aliases_alias_check" CHECK (length(btrim("alias")) BETWEEN 1 AND 200 AND "alias" = btrim("alias"))
);
CREATE UNIQUE INDEX "entity_aliases_alias_fold_key" ON "entity_aliases"(recoupe_fold("alias"));
CREATE INDEX "entity_aliases_entity_id_idx" ON "entity_aliases"("entity_id");
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_fkey"
    FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_created_by_id_fkey"
    FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- History: entities go through the shared trigger (they have deleted_at);
-- spellings are added and removed, never edited in place, so theirs records
-- creation and removal with the whole row.
CREATE TRIGGER "entities_revision" AFTER INSERT OR UPDATE OR DELETE ON "entities"
    FOR EACH ROW EXECUTE FUNCTION "recoupe_record_revision"('entity');

CREATE FUNCTION "recoupe_record_alias_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor UUID := nullif(current_setting('recoupe.actor_id', true), '')::uuid;
BEGIN
    IF current_setting('recoupe.restoring_workspace', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
        VALUES ('entity_alias', NEW."id", 'create', actor, NULL, to_jsonb(NEW));
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
        VALUES ('entity_alias', OLD."id", 'purge', actor, to_jsonb(OLD), NULL);
    ELSIF to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW) THEN
        INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
        VALUES ('entity_alias', NEW."id", 'update', actor, to_jsonb(OLD), to_jsonb(NEW));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "entity_aliases_revision" AFTER INSERT OR UPDATE OR DELETE ON "entity_aliases"
    FOR EACH ROW EXECUTE FUNCTION "recoupe_record_alias_revision"();
