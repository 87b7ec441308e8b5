"use client";

import { useEffect, useMemo, useState } from "react";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { KIND_LABELS, KINDS, isDateKind, toValueFields, type ClaimValue, type Kind } from "@/lib/claims/value";
import { COUNTED_CLASSES, describeValue, type ExtractedFigure } from "@/lib/figures";
import { Field, FormMessage } from "../../../_components/field";
import { BoundField } from "./bound-field";
import { useFormAction } from "../../../_components/use-form-action";
import { createClaimAction, updateClaimAction } from "../../_actions/claims";
import type { ReaderClaim } from "@/lib/articles/get-article";

type FactChoice = { id: string; label: string; kind: Kind };
type Proposal = { id: string; label: string; score: number; reasons: string[] };

export type TagTarget =
  | { mode: "create"; articleId: string; start: number; end: number; figures: ExtractedFigure[] }
  | { mode: "edit"; claim: ReaderClaim };

type Props = {
  target: TagTarget;
  text: string;
  facts: FactChoice[];
  onDone: (claimId: string) => void;
  onCancel: () => void;
};

const NEW_FACT = "__new__";

/** The form to tag a passage as a claim, or to edit a claim's value and fact. */
export function TagForm({ target, text, facts, onDone, onCancel }: Props) {
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
  const [factChoice, setFactChoice] = useState<string>(edit?.factId ?? "");
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
  const compatible = facts.filter((f) => f.kind === kind || (isDateKind(f.kind) && isDateKind(kind)));
  const proposedIds = new Set(proposals.map((p) => p.id));
  const dateKind = isDateKind(kind);

  return (
    <form
      action={action}
      onSubmit={onSubmit}
      className="panel"
      aria-label={create ? "Tag a claim" : "Edit claim"}
      noValidate
    >
      <h2>{create ? "Tag this passage" : "Edit claim"}</h2>
      <p className="quote small">«{quote}»</p>
      <FormMessage status={state.status} message={state.message} />
      {conflict && (
        <div className="conflict-box small" role="alert">
          <strong>Their version:</strong> {describeValue({ ...conflict, kind: conflict.kind }, "en")}
          <div className="actions">
            <button type="button" onClick={() => setVersion(conflict.version)}>
              Keep my changes (save over theirs)
            </button>
            <button type="button" onClick={onCancel}>
              Discard mine and reload
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
            <Field name="figureChoice" label="Figure">
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
          <Field name="figure" label="Figure as written" errors={errors}>
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
          <Field name="kind" label="Kind" errors={errors}>
            <select id="kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field name="qualifier" label="Qualifier" errors={errors}>
            <input
              id="qualifier"
              name="qualifier"
              type="text"
              defaultValue={fields?.qualifier ?? ""}
              placeholder="plus de, environ…"
            />
          </Field>
        </div>
        <div className="row">
          <BoundField end="lower" dateKind={dateKind} fields={fields} errors={errors} />
          <BoundField end="upper" dateKind={dateKind} fields={fields} errors={errors} />
        </div>
        <label className="checkbox field">
          <input type="checkbox" name="approximate" defaultChecked={fields?.approximate === "on"} /> Approximate figure
        </label>
        {/* The rounding step read from the figure ("six weeks": 7 days), kept with the claim. */}
        <input type="hidden" name="granularity" value={fields?.granularity ?? ""} />
        <div className="row">
          <Field name="counted" label="Counted thing" hint="as written" errors={errors}>
            <input
              id="counted"
              name="counted"
              type="text"
              defaultValue={fields?.counted ?? ""}
              placeholder="soldats, personnes…"
            />
          </Field>
          <Field name="countedKey" label="Counts" errors={errors}>
            <select id="countedKey" name="countedKey" defaultValue={fields?.countedKey ?? ""}>
              <option value="">(from the counted thing)</option>
              {COUNTED_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {(kind === "money" || kind === "quantity") && <input type="hidden" name="unit" value={fields?.unit ?? ""} />}
        <div className="row">
          <Field name="attributedTo" label="Attributed to" hint="(optional)" errors={errors}>
            <input id="attributedTo" name="attributedTo" type="text" defaultValue={edit?.attributedTo ?? ""} />
          </Field>
          <Field name="asOf" label="As of" hint="(for a running total)" errors={errors}>
            <input id="asOf" name="asOf" type="date" defaultValue={edit?.asOf ?? ""} />
          </Field>
        </div>
      </div>

      <Field name="factId" label="Fact" errors={errors}>
        <select
          id="factId"
          name={factChoice === NEW_FACT ? undefined : "factId"}
          value={factChoice}
          onChange={(e) => setFactChoice(e.target.value)}
          aria-invalid={Boolean(errors.factId)}
        >
          <option value="">No fact yet</option>
          <option value={NEW_FACT}>New fact…</option>
          {binnedFactId && <option value={binnedFactId}>(its fact, now in the bin)</option>}
          {proposals.length > 0 && (
            <optgroup label="Most likely">
              {proposals.map((p) => (
                <option key={p.id} value={p.id} title={p.reasons.join("; ")}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={`Other ${KIND_LABELS[kind].toLowerCase()} facts`}>
            {compatible
              .filter((f) => !proposedIds.has(f.id))
              .map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
          </optgroup>
        </select>
      </Field>
      {factChoice === NEW_FACT && (
        <Field name="newFactLabel" label="New fact" hint="a short question or label" errors={errors}>
          <input id="newFactLabel" name="newFactLabel" type="text" required placeholder="People killed in …" />
        </Field>
      )}
      {proposals[0] && factChoice === "" && (
        <p className="small muted">
          Best match: <strong>{proposals[0].label}</strong> ({proposals[0].reasons.join("; ")}).{" "}
          <button type="button" className="link" onClick={() => setFactChoice((proposals[0] as Proposal).id)}>
            Use it
          </button>
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : create ? "Save claim" : "Save changes"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
