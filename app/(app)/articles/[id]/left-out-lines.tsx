"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { restoreLeftOutAction } from "../../_actions/left-out";

function LeftOutLine({
  articleId,
  line,
  index,
  canRestore,
}: {
  articleId: string;
  line: string;
  index: number;
  canRestore: boolean;
}) {
  const t = useTranslations("tagging.leftOut");
  const { state, pending, onSubmit, action } = useFormAction(restoreLeftOutAction);
  return (
    <li>
      <span className="left-out-text">{line}</span>
      {canRestore && (
        <form action={action} onSubmit={onSubmit} className="inline">
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="index" value={index} />
          <input type="hidden" name="line" value={line} />
          <button type="submit" className="link small" disabled={pending} aria-label={t("putBackLine", { line })}>
            {pending ? t("putting") : t("putBack")}
          </button>
        </form>
      )}
      {state.status !== "idle" && state.status !== "ok" && (
        <FormMessage status={state.status} message={state.message} />
      )}
    </li>
  );
}

/** The lines left out of the story at import, each of which an editor may put back where it stood. */
export function LeftOutLines({
  articleId,
  lines,
  language,
  canRestore,
}: {
  articleId: string;
  lines: string[];
  language: string;
  canRestore: boolean;
}) {
  const t = useTranslations("tagging.leftOut");
  if (lines.length === 0) return null;
  return (
    <section className="left-out panel" aria-label={t("label")}>
      <details>
        <summary>
          {t("title")} <span className="faint small">{lines.length}</span>
        </summary>
        <p className="small muted">{t("intro")}</p>
        <ul lang={language}>
          {lines.map((line, i) => (
            // A line's position is its identity: the same words may be left out twice.
            <LeftOutLine key={`${i}-${line}`} articleId={articleId} line={line} index={i} canRestore={canRestore} />
          ))}
        </ul>
      </details>
    </section>
  );
}
