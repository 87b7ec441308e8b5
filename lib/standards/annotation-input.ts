import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// Annotations from elsewhere, in the two shapes in use: the W3C Web
// Annotation model (an Annotation, an AnnotationPage, an AnnotationCollection
// with its pages embedded, or a list of them) and Hypothesis's JSON (its
// API's {rows: […]}, its export's {annotations: […]}, or a list), whose
// annotations carry the same selectors in target[].selector[] and the note in
// "text". Both become one plain shape; anything else is refused whole, with
// the place that is wrong, before anything is stored.

export type ImportedAnnotation = {
  index: number;
  id: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** TextPositionSelector start, a hint only: another tool may count in its own text and units. */
  start: number | null;
  comments: string[];
  tags: string[];
  factLabel: string | null;
  /** The figure, when the annotation names it (a "describing" body, as Recoupe exports). */
  figure: string | null;
  creator: string | null;
  created: string | null;
};

export const MAX_ANNOTATIONS = 5_000;

const text = z.string().max(100_000);
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));

const selector = z.looseObject({
  type: z.string(),
  exact: text.optional(),
  prefix: text.optional(),
  suffix: text.optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
const specificTarget = z.looseObject({
  source: z.string().optional(),
  selector: oneOrMany(z.union([selector, z.string()])).optional(),
});
const target = oneOrMany(z.union([z.string(), specificTarget])).refine(
  (t) => t.length > 0,
  "an annotation has at least one target",
);
const textualBody = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  value: text.optional(),
  purpose: z.string().optional(),
});
const agent = z.union([
  z.string(),
  z.looseObject({ name: z.string().optional(), nickname: z.string().optional(), id: z.string().optional() }),
]);

const typeIncludes = (name: string) => (t: unknown) => (Array.isArray(t) ? t.includes(name) : t === name);

const w3cAnnotation = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).refine(typeIncludes("Annotation"), "type must include Annotation"),
  target,
  body: oneOrMany(z.union([z.string(), textualBody])).optional(),
  bodyValue: text.optional(),
  creator: oneOrMany(agent).optional(),
  created: z.string().optional(),
});

const hypothesisAnnotation = z.looseObject({
  id: z.string().optional(),
  uri: z.string().optional(),
  text: text.optional(),
  tags: z.array(z.string()).optional(),
  user: z.string().optional(),
  user_info: z.looseObject({ display_name: z.string().nullish() }).nullish(),
  created: z.string().optional(),
  target: z.array(specificTarget).min(1, "a Hypothesis annotation has at least one target"),
});

type W3c = z.output<typeof w3cAnnotation>;
type Hypothesis = z.output<typeof hypothesisAnnotation>;

function quoteOf(selectors: (z.output<typeof selector> | string)[] | undefined) {
  const list = (selectors ?? []).filter((s): s is z.output<typeof selector> => typeof s !== "string");
  const q = list.find((s) => s.type === "TextQuoteSelector" && s.exact);
  const p = list.find((s) => s.type === "TextPositionSelector" && s.start !== undefined);
  return {
    quote: q?.exact ? { exact: q.exact, prefix: q.prefix ?? "", suffix: q.suffix ?? "" } : null,
    start: p?.start ?? null,
  };
}

function fromW3c(a: W3c, index: number): ImportedAnnotation {
  const specific = a.target.find((t): t is z.output<typeof specificTarget> => typeof t !== "string" && !!t.selector);
  const { quote, start } = quoteOf(specific?.selector);
  const bodies = (a.body ?? []).map((b) => (typeof b === "string" ? { value: b } : b));
  const comments = bodies
    .filter((b) => b.value && (!b.purpose || b.purpose === "commenting" || b.purpose === "replying"))
    .map((b) => b.value as string);
  if (a.bodyValue) comments.push(a.bodyValue);
  const creator = a.creator?.[0];
  return {
    index,
    id: a.id ?? null,
    quote,
    start,
    comments,
    tags: [],
    factLabel: bodies.find((b) => b.purpose === "tagging" && b.value)?.value ?? null,
    figure: bodies.find((b) => b.purpose === "describing" && b.value)?.value ?? null,
    creator: typeof creator === "string" ? creator : (creator?.name ?? creator?.nickname ?? null),
    created: a.created ?? null,
  };
}

function fromHypothesis(a: Hypothesis, index: number): ImportedAnnotation {
  const specific = a.target.find((t) => t.selector) ?? a.target[0];
  const { quote, start } = quoteOf(specific?.selector);
  return {
    index,
    id: a.id ?? null,
    quote,
    start,
    comments: a.text?.trim() ? [a.text] : [],
    tags: a.tags ?? [],
    factLabel: null,
    figure: null,
    creator: a.user_info?.display_name ?? a.user?.replace(/^acct:/, "") ?? null,
    created: a.created ?? null,
  };
}

function describe(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  const path = [where, ...(issue?.path ?? [])].filter((p) => p !== "").join(".");
  return `${path ? `${path}: ` : ""}${issue?.message ?? "not an annotation"}`;
}

function refuse(detail: string): AppError {
  return new AppError("INVALID_INPUT", "standards.errors.notAnnotations", {
    values: { detail },
    fieldErrors: { file: ["standards.errors.notAnnotations"] },
  });
}

/** The items of whatever container the document is. */
function itemsOf(doc: unknown): { items: unknown[]; where: string } {
  if (Array.isArray(doc)) return { items: doc, where: "" };
  if (!doc || typeof doc !== "object") throw refuse("the document is not an object or a list");
  const o = doc as Record<string, unknown>;
  if (Array.isArray(o.rows)) return { items: o.rows, where: "rows" };
  if (Array.isArray(o.annotations)) return { items: o.annotations, where: "annotations" };
  if (typeIncludes("AnnotationPage")(o.type)) {
    if (!Array.isArray(o.items)) throw refuse("an AnnotationPage must have items");
    return { items: o.items, where: "items" };
  }
  if (typeIncludes("AnnotationCollection")(o.type)) {
    // Pages are read only when embedded: Recoupe does not fetch what a file points to.
    const items: unknown[] = [];
    let page: unknown = o.first;
    for (let n = 0; page && typeof page === "object" && n < 10_000; n++) {
      const p = page as Record<string, unknown>;
      if (!Array.isArray(p.items)) throw refuse("an embedded AnnotationPage must have items");
      items.push(...p.items);
      page = p.next;
    }
    if (page !== undefined && typeof page === "string" && items.length === 0) {
      throw refuse("the collection's pages are links, not embedded: download each page and import it");
    }
    return { items, where: "first.items" };
  }
  return { items: [doc], where: "" };
}

export function readAnnotations(raw: string): ImportedAnnotation[] {
  let doc: unknown;
  try {
    doc = JSON.parse(raw) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", "standards.errors.notJson", {
      fieldErrors: { file: ["standards.errors.notJson"] },
    });
  }
  const { items, where } = itemsOf(doc);
  if (items.length === 0) throw new AppError("INVALID_INPUT", "standards.errors.noAnnotations");
  if (items.length > MAX_ANNOTATIONS) {
    throw new AppError("TOO_LARGE", "standards.errors.tooMany", {
      values: { count: items.length, max: MAX_ANNOTATIONS },
    });
  }
  return items.map((item, index) => {
    const at = where ? `${where}[${index}]` : `[${index}]`;
    const looksW3c = !!item && typeof item === "object" && "type" in item;
    if (looksW3c) {
      const parsed = w3cAnnotation.safeParse(item);
      if (!parsed.success) throw refuse(describe(parsed.error, at));
      return fromW3c(parsed.data, index);
    }
    const parsed = hypothesisAnnotation.safeParse(item);
    if (!parsed.success) throw refuse(describe(parsed.error, at));
    return fromHypothesis(parsed.data, index);
  });
}
