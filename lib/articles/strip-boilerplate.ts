// Pages copied from a news site carry furniture around the story: share buttons,
// photo captions and credits, bylines, cookie banners, comment and login forms,
// "read also" teasers. None of it is the article, and figures in it (a caption's
// date, a copyright year, a street number) must never become claims. This works
// line by line on normalised text and reports every line it removes, so nothing
// disappears without the editor being able to see it.

import { FURNITURE_PHRASES, NEWS_AGENCIES, type FurniturePhrases } from "./furniture-phrases";

export type StripResult = { text: string; removed: string[] };

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘]/g, "'");

/** Every language's phrases of one kind, as a regular-expression alternation. */
const any = (kind: keyof FurniturePhrases) =>
  Object.values(FURNITURE_PHRASES)
    .flatMap((phrases) => phrases[kind])
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");

/**
 * Lines that are furniture wherever they stand. Each rule applies only to lines
 * up to a length, and some only to lines that do not end like a sentence, so
 * that a paragraph of the story that happens to start with "Par ailleurs" or to
 * mention a password is never taken for a byline or a login form. The words
 * come from furniture-phrases.ts; the rules are about the shape of a line.
 */
type Rule = { re: RegExp; max: number; notSentence?: boolean };
const FURNITURE: Rule[] = [
  { re: new RegExp(`^(${any("actions")})\\b`), max: 120, notSentence: true },
  { re: new RegExp(`(${any("buttons")})`), max: 200 },
  { re: new RegExp(`^(${any("labels")})$`), max: 40 },
  { re: new RegExp(`^(${any("bylines")})\\s`), max: 80, notSentence: true },
  { re: new RegExp(`^[-–—]?\\s*(${any("credit")})\\s*(${NEWS_AGENCIES.join("|")})\\.?$`), max: 40 },
  { re: new RegExp(`^(${any("datelines")})\\b.{0,40}$`), max: 60 },
  { re: new RegExp(`^(${any("readingTime")})\\s*:`), max: 60 },
  { re: new RegExp(`(${any("rights")}|©|\\(c\\)\\s*\\d{4})`), max: 300, notSentence: true },
  { re: /\bsource\s*:\s*[\p{L} ]{2,20}$/u, max: 200 },
  { re: new RegExp(`\\((${any("positions")})\\)`), max: 250 },
  { re: /\([\p{L} .'-]+(\/\s*[\p{L} .'-]+)+\)$/u, max: 400 }, // photo credit: (NAME / POOL / AFP)
  // A cookie banner: cookies together with the words of consent forms.
  { re: new RegExp(`^(?=.*\\bcookies?\\b)(?=.*\\b(${any("consent")}))`), max: 1_500 },
  { re: new RegExp(`^(${any("related")})\\s*:\\s*\\S`), max: 200 },
  // A short line where the page speaks of itself and of cookies.
  { re: new RegExp(`^(?=.*\\b(${any("site")})\\b)(?=.*\\bcookies?\\b)`), max: 200 },
  { re: new RegExp(`\\b(commentaires?|comments?)\\b.*\\b(${any("comments")})\\b`), max: 300 },
  { re: new RegExp(`^(${any("accounts")})\\b`), max: 150 },
  // A login or password-reset form, not a story that mentions passwords.
  { re: new RegExp(`^(?=.*\\b(mot de passe|password|identifiant)\\b)(?=.*\\b(${any("loginForm")})\\b)`), max: 200 },
  // A file or image name alone on a line ("IMG_2041", "arton71307", "DSC00123.jpg").
  { re: /^[\p{L}_-]{2,}\d{3,}(\.[a-z]{3,4})?$/u, max: 40 },
];

const isFurniture = (folded: string) =>
  FURNITURE.some(
    (rule) =>
      folded.length <= rule.max &&
      (!rule.notSentence || !/\p{Sentence_Terminal}$/u.test(folded)) &&
      rule.re.test(folded),
  );

/** Teasers after a "read also" heading: at most this many lines are skipped. */
const MAX_TEASERS = 12;

/** Headings after which teasers for other stories follow. */
const RELATED = new RegExp(`^(${any("related")})\\s*:?$`);

/**
 * Whether a line ends like a sentence in any script: a sentence terminal of
 * Unicode (. ! ? … and the Arabic ؟, the Armenian ։, the Devanagari ।, the
 * CJK 。 and their kin), a closing quote or bracket, or a colon.
 */
const SENTENCE_END = /[\p{Sentence_Terminal}\p{Pf}\p{Pe}»"”:]$/u;
const endsLikeProse = (line: string) => SENTENCE_END.test(line);

export function stripBoilerplate(input: string, options: { title?: string } = {}): StripResult {
  const lines = input.split("\n");
  const folded = lines.map((l) => fold(l.trim()));
  const drop = new Array<boolean>(lines.length).fill(false);
  const title = options.title ? fold(options.title.trim()) : null;

  for (let i = 0; i < lines.length; i++) {
    const f = folded[i] as string;
    if (f === "") continue;
    if (title && f === title) drop[i] = true;
    if (isFurniture(f)) drop[i] = true;
  }

  // A photo caption is often printed twice, the second time with its credit.
  for (let i = 0; i < lines.length; i++) {
    const f = folded[i] as string;
    if (f.length < 40) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const g = folded[j] as string;
      if (g !== f && g.startsWith(f) && drop[j]) drop[i] = true;
      if (g === f) drop[i] = drop[j] = true;
    }
  }

  // After a "read also" heading come teasers for other stories: headlines and
  // cut excerpts, which do not end like a sentence. The first line that does
  // (or a long one) is the story again.
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED.test(folded[i] as string)) continue;
    drop[i] = true;
    let skipped = 0;
    for (let j = i + 1; j < lines.length && skipped < MAX_TEASERS; j++) {
      const line = (lines[j] as string).trim();
      if (line === "") continue;
      if (/\p{Sentence_Terminal}$/u.test(line) || line.length >= 200) break;
      drop[j] = true;
      skipped++;
    }
  }

  // Short lines that are not sentences ("France Télévisions", "Publié") are
  // furniture when they sit in a block with other furniture, or before the story
  // starts, or after it ends. Elsewhere they may be subheadings: kept.
  const isShortNonProse = (i: number) => {
    const line = (lines[i] as string).trim();
    return line !== "" && !endsLikeProse(line) && line.length < 80;
  };
  for (const block of blocksOf(lines)) {
    if (!block.some((i) => drop[i])) continue;
    for (const i of block) if (isShortNonProse(i)) drop[i] = true;
  }
  const isBody = (i: number) =>
    !drop[i] && endsLikeProse((lines[i] as string).trim()) && (lines[i] as string).length >= 60;
  const first = lines.findIndex((_, i) => isBody(i));
  const last = lines.findLastIndex((_, i) => isBody(i));
  if (first !== -1) {
    lines.forEach((_, i) => {
      if ((i < first || i > last) && isShortNonProse(i)) drop[i] = true;
    });
  }

  const kept: string[] = [];
  const removed: string[] = [];
  lines.forEach((line, i) => {
    if (drop[i]) removed.push(line.trim());
    else kept.push(line);
  });
  const text = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, removed: removed.filter((l) => l !== "") };
}

/** Indices of the lines of each block (lines between blank lines). */
function blocksOf(lines: string[]): number[][] {
  const blocks: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}
