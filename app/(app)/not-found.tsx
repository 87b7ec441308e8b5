import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundNotice } from "../_components/not-found-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

// Inside the app's shell, which already provides the <main> landmark.
export default function NotFound() {
  return <NotFoundNotice />;
}
