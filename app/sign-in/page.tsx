import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DEMO_ACCOUNTS, countAdmins } from "@/lib/auth/provision-accounts";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNext } from "@/lib/auth/safe-next";
import { env } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, user, admins] = await Promise.all([searchParams, getCurrentUser(), countAdmins()]);
  if (user) redirect(safeNext(next));
  const demo = env().RECOUPE_SEED;
  return (
    <main className="narrow signin">
      <h1>Recoupe</h1>
      <p className="muted">Sign in to compare what outlets say about the same facts.</p>
      {admins === 0 && (
        <div className="notice warn" role="status">
          <strong>No administrator is configured.</strong> Set <code>RECOUPE_ADMIN_EMAIL</code> and{" "}
          <code>RECOUPE_ADMIN_PASSWORD</code> in the environment and restart Recoupe to create the first one.
        </div>
      )}
      <SignInForm next={next} />
      {demo && (
        <div className="notice small">
          <strong>Demo accounts</strong> (local quick start only):
          <ul>
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                {a.role}: <code>{a.email}</code> / <code>{a.password}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </main>
  );
}
