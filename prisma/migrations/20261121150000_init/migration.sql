-- Recoupe initial schema. Mirrors prisma/schema.prisma; what Prisma's schema
-- language cannot say (checks, expression indexes, generated columns, history
-- triggers) is added here.

-- Accounts ------------------------------------------------------------------

CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "banned" BOOLEAN DEFAULT false,
    "ban_reason" TEXT,
    "ban_expires" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_role_check" CHECK ("role" IN ('admin', 'editor', 'viewer'))
);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "impersonated_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

CREATE TABLE "accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

CREATE TABLE "verifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "verifications_identifier_idx" ON "verifications"("identifier");

CREATE TABLE "sign_in_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sign_in_attempts_email_at_idx" ON "sign_in_attempts"("email", "at");
CREATE INDEX "sign_in_attempts_ip_at_idx" ON "sign_in_attempts"("ip", "at");

CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- Articles ------------------------------------------------------------------

CREATE TABLE "outlets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "outlets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "outlets_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 200)
);
CREATE UNIQUE INDEX "outlets_name_lower_key" ON "outlets"(lower("name"));

CREATE TABLE "deletions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "deleted_by_id" UUID,
    "deleted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "restored_by_id" UUID,
    "restored_at" TIMESTAMPTZ(3),
    CONSTRAINT "deletions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "deletions_entity_type_check" CHECK ("entity_type" IN ('article', 'fact', 'claim', 'note'))
);
CREATE INDEX "deletions_restored_at_deleted_at_idx" ON "deletions"("restored_at", "deleted_at");

CREATE TABLE "articles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "outlet_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "published_at" DATE NOT NULL,
    "language" TEXT NOT NULL,
    "source_format" TEXT NOT NULL,
    "raw_text" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "text_hash" TEXT NOT NULL,
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deletion_id" UUID,
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', "title"), 'A') || to_tsvector('simple', "text")
    ) STORED,
    CONSTRAINT "articles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "articles_title_check" CHECK (length(btrim("title")) BETWEEN 1 AND 500),
    CONSTRAINT "articles_language_check" CHECK ("language" ~ '^[a-z]{2,3}$'),
    CONSTRAINT "articles_source_format_check" CHECK ("source_format" IN ('text', 'markdown', 'html', 'seed')),
    CONSTRAINT "articles_text_check" CHECK (length("text") >= 1),
    CONSTRAINT "articles_version_check" CHECK ("version" >= 1)
);
CREATE UNIQUE INDEX "articles_seed_key_key" ON "articles"("seed_key");
CREATE INDEX "articles_outlet_id_idx" ON "articles"("outlet_id");
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");
CREATE INDEX "articles_text_hash_idx" ON "articles"("text_hash");
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");

-- Facts, claims, notes ------------------------------------------------------

CREATE TABLE "facts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "counted_key" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resolution_note" TEXT,
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deletion_id" UUID,
    CONSTRAINT "facts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "facts_label_check" CHECK (length(btrim("label")) BETWEEN 1 AND 300),
    CONSTRAINT "facts_kind_check" CHECK ("kind" IN ('count', 'date', 'date_range', 'duration', 'percentage', 'money')),
    CONSTRAINT "facts_status_check" CHECK ("status" IN ('open', 'resolved')),
    CONSTRAINT "facts_version_check" CHECK ("version" >= 1)
);
CREATE UNIQUE INDEX "facts_seed_key_key" ON "facts"("seed_key");
CREATE INDEX "facts_status_updated_at_idx" ON "facts"("status", "updated_at");

CREATE TABLE "claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "fact_id" UUID,
    "quote_start" INTEGER NOT NULL,
    "quote_end" INTEGER NOT NULL,
    "quote_exact" TEXT NOT NULL,
    "quote_prefix" TEXT NOT NULL,
    "quote_suffix" TEXT NOT NULL,
    "figure" TEXT NOT NULL,
    "figure_start" INTEGER NOT NULL,
    "figure_end" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "lower" DOUBLE PRECISION,
    "lower_inclusive" BOOLEAN NOT NULL DEFAULT true,
    "upper" DOUBLE PRECISION,
    "upper_inclusive" BOOLEAN NOT NULL DEFAULT true,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "qualifier" TEXT,
    "unit" TEXT,
    "counted" TEXT,
    "counted_key" TEXT,
    "attributed_to" TEXT,
    "as_of" DATE,
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deletion_id" UUID,
    CONSTRAINT "claims_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claims_quote_range_check" CHECK ("quote_start" >= 0 AND "quote_end" > "quote_start"),
    CONSTRAINT "claims_figure_range_check" CHECK (
        "figure_start" >= "quote_start" AND "figure_end" <= "quote_end" AND "figure_end" > "figure_start"
    ),
    CONSTRAINT "claims_kind_check" CHECK ("kind" IN ('count', 'date', 'date_range', 'duration', 'percentage', 'money')),
    CONSTRAINT "claims_bounds_check" CHECK (
        "lower" IS NULL OR "upper" IS NULL OR "lower" < "upper"
        OR ("lower" = "upper" AND "lower_inclusive" AND "upper_inclusive")
    ),
    CONSTRAINT "claims_version_check" CHECK ("version" >= 1)
);
CREATE UNIQUE INDEX "claims_seed_key_key" ON "claims"("seed_key");
CREATE INDEX "claims_article_id_idx" ON "claims"("article_id");
CREATE INDEX "claims_fact_id_idx" ON "claims"("fact_id");

CREATE TABLE "notes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "claim_id" UUID,
    "fact_id" UUID,
    "body" TEXT NOT NULL,
    "author_id" UUID,
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deletion_id" UUID,
    CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notes_target_check" CHECK (("claim_id" IS NULL) <> ("fact_id" IS NULL)),
    CONSTRAINT "notes_body_check" CHECK (length(btrim("body")) BETWEEN 1 AND 20000),
    CONSTRAINT "notes_version_check" CHECK ("version" >= 1)
);
CREATE UNIQUE INDEX "notes_seed_key_key" ON "notes"("seed_key");
CREATE INDEX "notes_claim_id_idx" ON "notes"("claim_id");
CREATE INDEX "notes_fact_id_idx" ON "notes"("fact_id");

CREATE TABLE "suggestions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "figure" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claim_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "suggestions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "suggestions_range_check" CHECK ("start" >= 0 AND "end" > "start"),
    CONSTRAINT "suggestions_status_check" CHECK ("status" IN ('pending', 'accepted', 'dismissed'))
);
CREATE UNIQUE INDEX "suggestions_article_id_start_end_key" ON "suggestions"("article_id", "start", "end");

-- History -------------------------------------------------------------------

CREATE TABLE "revisions" (
    "id" BIGSERIAL NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "revisions_entity_type_entity_id_at_idx" ON "revisions"("entity_type", "entity_id", "at");
CREATE INDEX "revisions_at_idx" ON "revisions"("at");

-- Foreign keys --------------------------------------------------------------

ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "articles" ADD CONSTRAINT "articles_deletion_id_fkey" FOREIGN KEY ("deletion_id") REFERENCES "deletions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "facts" ADD CONSTRAINT "facts_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "facts" ADD CONSTRAINT "facts_deletion_id_fkey" FOREIGN KEY ("deletion_id") REFERENCES "deletions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "facts"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_deletion_id_fkey" FOREIGN KEY ("deletion_id") REFERENCES "deletions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "notes" ADD CONSTRAINT "notes_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "notes" ADD CONSTRAINT "notes_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "facts"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "notes" ADD CONSTRAINT "notes_deletion_id_fkey" FOREIGN KEY ("deletion_id") REFERENCES "deletions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- History triggers ------------------------------------------------------------
-- Every change to an article, fact, claim or note writes a revision in the same
-- transaction, whoever made it and through whatever code path. The application
-- names the acting user with set_config('recoupe.actor_id', <uuid>, true).

CREATE FUNCTION "recoupe_record_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor UUID := nullif(current_setting('recoupe.actor_id', true), '')::uuid;
    old_row JSONB;
    new_row JSONB;
    changed_before JSONB := '{}'::jsonb;
    changed_after JSONB := '{}'::jsonb;
    key TEXT;
    act TEXT;
BEGIN
    -- A workspace restore re-inserts rows together with their recorded history.
    IF current_setting('recoupe.restoring_workspace', true) = 'on' THEN
        RETURN NULL;
    END IF;

    IF TG_OP = 'INSERT' THEN
        new_row := to_jsonb(NEW) - 'search_vector';
        INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
        VALUES (TG_ARGV[0], NEW."id", 'create', actor, NULL, new_row);
        RETURN NULL;
    END IF;

    IF TG_OP = 'DELETE' THEN
        old_row := to_jsonb(OLD) - 'search_vector';
        INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
        VALUES (TG_ARGV[0], OLD."id", 'purge', actor, old_row, NULL);
        RETURN NULL;
    END IF;

    old_row := to_jsonb(OLD) - 'search_vector' - 'updated_at' - 'version';
    new_row := to_jsonb(NEW) - 'search_vector' - 'updated_at' - 'version';
    FOR key IN SELECT jsonb_object_keys(new_row) LOOP
        IF (old_row -> key) IS DISTINCT FROM (new_row -> key) THEN
            changed_before := changed_before || jsonb_build_object(key, old_row -> key);
            changed_after := changed_after || jsonb_build_object(key, new_row -> key);
        END IF;
    END LOOP;
    IF changed_after = '{}'::jsonb THEN
        RETURN NULL;
    END IF;

    IF OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL THEN
        act := 'delete';
    ELSIF OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL THEN
        act := 'restore';
    ELSE
        act := 'update';
    END IF;

    INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
    VALUES (TG_ARGV[0], NEW."id", act, actor, changed_before, changed_after);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "articles_revision" AFTER INSERT OR UPDATE OR DELETE ON "articles"
    FOR EACH ROW EXECUTE FUNCTION "recoupe_record_revision"('article');
CREATE TRIGGER "facts_revision" AFTER INSERT OR UPDATE OR DELETE ON "facts"
    FOR EACH ROW EXECUTE FUNCTION "recoupe_record_revision"('fact');
CREATE TRIGGER "claims_revision" AFTER INSERT OR UPDATE OR DELETE ON "claims"
    FOR EACH ROW EXECUTE FUNCTION "recoupe_record_revision"('claim');
CREATE TRIGGER "notes_revision" AFTER INSERT OR UPDATE OR DELETE ON "notes"
    FOR EACH ROW EXECUTE FUNCTION "recoupe_record_revision"('note');
