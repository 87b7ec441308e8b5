import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** What a missing page says, inside the app's shell or outside it. */
export async function NotFoundNotice() {
  const t = await getTranslations("common.notFound");
  return (
    <div className="notice narrow">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/articles">{t("back")}</Link>
      </p>
    </div>
  );
}
