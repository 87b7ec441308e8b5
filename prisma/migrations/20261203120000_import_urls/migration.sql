-- Bulk import of addresses: an entry of a batch is either an uploaded file
-- (its bytes in "content") or an address to fetch ("source_url"), fetched by
-- the same background job through lib/fetch. A failed fetch is reported with
-- the failure 'fetch' and the fetch's own reason as its message.
ALTER TABLE "import_files" ADD COLUMN "source_url" TEXT;
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_source_check"
    CHECK ("source_url" IS NULL OR "content" IS NULL);
ALTER TABLE "import_files" DROP CONSTRAINT "import_files_failure_check";
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_failure_check" CHECK ("failure" IS NULL OR "failure" IN
    ('encoding', 'too_large', 'empty', 'duplicate', 'unsupported', 'unsafe_path', 'metadata', 'invalid', 'internal',
     'fetch'));
