-- The language a person chose for the interface. Null until they choose: the
-- cookie, then their browser's Accept-Language, decide meanwhile.
ALTER TABLE "users" ADD COLUMN "locale" TEXT;
ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK ("locale" IS NULL OR "locale" IN ('en', 'fr'));
