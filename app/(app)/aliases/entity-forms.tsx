"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { FormMessage } from "../../_components/field";
import { useFormAction } from "../../_components/use-form-action";
import {
  addSpellingAction,
  createEntityAction,
  mergeEntitiesAction,
  removeSpellingAction,
  renameEntityAction,
} from "./actions";

export type EntityItem = {
  id: string;
  name: string;
  note: string | null;
  version: number;
  spellings: { id: string; alias: string }[];
};

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");

/** Empties a form once its action succeeded (a failed one keeps what was typed). */
function useResetOnSuccess(state: FormState<unknown>) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "ok") ref.current?.reset();
  }, [state]);
  return ref;
}

export function NewEntityForm() {
  const t = useTranslations("aliases");
  const { state, pending, onSubmit, action } = useFormAction(createEntityAction);
  const ref = useResetOnSuccess(state);
  const errors = state.fieldErrors ?? {};
  return (
    <details className="card new-entity">
      <summary>{t("create")}</summary>
      <form ref={ref} action={action} onSubmit={onSubmit} noValidate aria-label={t("create")}>
        <FormMessage status={state.status} message={state.status === "ok" ? t("saved") : state.message} />
        <div className="field">
          <label htmlFor="new-entity-name">
            {t("name")} <span className="hint">{t("nameHint")}</span>
          </label>
          <input id="new-entity-name" name="name" type="text" maxLength={200} aria-invalid={Boolean(errors.name)} />
          {errors.name && <p className="field-error">{errors.name[0]}</p>}
        </div>
        <div className="field">
          <label htmlFor="new-entity-spellings">
            {t("otherSpellings")} <span className="hint">{t("otherSpellingsHint")}</span>
          </label>
          <textarea id="new-entity-spellings" name="spellings" rows={3} aria-invalid={Boolean(errors.spellings)} />
          {errors.spellings && <p className="field-error">{errors.spellings[0]}</p>}
        </div>
        <button type="submit" disabled={pending}>
          {t("createButton")}
        </button>
      </form>
    </details>
  );
}

function RemoveSpelling({ id, alias }: { id: string; alias: string }) {
  const t = useTranslations("aliases");
  const { state, pending, onSubmit, action } = useFormAction(removeSpellingAction);
  return (
    <form action={action} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="aliasId" value={id} />
      <button
        type="submit"
        className="chip-remove"
        disabled={pending}
        aria-label={t("remove", { alias })}
        title={t("remove", { alias })}
      >
        ×
      </button>
      {state.status === "error" && (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}

function AddSpelling({ entity }: { entity: EntityItem }) {
  const t = useTranslations("aliases");
  const { state, pending, onSubmit, action } = useFormAction(addSpellingAction);
  const ref = useResetOnSuccess(state);
  const field = `add-${entity.id}`;
  return (
    <form ref={ref} action={action} onSubmit={onSubmit} className="add-spelling" noValidate>
      <input type="hidden" name="entityId" value={entity.id} />
      <label htmlFor={field}>{t("addSpelling")}</label>
      <div className="row">
        <input id={field} name="alias" type="text" maxLength={200} aria-invalid={Boolean(state.fieldErrors?.alias)} />
        <button type="submit" disabled={pending}>
          {t("add")}
        </button>
      </div>
      {state.status !== "ok" && state.message && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

function Rename({ entity }: { entity: EntityItem }) {
  const t = useTranslations("aliases");
  const { state, pending, onSubmit, action } = useFormAction(renameEntityAction);
  const field = `rename-${entity.id}`;
  return (
    <form action={action} onSubmit={onSubmit} className="rename" noValidate>
      <input type="hidden" name="entityId" value={entity.id} />
      <input type="hidden" name="version" value={entity.version} />
      <label htmlFor={field}>{t("newName")}</label>
      <div className="row">
        <input id={field} name="name" type="text" defaultValue={entity.name} maxLength={200} />
        <button type="submit" disabled={pending}>
          {t("saveName")}
        </button>
      </div>
      {state.status !== "ok" && state.message && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

function Merge({ entity, others }: { entity: EntityItem; others: EntityItem[] }) {
  const t = useTranslations("aliases");
  const { state, pending, onSubmit, action } = useFormAction(mergeEntitiesAction);
  const field = `merge-${entity.id}`;
  const confirmFirst = (event: FormEvent<HTMLFormElement>) => {
    const select = event.currentTarget.elements.namedItem("targetId") as HTMLSelectElement | null;
    const target = others.find((o) => o.id === select?.value);
    if (target && !window.confirm(t("mergeConfirm", { source: entity.name, target: target.name }))) {
      event.preventDefault();
      return;
    }
    onSubmit(event);
  };
  return (
    <form action={action} onSubmit={confirmFirst} className="merge" noValidate>
      <input type="hidden" name="sourceId" value={entity.id} />
      <label htmlFor={field}>
        {t("mergeInto")} <span className="hint">{t("mergeHint")}</span>
      </label>
      <div className="row">
        <select id={field} name="targetId" defaultValue="">
          <option value="">{t("chooseTarget")}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending}>
          {t("mergeButton")}
        </button>
      </div>
      {state.status !== "ok" && state.message && (
        <p className="field-error" role="alert">
          {state.fieldErrors?.targetId?.[0] ?? state.message}
        </p>
      )}
    </form>
  );
}

export function EntityCard({
  entity,
  editable,
  others,
}: {
  entity: EntityItem;
  editable: boolean;
  others: EntityItem[];
}) {
  const t = useTranslations("aliases");
  const titleId = `entity-${entity.id}`;
  return (
    <article className="card entity" aria-labelledby={titleId}>
      <h2 id={titleId}>{entity.name}</h2>
      {entity.note && <p className="muted small entity-note">{entity.note}</p>}
      <ul className="spellings" aria-label={t("spellings")}>
        {entity.spellings.map((s) => {
          const isName = fold(s.alias) === fold(entity.name);
          return (
            <li key={s.id} className={isName ? "chip name" : "chip"}>
              <span>{s.alias}</span>
              {isName && <span className="lc-hidden"> ({t("nameSpelling")})</span>}
              {editable && !isName && <RemoveSpelling id={s.id} alias={s.alias} />}
            </li>
          );
        })}
      </ul>
      {editable && (
        <div className="entity-edit">
          <AddSpelling entity={entity} />
          <details>
            <summary>{t("rename")}</summary>
            <Rename entity={entity} />
          </details>
          {others.length > 0 && (
            <details>
              <summary>{t("merge")}</summary>
              <Merge entity={entity} others={others} />
            </details>
          )}
        </div>
      )}
    </article>
  );
}
