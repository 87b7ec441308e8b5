"use client";

import type { SuggestionView } from "@/lib/articles/get-article";
import type { ClaimValue } from "@/lib/claims/value";
import { describeValue } from "@/lib/figures";
import { FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { acceptSuggestionAction, dismissSuggestionAction } from "../../_actions/claims";

type Props = {
  suggestions: SuggestionView[];
  sentenceOf: (s: SuggestionView) => string;
  onReview: (s: SuggestionView) => void;
  canTag: boolean;
};

function SuggestionItem({
  s,
  sentence,
  onReview,
  canTag,
}: {
  s: SuggestionView;
  sentence: string;
  onReview: () => void;
  canTag: boolean;
}) {
  const accept = useFormAction(acceptSuggestionAction);
  const dismiss = useFormAction(dismissSuggestionAction);
  const value = s.value as ClaimValue;
  return (
    <div className="suggestion-item">
      <span className="figure">{s.figure}</span> <span className="small">{describeValue(value, "en")}</span>
      <p className="small muted quote">{sentence}</p>
      <FormMessage status={accept.state.status} message={accept.state.message ?? dismiss.state.message} />
      {canTag && (
        <div className="actions">
          <form action={accept.action} onSubmit={accept.onSubmit}>
            <input type="hidden" name="suggestionId" value={s.id} />
            <button type="submit" className="primary" disabled={accept.pending} aria-label={`Accept ${s.figure}`}>
              Accept
            </button>
          </form>
          <button type="button" onClick={onReview}>
            Review…
          </button>
          <form action={dismiss.action} onSubmit={dismiss.onSubmit}>
            <input type="hidden" name="suggestionId" value={s.id} />
            <button type="submit" disabled={dismiss.pending} aria-label={`Dismiss ${s.figure}`}>
              Dismiss
            </button>
          </form>
        </div>
      )}
    </div>
  );
}

/** Figures Recoupe found in the text and no one has decided on yet. */
export function SuggestionList({ suggestions, sentenceOf, onReview, canTag }: Props) {
  if (suggestions.length === 0) return null;
  return (
    <section className="panel" aria-label="Suggested claims">
      <h2>
        Suggested <span className="faint small">{suggestions.length}</span>
      </h2>
      {suggestions.map((s) => (
        <SuggestionItem key={s.id} s={s} sentence={sentenceOf(s)} onReview={() => onReview(s)} canTag={canTag} />
      ))}
    </section>
  );
}
