import { getTranslations } from "next-intl/server";
import { countWaitingProposals } from "@/lib/matching/list-proposals";

/** The header's link to the inbox, with the count of waiting proposals (a COUNT on a partial index). */
export async function inboxLink(): Promise<{ href: string; label: string }> {
  const [t, count] = await Promise.all([getTranslations("inbox"), countWaitingProposals().catch(() => null)]);
  return { href: "/inbox", label: count === null ? t("title") : t("nav", { count }) };
}
