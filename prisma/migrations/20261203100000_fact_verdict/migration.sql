-- Each fact's classification, stored with it so that the facts and
-- discrepancy lists filter, count and page in SQL (lib/facts/list-facts-page.ts).
-- It is derived data: lib/facts/refresh-fact-verdicts.ts recomputes it with the
-- one classifier (lib/discrepancies/fact-verdict.ts) in the same transaction as
-- every write it depends on. SQL cannot run that classifier, so rows existing
-- before this migration keep a null verdict until the migration runner fills
-- them in (lib/db/migrate.ts, under its advisory lock), right after this runs.
ALTER TABLE "facts" ADD COLUMN "verdict" TEXT;
-- A fact is born with no claim.
ALTER TABLE "facts" ALTER COLUMN "verdict" SET DEFAULT 'none';
ALTER TABLE "facts" ADD CONSTRAINT "facts_verdict_check" CHECK (
    "verdict" IS NULL
    OR "verdict" IN ('agree', 'compatible', 'conflict', 'evolving', 'not_comparable', 'single', 'none')
);
-- Live claims (on live articles), the distinct outlets they come from, and
-- their latest change: the lists show and sort by these without reading claims.
ALTER TABLE "facts" ADD COLUMN "claim_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "facts" ADD COLUMN "outlet_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "facts" ADD COLUMN "claims_activity" TIMESTAMPTZ(3);

-- The lists' one order, most recent activity first: the fact's own change or
-- its claims' latest (greatest() skips a null), with the id to break ties.
CREATE INDEX "facts_activity_idx" ON "facts" ((greatest("updated_at", "claims_activity")) DESC, "id" DESC)
    WHERE "deleted_at" IS NULL;
CREATE INDEX "facts_status_activity_idx" ON "facts" ("status", (greatest("updated_at", "claims_activity")) DESC, "id" DESC)
    WHERE "deleted_at" IS NULL;
CREATE INDEX "facts_verdict_activity_idx" ON "facts" ("verdict", (greatest("updated_at", "claims_activity")) DESC, "id" DESC)
    WHERE "deleted_at" IS NULL;
-- Filters by outlet and by notes use claims_fact_id_idx and notes_fact_id_idx (init).

-- Derived columns are no history: a verdict recomputed after a claim's edit is
-- recorded by that claim's revision, not as a change of the fact. Same
-- function as in 20261121150000_init, with these columns left out.
CREATE OR REPLACE FUNCTION "recoupe_record_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor UUID := nullif(current_setting('recoupe.actor_id', true), '')::uuid;
    old_row JSONB;
    new_row JSONB;
    changed_before JSONB := '{}'::jsonb;
    changed_after JSONB := '{}'::jsonb;
    key TEXT;
    act TEXT;
    derived TEXT[] := ARRAY['search_vector', 'verdict', 'claim_count', 'outlet_count', 'claims_activity'];
BEGIN
    -- A workspace restore re-inserts rows together with their recorded history.
    IF current_setting('recoupe.restoring_workspace', true) = 'on' THEN
        RETURN NULL;
    END IF;

    IF TG_OP = 'INSERT' THEN
        new_row := to_jsonb(NEW) - derived;
        INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
        VALUES (TG_ARGV[0], NEW."id", 'create', actor, NULL, new_row);
        RETURN NULL;
    END IF;

    IF TG_OP = 'DELETE' THEN
        old_row := to_jsonb(OLD) - derived;
        INSERT INTO "revisions" ("entity_type", "entity_id", "action", "actor_id", "before", "after")
        VALUES (TG_ARGV[0], OLD."id", 'purge', actor, old_row, NULL);
        RETURN NULL;
    END IF;

    old_row := to_jsonb(OLD) - derived - 'updated_at' - 'version';
    new_row := to_jsonb(NEW) - derived - 'updated_at' - 'version';
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
