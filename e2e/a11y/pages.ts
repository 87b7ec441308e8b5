import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { appDatabase, type Role } from "../support";

// Every page of the app, as each role reaches it, for the accessibility and
// phone-width checks. Ids come from the seed articles and facts (read, never
// changed). A page another branch adds (search) is visited when it exists.

export type AppPage = { name: string; path: string };

export async function appPages(page: Page, role: Role | "signed out"): Promise<AppPage[]> {
  if (role === "signed out") {
    return [
      { name: "sign-in", path: "/sign-in" },
      { name: "not found (signed out)", path: "/no-such-page" },
    ];
  }
  const sql = appDatabase();
  try {
    const [article] = await sql<{ id: string }[]>`
      SELECT a.id FROM articles a WHERE a.seed_key IS NOT NULL AND a.deleted_at IS NULL
      ORDER BY (SELECT count(*) FROM claims c WHERE c.article_id = a.id) DESC, a.id LIMIT 1`;
    const [fact] = await sql<{ id: string }[]>`
      SELECT f.id FROM facts f WHERE f.seed_key IS NOT NULL AND f.deleted_at IS NULL
      ORDER BY (SELECT count(*) FROM claims c WHERE c.fact_id = f.id) DESC, f.id LIMIT 1`;
    if (!article || !fact) throw new Error("the seed articles and facts are missing");
    const pages: AppPage[] = [
      { name: "articles", path: "/articles" },
      { name: "reader", path: `/articles/${article.id}` },
      { name: "text as imported", path: `/articles/${article.id}/source` },
      { name: "facts", path: "/facts" },
      { name: "fact page", path: `/facts/${fact.id}` },
      { name: "discrepancies", path: "/discrepancies" },
      { name: "bin", path: "/bin" },
      { name: "not found", path: "/articles/00000000-0000-4000-8000-000000000000" },
    ];
    if (role !== "viewer") pages.splice(1, 0, { name: "import", path: "/articles/new" });
    if (role === "admin")
      pages.push({ name: "users", path: "/admin/users" }, { name: "backup", path: "/admin/workspace" });
    if ((await page.request.get("/search")).status() === 200) pages.push({ name: "search", path: "/search?q=morts" });
    return pages;
  } finally {
    await sql.end();
  }
}

export type Violation = { rule: string; impact: string; help: string; targets: string[] };

/** Serious and critical violations of WCAG 2.x A/AA (and axe's best practices) on the page as it is. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
}

/** How much wider than the window the page is, in CSS pixels (0 when it fits). */
export async function overflowOf(page: Page): Promise<{ overflow: number; widest: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const overflow = document.documentElement.scrollWidth - width;
    // Name the elements that stick out, to say where to look.
    const widest = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest("[data-scrolls]") && getComputedStyle(el).position !== "fixed")
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`);
    return { overflow, widest };
  });
}
