import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DEMO_ACCOUNTS, countAdmins } from "@/lib/auth/provision-accounts";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNext } from "@/lib/auth/safe-next";
import { env } from "@/lib/env";
import { LanguageSwitch } from "../_components/language-switch";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, user, admins, t, common] = await Promise.all([
    searchParams,
    getCurrentUser(),
    countAdmins(),
    getTranslations("signIn"),
    getTranslations("common"),
  ]);
  if (user) redirect(safeNext(next));
  const demo = env().RECOUPE_SEED;
  return (
    <main id="main" className="narrow signin">
      <div className="signin-head">
        <h1>{common("appName")}</h1>
        <Suspense>
          <LanguageSwitch />
        </Suspense>
      </div>
      <p className="muted">{t("intro")}</p>
      {admins === 0 && (
        <div className="notice warn" role="status">
          {t.rich("noAdmin", {
            strong: (chunks) => <strong>{chunks}</strong>,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </div>
      )}
      <SignInForm next={next} />
      {demo && (
        <div className="notice small">
          <strong>{t("demoTitle")}</strong> {t("demoNote")}
          <ul>
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                {t.rich("demoAccount", {
                  role: common(`user.roles.${a.role}`),
                  email: a.email,
                  password: a.password,
                  code: (chunks) => <code>{chunks}</code>,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </main>
  );
}
