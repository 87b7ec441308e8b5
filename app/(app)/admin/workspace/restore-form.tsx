"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { ImportResult } from "@/lib/workspace/import-workspace";
import { Field, FormMessage } from "../../../_components/field";
import { useFormats } from "../../../_components/use-formats";

type State =
  { status: "idle" | "pending" } | { status: "error"; message: string } | { status: "ok"; result: ImportResult };

type Messages = { failed: (status: number) => string; unreachable: string };

/** Sends the file itself as the request body, so the server reads it as it arrives. */
async function upload(file: File, messages: Messages): Promise<State> {
  try {
    const response = await fetch("/api/workspace", {
      method: "POST",
      body: file,
      headers: { "content-type": "application/gzip" },
    });
    const body = (await response.json().catch(() => null)) as (ImportResult & { error?: string }) | null;
    if (response.ok && body) return { status: "ok", result: body };
    return { status: "error", message: body?.error ?? messages.failed(response.status) };
  } catch {
    return { status: "error", message: messages.unreachable };
  }
}

const TABLES = [
  "users",
  "outlets",
  "deletions",
  "articles",
  "facts",
  "claims",
  "notes",
  "suggestions",
  "revisions",
] as const;
const isTable = (name: string): name is (typeof TABLES)[number] => (TABLES as readonly string[]).includes(name);

export function RestoreForm({ maxBytes, present }: { maxBytes: number; present: string[] }) {
  const t = useTranslations("backup");
  const format = useFormats();
  const router = useRouter();
  const [state, setState] = useState<State>({ status: "idle" });
  const pending = state.status === "pending";
  const max = format.number(maxBytes / 1024 ** 3, { style: "unit", unit: "gigabyte", maximumFractionDigits: 1 });
  const tableName = (name: string) => (isTable(name) ? t(`tables.${name}`) : name);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setState({ status: "error", message: t("errors.chooseFile") });
      return;
    }
    if (file.size > maxBytes) {
      setState({ status: "error", message: t("errors.tooLarge", { max, file: file.name }) });
      return;
    }
    setState({ status: "pending" });
    const next = await upload(file, {
      failed: (status) => t("errors.failed", { status }),
      unreachable: t("errors.unreachable"),
    });
    setState(next);
    if (next.status === "ok") router.refresh();
  }

  const result = state.status === "ok" ? state.result : null;
  return (
    <form onSubmit={onSubmit} noValidate>
      {state.status === "error" && <FormMessage status="error" message={state.message} />}
      {result && (
        <>
          <FormMessage status="ok" message={t("restored")} />
          <table className="list">
            <caption className="visually-hidden">{t("restoredTable")}</caption>
            <tbody>
              {Object.entries(result.rows).map(([table, count]) => (
                <tr key={table}>
                  <th scope="row">{tableName(table)}</th>
                  <td className="num">{format.number(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.usersMatched > 0 && <p className="small">{t("usersMatched", { count: result.usersMatched })}</p>}
          {result.usersWithoutPassword > 0 && (
            <p className="notice warn">
              {t.rich("usersWithoutPassword", {
                count: result.usersWithoutPassword,
                link: (chunks) => <Link href="/admin/users">{chunks}</Link>,
              })}
            </p>
          )}
        </>
      )}
      {!result && present.length > 0 && (
        <p className="notice warn">{t("present", { what: format.list(present.map(tableName)) })}</p>
      )}
      <Field name="file" label={t("file")} hint={t("fileHint", { max })}>
        <input id="file" name="file" type="file" accept=".gz,application/gzip" disabled={pending} />
      </Field>
      <button type="submit" className="primary" disabled={pending || present.length > 0}>
        {pending ? t("restoring") : t("restore")}
      </button>
    </form>
  );
}
