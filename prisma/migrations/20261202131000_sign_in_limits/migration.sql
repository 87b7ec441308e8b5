-- Sign-in limits are kept by rate-limiter-flexible in this table (its
-- PostgreSQL store's own layout: one row per key, the points used and when they
-- expire, in milliseconds since 1970). Keys are hashes, never an email address.
-- Decisions no longer come from sign_in_attempts (its count-then-record could
-- not be made atomic); that table stays as the log of password checks.
CREATE TABLE "sign_in_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,
    CONSTRAINT "sign_in_limits_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "sign_in_limits_expire_idx" ON "sign_in_limits"("expire");
