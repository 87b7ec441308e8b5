import type { Task } from "graphile-worker";
import { z } from "zod";
import { matchArticle } from "./match-article";

// The background job after an import (lib/jobs/after-import.ts): matching
// writes with ON CONFLICT DO NOTHING, so a job run twice (after a crash, on
// another server) adds nothing the first run added.

const payloadSchema = z.object({ articleId: z.uuid() });

export const MATCH_ARTICLE_TASK = "match_article";

export const matchArticleTask: Task = async (payload, helpers) => {
  const { articleId } = payloadSchema.parse(payload);
  const outcome = await matchArticle(articleId);
  helpers.logger.debug(
    `matched ${outcome.figures} figures: ${outcome.proposed} proposals, ${outcome.newFacts} new facts`,
  );
};
