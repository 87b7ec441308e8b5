// Checks written from the specifications' MUST statements, for the tests of
// Recoupe's exports (and of files it imports). Each returns what is wrong;
// an empty list means the document meets every requirement checked.
//
// W3C Web Annotation Data Model (Recommendation, 23 February 2017):
//   §3.1  an Annotation MUST have 1 or more @context values and
//         http://www.w3.org/ns/anno.jsonld MUST be one of them (a string when alone);
//         MUST have exactly 1 IRI that identifies it; MUST have 1 or more
//         types and Annotation MUST be one; MUST have 1 or more targets.
//   §3.2.4 a TextualBody MUST have exactly 1 value.
//   §3.3.5 created/modified MUST be xsd:dateTime with the UTC timezone as "Z".
//   §3.3.5 motivation / purpose values MUST be instances of Motivation.
//   §4     a SpecificResource MUST have exactly 1 source.
//   §4.2.4 a TextQuoteSelector MUST have exactly 1 exact; type TextQuoteSelector.
//   §4.2.5 a TextPositionSelector MUST have exactly 1 start and 1 end, each a
//          non-negative integer; type TextPositionSelector.
//   §4.3.1 a TimeState MUST have sourceDate (or sourceDateStart and End).
//   §5.1  an AnnotationCollection MUST have @context (as above), exactly 1 IRI,
//         type AnnotationCollection; first MUST be there when it has annotations.
//   §5.2  an AnnotationPage MUST have exactly 1 IRI, type AnnotationPage, and
//         exactly 1 items list; startIndex, when given, a non-negative integer.
//
// schema.org ClaimReview, as search engines require it (Google's fact-check
// structured data): claimReviewed, url and reviewRating required (a rating
// with alternateName); author with a name and itemReviewed (a Claim with
// appearance) recommended; a Claim's appearance a CreativeWork.

type Json = Record<string, unknown>;

const MOTIVATIONS = new Set([
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
]);
const ANNO = "http://www.w3.org/ns/anno.jsonld";
const UTC_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const isIri = (v: unknown) => typeof v === "string" && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const hasType = (o: Json, t: string) => list(o.type).includes(t);
const isNonNegativeInt = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;

function checkContext(doc: Json, where: string, out: string[]) {
  const ctx = doc["@context"];
  const values = list(ctx);
  if (values.length === 0) out.push(`${where}: MUST have @context`);
  else if (!values.includes(ANNO)) out.push(`${where}: @context MUST include ${ANNO}`);
  else if (values.length === 1 && typeof ctx !== "string") out.push(`${where}: a single @context SHOULD be a string`);
}

function checkSelector(s: unknown, where: string, out: string[]) {
  if (!s || typeof s !== "object") return;
  const sel = s as Json;
  if (hasType(sel, "TextQuoteSelector")) {
    if (typeof sel.exact !== "string" || sel.exact.length === 0)
      out.push(`${where}: TextQuoteSelector MUST have exactly 1 exact`);
    for (const k of ["prefix", "suffix"])
      if (sel[k] !== undefined && typeof sel[k] !== "string") out.push(`${where}: ${k} must be a string`);
  } else if (hasType(sel, "TextPositionSelector")) {
    if (!isNonNegativeInt(sel.start)) out.push(`${where}: TextPositionSelector start MUST be a non-negative integer`);
    if (!isNonNegativeInt(sel.end)) out.push(`${where}: TextPositionSelector end MUST be a non-negative integer`);
    if (isNonNegativeInt(sel.start) && isNonNegativeInt(sel.end) && (sel.end as number) < (sel.start as number)) {
      out.push(`${where}: end comes before start`);
    }
  } else if (list(sel.type).length === 0) {
    out.push(`${where}: a selector MUST have a type`);
  }
}

/** One annotation (inContext: its @context is given by the page or collection around it). */
export function checkAnnotation(a: Json, where = "annotation", inContext = false): string[] {
  const out: string[] = [];
  if (!inContext) checkContext(a, where, out);
  if (!isIri(a.id)) out.push(`${where}: MUST have exactly 1 IRI id`);
  if (!hasType(a, "Annotation")) out.push(`${where}: type MUST include Annotation`);
  const targets = list(a.target);
  if (targets.length === 0) out.push(`${where}: MUST have 1 or more targets`);
  for (const k of ["created", "modified"]) {
    if (a[k] !== undefined && !(typeof a[k] === "string" && UTC_DATETIME.test(a[k] as string))) {
      out.push(`${where}: ${k} MUST be an xsd:dateTime in UTC ("Z")`);
    }
  }
  for (const m of list(a.motivation))
    if (!MOTIVATIONS.has(m as string)) out.push(`${where}: motivation ${String(m)} is not a Motivation`);
  list(a.body).forEach((b, i) => {
    if (typeof b === "string") return;
    const body = b as Json;
    if (hasType(body, "TextualBody") && typeof body.value !== "string")
      out.push(`${where}.body[${i}]: TextualBody MUST have exactly 1 value`);
    for (const p of list(body.purpose))
      if (!MOTIVATIONS.has(p as string)) out.push(`${where}.body[${i}]: purpose ${String(p)} is not a Motivation`);
    if (body.id !== undefined && !isIri(body.id)) out.push(`${where}.body[${i}]: id MUST be an IRI`);
  });
  targets.forEach((t, i) => {
    if (typeof t === "string") {
      if (!isIri(t)) out.push(`${where}.target[${i}]: MUST be an IRI`);
      return;
    }
    const target = t as Json;
    if (!isIri(target.source)) out.push(`${where}.target[${i}]: a SpecificResource MUST have exactly 1 source IRI`);
    list(target.selector).forEach((s, j) => checkSelector(s, `${where}.target[${i}].selector[${j}]`, out));
    for (const st of list(target.state)) {
      const state = st as Json;
      if (
        hasType(state, "TimeState") &&
        !(typeof state.sourceDate === "string" && UTC_DATETIME.test(state.sourceDate))
      ) {
        out.push(`${where}.target[${i}].state: TimeState MUST have sourceDate`);
      }
    }
  });
  return out;
}

export function checkAnnotationPage(p: Json, where = "page", inContext = false): string[] {
  const out: string[] = [];
  if (!inContext) checkContext(p, where, out);
  if (!isIri(p.id)) out.push(`${where}: MUST have exactly 1 IRI id`);
  if (!hasType(p, "AnnotationPage")) out.push(`${where}: type MUST include AnnotationPage`);
  if (!Array.isArray(p.items)) out.push(`${where}: MUST have exactly 1 items list`);
  if (p.startIndex !== undefined && !isNonNegativeInt(p.startIndex))
    out.push(`${where}: startIndex MUST be a non-negative integer`);
  for (const k of ["next", "prev"]) if (p[k] !== undefined && !isIri(p[k])) out.push(`${where}: ${k} MUST be an IRI`);
  ((p.items as unknown[]) ?? []).forEach((a, i) =>
    out.push(...checkAnnotation(a as Json, `${where}.items[${i}]`, true)),
  );
  return out;
}

export function checkAnnotationCollection(c: Json): string[] {
  const out: string[] = [];
  checkContext(c, "collection", out);
  if (!isIri(c.id)) out.push("collection: MUST have exactly 1 IRI id");
  if (!hasType(c, "AnnotationCollection")) out.push("collection: type MUST include AnnotationCollection");
  if (c.total !== undefined && !isNonNegativeInt(c.total)) out.push("collection: total MUST be a non-negative integer");
  if ((c.total as number) > 0 && c.first === undefined) out.push("collection: MUST have first when it has annotations");
  if (c.first && typeof c.first === "object")
    out.push(...checkAnnotationPage(c.first as Json, "collection.first", true));
  else if (c.first !== undefined && !isIri(c.first)) out.push("collection: first MUST be a page or its IRI");
  if (c.last !== undefined && !isIri(c.last)) out.push("collection: last MUST be an IRI");
  return out;
}

export function checkClaimReview(r: Json, options: { rated: boolean }): string[] {
  const out: string[] = [];
  if (r["@context"] !== "https://schema.org") out.push("@context must be https://schema.org");
  if (r["@type"] !== "ClaimReview") out.push("@type must be ClaimReview");
  if (typeof r.claimReviewed !== "string" || !r.claimReviewed.trim()) out.push("claimReviewed is required");
  if (!isIri(r.url)) out.push("url is required");
  const author = r.author as Json | undefined;
  if (!author || typeof author.name !== "string" || !["Organization", "Person"].includes(author["@type"] as string)) {
    out.push("author must be an Organization or Person with a name");
  }
  if (typeof r.datePublished !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(r.datePublished))
    out.push("datePublished must be an ISO 8601 date");
  const item = r.itemReviewed as Json | undefined;
  if (!item || item["@type"] !== "Claim") out.push("itemReviewed must be a Claim");
  for (const [i, a] of list(item?.appearance).entries()) {
    const work = a as Json;
    if (work["@type"] !== "CreativeWork" || !isIri(work.url))
      out.push(`appearance[${i}] must be a CreativeWork with a url`);
  }
  const rating = r.reviewRating as Json | undefined;
  if (options.rated) {
    if (!rating || rating["@type"] !== "Rating") out.push("reviewRating is required");
    else {
      if (typeof rating.alternateName !== "string" || !rating.alternateName)
        out.push("reviewRating.alternateName is required");
      const v = rating.ratingValue as number;
      if (typeof v !== "number" || v < (rating.worstRating as number) || v > (rating.bestRating as number)) {
        out.push("reviewRating.ratingValue must lie between worstRating and bestRating");
      }
    }
  } else if (rating) out.push("an open fact has no rating yet");
  return out;
}
