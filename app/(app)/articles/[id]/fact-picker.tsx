"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Kind } from "@/lib/claims/value";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { FactChoice } from "@/lib/search/find-fact-choices";
import "./fact-picker.css";

export type FactProposalView = { id: string; label: string; score: number; reasons: string[] };

type Choice = { type: "none" } | { type: "fact"; id: string; label: string } | { type: "new"; label: string };

type Option =
  | { key: string; type: "fact"; id: string; label: string; detail?: string }
  | { key: string; type: "new"; label: string }
  | { key: string; type: "none" };

type Props = {
  kind: Kind;
  proposals: FactProposalView[];
  /** The claim's fact when editing, or its fact in the bin (label null), kept unless changed. */
  initial: { id: string; label: string | null } | null;
  errors: FieldErrors;
};

const DEBOUNCE_MS = 200;

const optionOf = (p: FactProposalView): Option => ({ key: `p-${p.id}`, type: "fact", id: p.id, label: p.label });

/**
 * Which fact the claim joins: the facts Recoupe proposes, or any fact found by
 * words of its label as the editor types (the server searches; nothing of the
 * workspace is sent ahead), or a new fact. A combobox: ↑/↓ move, Enter
 * chooses, Esc closes the list.
 */
export function FactPicker({ kind, proposals, initial, errors }: Props) {
  const t = useTranslations("reader.picker");
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState<Choice>(
    initial ? { type: "fact", id: initial.id, label: initial.label ?? t("binned") } : { type: "none" },
  );
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [results, setResults] = useState<{ q: string; facts: FactChoice[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const q = query.trim();

  // Ask the server as the editor types, once they pause; a newer request
  // cancels the one before, so results never arrive out of order.
  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/facts/search?${new URLSearchParams({ q, kind })}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((body: { facts: FactChoice[] }) => {
          setResults({ q, facts: body.facts });
          setFailed(false);
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== "AbortError") setFailed(true);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, kind]);

  const current = results && results.q === q ? results.facts : null;
  const options = useMemo<Option[]>(() => {
    if (!q) {
      return [
        ...proposals.map((p) => ({
          key: `p-${p.id}`,
          type: "fact" as const,
          id: p.id,
          label: p.label,
          detail: p.reasons.join("; "),
        })),
        { key: "none", type: "none" as const },
        { key: "new", type: "new" as const, label: "" },
      ];
    }
    return [
      ...(current ?? []).map((f) => ({
        key: `f-${f.id}`,
        type: "fact" as const,
        id: f.id,
        label: f.label,
        detail: t("claims", { count: f.claims }),
      })),
      { key: "new", type: "new" as const, label: q },
    ];
  }, [q, proposals, current, t]);

  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (option: Option | undefined) => {
    if (!option) return;
    setChoice(
      option.type === "fact"
        ? { type: "fact", id: option.id, label: option.label }
        : option.type === "new"
          ? { type: "new", label: option.label }
          : { type: "none" },
    );
    setQuery("");
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      // Enter in the picker chooses; it never submits the claim form.
      event.preventDefault();
      if (open) choose(options[activeIndex]);
      else setOpen(true);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      }
    }
  };

  const status = !q
    ? ""
    : failed
      ? t("failed")
      : current === null
        ? t("searching")
        : current.length === 0
          ? t("none", { q })
          : t("found", { count: current.length });
  const error = errors.factId?.[0];
  const best = proposals[0];

  return (
    <div className="field fact-picker">
      <label htmlFor={`${id}-input`}>{t("label")}</label>
      <div className="fact-picker-box">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={open && options.length > 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-chosen ${id}-status${error ? ` ${id}-error` : ""}`}
          aria-invalid={Boolean(error)}
          autoComplete="off"
          placeholder={t("placeholder")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul
            id={`${id}-listbox`}
            role="listbox"
            aria-label={q ? t("results", { q }) : t("mostLikely")}
            className="fact-picker-list"
          >
            {!q && proposals.length > 0 && (
              <li role="presentation" className="fact-picker-group">
                {t("mostLikely")}
              </li>
            )}
            {q && current?.length === 0 && (
              <li role="presentation" className="fact-picker-empty">
                {t("none", { q })}
              </li>
            )}
            {options.map((option, i) => (
              <li
                key={option.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={i === activeIndex ? "active" : undefined}
                // Keep the focus in the input: the choice happens on mouse up.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => i !== activeIndex && setActive(i)}
              >
                {option.type === "fact" ? (
                  <>
                    <span>{option.label}</span>
                    {option.detail && <span className="small muted"> · {option.detail}</span>}
                  </>
                ) : option.type === "new" ? (
                  <strong>{option.label ? t("create", { q: option.label }) : t("createEmpty")}</strong>
                ) : (
                  <span className="muted">{t("noFact")}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p id={`${id}-status`} className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <div id={`${id}-chosen`} className="small fact-picker-chosen">
        {choice.type === "fact" && (
          <>
            <input type="hidden" name="factId" value={choice.id} />
            <span>{t("chosen", { label: choice.label })}</span>{" "}
            <button type="button" className="link" onClick={() => setChoice({ type: "none" })}>
              {t("clear")}
            </button>
          </>
        )}
        {choice.type === "none" && <span className="muted">{t("chosenNone")}</span>}
        {choice.type === "none" && best && (
          <span className="muted">
            {" "}
            {t("best", { label: best.label, reasons: best.reasons.join("; ") })}{" "}
            <button type="button" className="link" onClick={() => choose(optionOf(best))}>
              {t("useIt")}
            </button>
          </span>
        )}
      </div>
      {choice.type === "new" && (
        <div className="field">
          <label htmlFor={`${id}-new`}>
            {t("newLabel")} <span className="hint">{t("newHint")}</span>
          </label>
          <input
            id={`${id}-new`}
            name="newFactLabel"
            type="text"
            required
            defaultValue={choice.label}
            aria-invalid={Boolean(errors.newFactLabel)}
          />
          {errors.newFactLabel?.[0] && (
            <p className="field-error" role="alert">
              {errors.newFactLabel[0]}
            </p>
          )}
          <button type="button" className="link small" onClick={() => setChoice({ type: "none" })}>
            {t("clear")}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {open && <p className="small faint">{t("keys")}</p>}
    </div>
  );
}
