import type { SentenceIndex } from "./sentence-index";

// A pending suggestion as the reader lists it. Pure: shared by the server
// (which computes the sentences) and the list in the browser.

export type SuggestionView = {
  id: string;
  start: number;
  end: number;
  figure: string;
  value: unknown;
  /** The sentence around the figure, as the list shows it. */
  sentence: string;
};

/** Pending suggestions shown at a time beside the text (the rest page in from the server). */
export const SUGGESTIONS_PAGE_SIZE = 20;

export function toSuggestionView(
  s: { id: string; start: number; end: number; figure: string; value: unknown },
  sentences: SentenceIndex,
): SuggestionView {
  return {
    id: s.id,
    start: s.start,
    end: s.end,
    figure: s.figure,
    value: s.value,
    sentence: sentences.textAround(s.start, s.end),
  };
}
