"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { decideProposalAction } from "./actions";

export type InboxItem = {
  id: string;
  figure: string;
  before: string;
  after: string;
  language: string;
  articleHref: string;
  articleTitle: string;
  source: string;
  effect: string;
  conflict: boolean;
  score: string;
  reasons: string[];
  acceptLabel: string;
  rejectLabel: string;
};

export type InboxGroup = { key: string; title: string; href: string | null; note: string; items: InboxItem[] };

type Status = { tone: "ok" | "error"; text: string } | null;

/** Whether a key press belongs to a field or a control that reads keys itself. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function InboxList({ groups, editable, empty }: { groups: InboxGroup[]; editable: boolean; empty: string }) {
  const t = useTranslations("inbox");
  const router = useRouter();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [, startTransition] = useTransition();
  const refs = useRef(new Map<string, HTMLElement>());
  const rootRef = useRef<HTMLDivElement>(null);

  const visible = groups
    .map((g) => ({ ...g, items: g.items.filter((i) => !done.has(i.id)) }))
    .filter((g) => g.items.length > 0);
  const order = visible.flatMap((g) => g.items);
  const active = order.find((i) => i.id === current) ?? order[0] ?? null;

  const focusItem = (id: string | undefined) => {
    if (!id) return;
    setCurrent(id);
    refs.current.get(id)?.focus();
  };

  const move = (step: number) => {
    if (order.length === 0) return;
    // Before any choice, j lands on the first proposal.
    const at = current !== null && active ? order.findIndex((i) => i.id === active.id) : -1;
    const next = Math.min(order.length - 1, Math.max(0, at + step));
    focusItem(order[next]?.id);
  };

  // Each decision is sent on its own: a key pressed while another is being
  // saved acts on its own proposal (only the same one is not sent twice).
  const decide = async (item: InboxItem, decision: "accept" | "reject") => {
    if (!editable || saving.has(item.id)) return;
    const at = order.findIndex((i) => i.id === item.id);
    const after = order[at + 1] ?? order[at - 1];
    const form = new FormData();
    form.set("proposalId", item.id);
    form.set("decision", decision);
    setSaving((s) => new Set([...s, item.id]));
    setStatus({ tone: "ok", text: t("working") });
    try {
      const result = await decideProposalAction({ status: "idle" }, form);
      if (result.status === "ok") {
        setDone((d) => new Set([...d, item.id]));
        setStatus({ tone: "ok", text: t(decision === "accept" ? "accepted" : "rejected", { figure: item.figure }) });
        if (after && (current === null || current === item.id)) focusItem(after.id);
        startTransition(() => router.refresh());
      } else {
        setStatus({ tone: "error", text: result.message ?? t("errors.gone") });
      }
    } catch {
      setStatus({ tone: "error", text: t("errors.unreachable") });
    } finally {
      setSaving((s) => new Set([...s].filter((id) => id !== item.id)));
    }
  };

  // The shortcuts listen on the document, whatever has focus (but a field);
  // data-keys="ready" tells tests they do.
  useEffect(() => {
    rootRef.current?.setAttribute("data-keys", "ready");
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      if (event.key === "j") move(1);
      else if (event.key === "k") move(-1);
      else if ((event.key === "a" || event.key === "r") && active && editable) {
        void decide(active, event.key === "a" ? "accept" : "reject");
      } else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  return (
    <div className="inbox-list" ref={rootRef} data-keys="waiting">
      <p className={`inbox-status ${status?.tone === "error" ? "error" : ""}`} role="status" aria-live="polite">
        {status?.text ?? ""}
      </p>
      {visible.length === 0 ? <p className="notice">{empty}</p> : null}
      {visible.map((g) => (
        <section key={g.key} className="inbox-group" aria-labelledby={`group-${g.key}`}>
          <h2 id={`group-${g.key}`}>{g.href ? <Link href={g.href}>{g.title}</Link> : g.title}</h2>
          <p className="muted small">{g.note}</p>
          <ul className="inbox-items">
            {g.items.map((item) => (
              <li
                key={item.id}
                ref={(el) => {
                  if (el) refs.current.set(item.id, el);
                  else refs.current.delete(item.id);
                }}
                className="inbox-item"
                tabIndex={item.id === active?.id ? 0 : -1}
                aria-current={item.id === active?.id ? "true" : undefined}
                data-proposal={item.id}
                onFocus={() => setCurrent(item.id)}
              >
                <p className={`inbox-effect ${item.conflict ? "conflict" : ""}`}>{item.effect}</p>
                <blockquote lang={item.language}>
                  {item.before}
                  <mark>{item.figure}</mark>
                  {item.after}
                </blockquote>
                <p className="small">
                  <Link href={item.articleHref} tabIndex={-1}>
                    {item.articleTitle}
                  </Link>{" "}
                  <span className="muted">— {item.source}</span>
                </p>
                <p className="small muted">
                  <span>{item.score}</span> · <span>{t("reasonsLabel")} </span>
                  {item.reasons.join(", ")}
                </p>
                {editable && (
                  <div className="row inbox-actions">
                    <button
                      type="button"
                      className="button primary"
                      aria-label={item.acceptLabel}
                      aria-keyshortcuts="a"
                      disabled={saving.has(item.id)}
                      tabIndex={item.id === active?.id ? 0 : -1}
                      onClick={() => void decide(item, "accept")}
                    >
                      {t("accept")}
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={item.rejectLabel}
                      aria-keyshortcuts="r"
                      disabled={saving.has(item.id)}
                      tabIndex={item.id === active?.id ? 0 : -1}
                      onClick={() => void decide(item, "reject")}
                    >
                      {t("reject")}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
