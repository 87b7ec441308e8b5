"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { BatchProgress } from "@/lib/imports/get-batch";
import { useFormats } from "../../../../_components/use-formats";

const POLL_MS = 1_000;

/**
 * A batch's progress and per-file report, read from the database: the page
 * asks again every second until every file is imported or failed, so it
 * survives a reload and follows work done by any server.
 */
export function BatchProgressView({ initial }: { initial: BatchProgress }) {
  const t = useTranslations("imports.batch");
  const format = useFormats();
  const [batch, setBatch] = useState(initial);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    if (batch.finished) return;
    const timer = setTimeout(() => {
      fetch(`/api/imports/${batch.id}`, { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((next: BatchProgress) => {
          setBatch(next);
          setLost(false);
        })
        .catch(() => setLost(true));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [batch]);

  const { counts } = batch;
  const done = counts.imported + counts.failed;
  return (
    <>
      <div className="batch-summary">
        <label htmlFor="batch-progress">{t("progress")}</label>
        <progress id="batch-progress" max={counts.total} value={done}>
          {done} / {counts.total}
        </progress>
        <p role="status" aria-live="polite">
          {t("summary", { done, total: counts.total, imported: counts.imported, failed: counts.failed })}{" "}
          <span className="muted">{batch.finished ? t("finished") : t("running")}</span>
        </p>
        {lost && (
          <p className="small notice error" role="alert">
            {t("lost")}
          </p>
        )}
      </div>
      <div className="table-scroll">
        <table className="list stack batch-files">
          <thead>
            <tr>
              <th>{t("file")}</th>
              <th className="num">{t("size")}</th>
              <th>{t("status")}</th>
              <th>{t("result")}</th>
            </tr>
          </thead>
          <tbody>
            {batch.files.map((f) => (
              <tr key={f.id} className={`file-${f.status}`}>
                <td className="file-name" data-label={t("file")}>
                  {f.name}
                </td>
                <td className="num" data-label={t("size")}>
                  {f.size > 0 ? format.bytes(f.size) : "—"}
                </td>
                <td data-label={t("status")}>
                  <span className={`file-status ${f.status}`}>{t(`statuses.${f.status}`)}</span>
                </td>
                <td data-label={t("result")}>
                  {f.article && <Link href={`/articles/${f.article.id}`}>{f.article.title}</Link>}
                  {f.status === "failed" && (
                    <>
                      <strong>{t(`failures.${(f.failure ?? "invalid") as "invalid"}`)}</strong>
                      {f.reason && <span className="muted"> — {f.reason}</span>}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
