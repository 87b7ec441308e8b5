import { diffLines, diffWordsWithSpace } from "diff";

// The differences between two texts of an article, word by word, bounded for
// long texts: paragraphs are compared first (few of them, cheap), then only
// the paragraphs that changed word by word; the result is cut into hunks of
// changes with a little unchanged text around them, shown a page at a time.

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type DiffHunk = {
  parts: DiffPart[];
  /** unchanged text was left out before / after it */ cutBefore: boolean;
  cutAfter: boolean;
};

export type VersionDiff = {
  identical: boolean;
  hunks: DiffHunk[];
  page: number;
  pages: number;
  totalHunks: number;
  wordsAdded: number;
  wordsRemoved: number;
};

/** Unchanged words kept on each side of a change. */
const CONTEXT_WORDS = 12;
export const HUNKS_PER_PAGE = 40;
/** Past this many edits inside one changed block, or this many characters, it is shown as replaced whole. */
const MAX_WORD_EDITS = 1_000;
const MAX_WORD_DIFF_CHARS = 60_000;

const countWords = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function wordParts(removed: string, added: string): DiffPart[] {
  // Spaces are tokens too, so that both texts can be rebuilt from the parts exactly.
  const changes =
    removed.length + added.length > MAX_WORD_DIFF_CHARS
      ? undefined
      : diffWordsWithSpace(removed, added, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) {
    return [
      { kind: "removed", text: removed },
      { kind: "added", text: added },
    ];
  }
  return changes.map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of words two paragraphs have in common (Jaccard): a rewrite of one paragraph, or two unrelated ones. */
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

const SIMILAR = 0.4;

/**
 * A block of paragraphs replaced by another: each old paragraph is paired,
 * in order, with the new one most like it, and a pair diffed word by word
 * only when they are alike; the rest are shown removed or added whole.
 * (Word-diffing two unrelated paragraphs gives an unreadable interleaving.)
 */
function replacedBlock(removed: string, added: string): DiffPart[] {
  const olds = removed.split(/(?<=\n)/);
  const news = added.split(/(?<=\n)/);
  const out: DiffPart[] = [];
  let j = 0;
  for (const old of olds) {
    let best = -1;
    let bestScore = SIMILAR;
    for (let k = j; k < news.length && k < j + 50; k++) {
      const score = similarity(old, news[k]!);
      if (score >= bestScore) {
        best = k;
        bestScore = score;
        if (score === 1) break;
      }
    }
    if (best === -1) {
      out.push({ kind: "removed", text: old });
      continue;
    }
    for (; j < best; j++) out.push({ kind: "added", text: news[j]! });
    out.push(...wordParts(old, news[best]!));
    j = best + 1;
  }
  for (; j < news.length; j++) out.push({ kind: "added", text: news[j]! });
  return out;
}

/** Every part, in order: same, removed and added runs. */
export function diffParts(before: string, after: string): DiffPart[] {
  const out: DiffPart[] = [];
  const lines = diffLines(before, after);
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!;
    const next = lines[i + 1];
    if (c.removed && next?.added) {
      out.push(...replacedBlock(c.value, next.value));
      i++;
    } else {
      out.push({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value });
    }
  }
  // Merge neighbours of one kind (word diffs of adjacent paragraphs).
  const merged: DiffPart[] = [];
  for (const part of out) {
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else if (part.text) merged.push({ ...part });
  }
  return merged;
}

/** The first and last n words of an unchanged run, split on word boundaries. */
function edges(text: string, n: number): { head: string; tail: string; cut: boolean } {
  const tokens = text.split(/(?<=\s)(?=\S)/u);
  if (tokens.length <= n * 2) return { head: text, tail: "", cut: false };
  return { head: tokens.slice(0, n).join(""), tail: tokens.slice(-n).join(""), cut: true };
}

function toHunks(parts: DiffPart[]): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let current: DiffHunk | null = null;
  parts.forEach((part, i) => {
    if (part.kind !== "same") {
      current ??= { parts: [], cutBefore: false, cutAfter: false };
      current.parts.push(part);
      return;
    }
    const first = i === 0;
    const last = i === parts.length - 1;
    const { head, tail, cut } = edges(part.text, CONTEXT_WORDS);
    if (!cut) {
      if (current) current.parts.push(part);
      else if (!last) current = { parts: [part], cutBefore: !first, cutAfter: false };
      return;
    }
    if (current) {
      current.parts.push({ kind: "same", text: head });
      current.cutAfter = true;
      hunks.push(current);
      current = null;
    }
    if (!last) current = { parts: [{ kind: "same", text: tail }], cutBefore: true, cutAfter: false };
  });
  if (current && (current as DiffHunk).parts.some((p) => p.kind !== "same")) hunks.push(current);
  return hunks;
}

export function diffTexts(
  before: string,
  after: string,
  options: { page?: number; hunksPerPage?: number } = {},
): VersionDiff {
  const perPage = options.hunksPerPage ?? HUNKS_PER_PAGE;
  if (before === after) {
    return { identical: true, hunks: [], page: 1, pages: 1, totalHunks: 0, wordsAdded: 0, wordsRemoved: 0 };
  }
  const parts = diffParts(before, after);
  const hunks = toHunks(parts);
  const pages = Math.max(1, Math.ceil(hunks.length / perPage));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  return {
    identical: false,
    hunks: hunks.slice((page - 1) * perPage, page * perPage),
    page,
    pages,
    totalHunks: hunks.length,
    wordsAdded: parts.filter((p) => p.kind === "added").reduce((n, p) => n + countWords(p.text), 0),
    wordsRemoved: parts.filter((p) => p.kind === "removed").reduce((n, p) => n + countWords(p.text), 0),
  };
}
