-- Bulk import: a batch of uploaded files, each imported in the background by a
-- job (graphile-worker keeps its queue in its own schema, graphile_worker,
-- installed by the worker at start). The bytes of a file wait here, in the
-- database every app server shares, and are cleared once it is processed.
CREATE TABLE "import_batches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "created_by_id" UUID,
    "default_outlet" TEXT,
    "default_language" TEXT,
    "default_published_at" DATE,
    "keep_boilerplate" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "import_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id")
        REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "import_batches_created_at_idx" ON "import_batches"("created_at");

CREATE TABLE "import_files" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "batch_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "failure" TEXT,
    "message" TEXT,
    "message_values" JSONB,
    "article_id" UUID,
    "claim_token" UUID,
    "lease_until" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "import_files_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "import_files_batch_id_fkey" FOREIGN KEY ("batch_id")
        REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "import_files_article_id_fkey" FOREIGN KEY ("article_id")
        REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "import_files_status_check" CHECK ("status" IN ('pending', 'running', 'imported', 'failed')),
    CONSTRAINT "import_files_failure_check" CHECK ("failure" IS NULL OR "failure" IN
        ('encoding', 'too_large', 'empty', 'duplicate', 'unsupported', 'unsafe_path', 'metadata', 'invalid', 'internal')),
    CONSTRAINT "import_files_size_check" CHECK ("size" >= 0)
);
CREATE UNIQUE INDEX "import_files_batch_id_position_key" ON "import_files"("batch_id", "position");
CREATE INDEX "import_files_status_lease_until_idx" ON "import_files"("status", "lease_until");
