-- The lines of page furniture left out of an article's text at import (share
-- buttons, captions, cookie banners…), kept so the reader can show exactly what
-- was set aside: nothing is removed without the editor being able to see it.
ALTER TABLE "articles" ADD COLUMN "left_out" JSONB NOT NULL DEFAULT '[]';
