import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { localizeForRequest } from "@/lib/actions/form-action";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getFormats } from "@/lib/i18n/formats";
import { getBatch } from "@/lib/imports/get-batch";
import { BatchProgressView } from "./batch-progress";
import "../imports.css";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("batch.progress") };
}

export default async function ImportBatchPage({ params }: Props) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [user, t, format, localize] = await Promise.all([
    requirePageUser(),
    getTranslations("imports"),
    getFormats(),
    localizeForRequest(),
  ]);
  const batch = await getBatch(id, localize);
  if (!batch) notFound();
  const date = format.dateTime(batch.createdAt);
  return (
    <div>
      <div className="page-head">
        <h1>{t("batch.title", { date })}</h1>
        <p className="small">
          {can(user.role, "import") && <Link href="/articles/new/bulk">{t("batch.another")}</Link>}
          {" · "}
          <Link href="/articles/imports">{t("batch.all")}</Link>
        </p>
      </div>
      <BatchProgressView initial={batch} />
    </div>
  );
}
