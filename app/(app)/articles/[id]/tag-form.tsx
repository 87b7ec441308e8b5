"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { KINDS, isDateKind, toValueFields, type ClaimValue, type Kind } from "@/lib/claims/value";
import { labelCounted } from "@/lib/discrepancies/counted-labels";
import { COUNTED_CLASSES, describeValue, type ExtractedFigure } from "@/lib/figures";
import type { UiLocale } from "@/lib/i18n/locales";
import { Field, FormMessage } from "../../../_components/field";
import { BoundField } from "./bound-field";
import { QuoteMismatch, type AnchorMismatch } from "./quote-mismatch";
import { useFormAction } from "../../../_components/use-form-action";
import { createClaimAction, updateClaimAction } from "../../_actions/claims";
import type { ReaderClaim } from "@/lib/articles/get-article";
import { FactPicker, type FactProposalView as Proposal } from "./fact-picker";

export type TagTarget =
  | {
      mode: "create";
      articleId: string;
      start: number;
      end: number;
      figures: ExtractedFigure[];
      /** What the editor should know about the passage (widened to a whole figure, no figure found). */
      notes?: string[];
    }
  | { mode: "edit"; claim: ReaderClaim };

type Props = {
  target: TagTarget;
  text: string;
  /** The article's language, for the quote's lang attribute. */
  language: string;
  onDone: (claimId: string) => void;
  onCancel: () => void;
};

/** The form to tag a passage as a claim, or to edit a claim's value and fact. */
export function TagForm({ target, text, language, onDone, onCancel }: Props) {
  // --- verdicts: the form's own words, in the interface's language ---
  const tf = useTranslations("tagging.form");
  const tk = useTranslations("tagging.kind");
  const tv = useTranslations("verdicts");
  const locale = useLocale() as UiLocale;
  // --- end verdicts ---
  const index = useMemo(() => createOffsetIndex(text), [text]);
  const create = target.mode === "create" ? target : null;
  const edit = target.mode === "edit" ? target.claim : null;
  const quote = create
    ? text.slice(index.toUtf16(create.start), index.toUtf16(create.end))
    : (edit as ReaderClaim).quoteExact;

  const [figureIndex, setFigureIndex] = useState(0);
  const found = create?.figures[figureIndex] ?? null;
  const initial: ClaimValue | null = edit ? edit.value : found ? (found.value as ClaimValue) : null;
  const [kind, setKind] = useState<Kind>(initial?.kind ?? "count");
  // A claim whose fact is in the bin keeps pointing to it unless the editor
  // chooses another: restoring the fact brings the claim back into it.
  const binnedFactId = edit && edit.factId && !edit.fact ? edit.factId : null;
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [version, setVersion] = useState(edit?.version ?? 1);
  const fields = initial ? toValueFields(initial) : null;
  const figureText = edit ? edit.figure : found ? found.text : "";

  const { state, pending, onSubmit, action } = useFormAction(create ? createClaimAction : updateClaimAction);
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.status === "ok" && state.data && typeof state.data === "object" && "claimId" in state.data) {
      onDone((state.data as { claimId: string }).claimId);
    }
  }, [state, onDone]);

  // Ask the server which facts this claim most likely belongs to.
  useEffect(() => {
    const params = new URLSearchParams({ kind, context: quote.slice(0, 1500) });
    if (initial?.countedKey) params.set("countedKey", initial.countedKey);
    if (initial?.lower !== null && initial?.lower !== undefined) params.set("lower", String(initial.lower));
    if (initial?.upper !== null && initial?.upper !== undefined) params.set("upper", String(initial.upper));
    const controller = new AbortController();
    fetch(`/api/fact-proposals?${params}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : { proposals: [] }))
      .then((body: { proposals: Proposal[] }) => setProposals(body.proposals))
      .catch(() => undefined);
    return () => controller.abort();
  }, [kind, quote, initial?.countedKey, initial?.lower, initial?.upper]);

  const conflict =
    state.status === "conflict" ? (state.current as (ClaimValue & { version: number }) | undefined) : undefined;
  // --- verdicts: a refused quote comes back with what the article holds there ---
  const mismatch =
    state.status === "error" && state.current && typeof state.current === "object" && "anchor" in state.current
      ? (state.current as { anchor: AnchorMismatch }).anchor
      : null;
  // --- end verdicts ---
  const dateKind = isDateKind(kind);

  return (
    <form
      action={action}
      onSubmit={onSubmit}
      className="panel"
      aria-label={create ? tf("createLabel") : tf("editLabel")}
      noValidate
    >
      <h2>{create ? tf("createTitle") : tf("editTitle")}</h2>
      <p className="quote small" lang={language}>
        «{quote}»
      </p>
      {create?.notes?.map((note) => (
        <p key={note} className="small muted tag-note" role="status">
          {note}
        </p>
      ))}
      <FormMessage status={state.status} message={state.message} />
      {mismatch && <QuoteMismatch mismatch={mismatch} />}
      {conflict && (
        <div className="conflict-box small" role="alert">
          <strong>{tf("theirVersion")}</strong> {describeValue({ ...conflict, kind: conflict.kind }, locale)}
          <div className="actions">
            <button type="button" onClick={() => setVersion(conflict.version)}>
              {tf("keepMine")}
            </button>
            <button type="button" onClick={onCancel}>
              {tf("discardMine")}
            </button>
          </div>
        </div>
      )}

      {create && (
        <>
          <input type="hidden" name="articleId" value={create.articleId} />
          <input type="hidden" name="quoteStart" value={create.start} />
          <input type="hidden" name="quoteEnd" value={create.end} />
          <input type="hidden" name="quoteExact" value={quote} />
          {found && (
            <>
              <input type="hidden" name="figureStart" value={index.toCodePoint(found.start)} />
              <input type="hidden" name="figureEnd" value={index.toCodePoint(found.end)} />
            </>
          )}
          {create.figures.length > 1 && (
            <Field name="figureChoice" label={tf("figureChoice")}>
              <select
                id="figureChoice"
                value={figureIndex}
                onChange={(e) => {
                  const index = Number(e.target.value);
                  setFigureIndex(index);
                  setKind((create.figures[index]?.value.kind as Kind | undefined) ?? "count");
                }}
              >
                {create.figures.map((f, i) => (
                  <option key={f.start} value={i}>
                    {f.text}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </>
      )}
      {edit && (
        <>
          <input type="hidden" name="claimId" value={edit.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}

      <div key={`${figureIndex}-${edit?.version ?? 0}`}>
        {create && (
          <Field name="figure" label={tf("figure")} errors={errors}>
            <input
              id="figure"
              name="figure"
              type="text"
              defaultValue={figureText}
              required
              aria-invalid={Boolean(errors.figure)}
            />
          </Field>
        )}
        <div className="row">
          <Field name="kind" label={tf("kind")} errors={errors}>
            <select id="kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </select>
          </Field>
          <Field name="qualifier" label={tf("qualifier")} errors={errors}>
            <input
              id="qualifier"
              name="qualifier"
              type="text"
              defaultValue={fields?.qualifier ?? ""}
              placeholder={tf("qualifierPlaceholder")}
            />
          </Field>
        </div>
        <div className="row">
          <BoundField end="lower" dateKind={dateKind} fields={fields} errors={errors} />
          <BoundField end="upper" dateKind={dateKind} fields={fields} errors={errors} />
        </div>
        <label className="checkbox field">
          <input type="checkbox" name="approximate" defaultChecked={fields?.approximate === "on"} /> {tf("approximate")}
        </label>
        {/* The rounding step read from the figure ("six weeks": 7 days), kept with the claim. */}
        <input type="hidden" name="granularity" value={fields?.granularity ?? ""} />
        {fields?.granularity && (
          <p className="small muted">
            {tf("rounding", {
              step:
                initial?.unit === "day"
                  ? tv("tolerance.day", { n: Number(fields.granularity) })
                  : tv("tolerance.plain", { n: Number(fields.granularity) }),
            })}
          </p>
        )}
        <div className="row">
          <Field name="counted" label={tf("counted")} hint={tf("countedHint")} errors={errors}>
            <input
              id="counted"
              name="counted"
              type="text"
              defaultValue={fields?.counted ?? ""}
              placeholder={tf("countedPlaceholder")}
            />
          </Field>
          <Field name="countedKey" label={tf("countedKey")} errors={errors}>
            <select id="countedKey" name="countedKey" defaultValue={fields?.countedKey ?? ""}>
              <option value="">{tf("countedFromNoun")}</option>
              {COUNTED_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {labelCounted({ countedKey: c, counted: null }, locale)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {(kind === "money" || kind === "quantity") && <input type="hidden" name="unit" value={fields?.unit ?? ""} />}
        <div className="row">
          <Field name="attributedTo" label={tf("attributedTo")} hint={tf("optional")} errors={errors}>
            <input id="attributedTo" name="attributedTo" type="text" defaultValue={edit?.attributedTo ?? ""} />
          </Field>
          <Field name="asOf" label={tf("asOf")} hint={tf("asOfHint")} errors={errors}>
            <input id="asOf" name="asOf" type="date" defaultValue={edit?.asOf ?? ""} />
          </Field>
        </div>
      </div>

      {/* scale-search: the fact picker asks the server as the editor types. */}
      <FactPicker
        kind={kind}
        proposals={proposals}
        initial={edit?.fact ?? (binnedFactId ? { id: binnedFactId, label: null } : null)}
        errors={errors}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? tf("saving") : create ? tf("save") : tf("saveChanges")}
        </button>
        <button type="button" onClick={onCancel}>
          {tf("cancel")} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
