// Benchmark: the speed of what runs when an article changes or is read for
// names, on a text of the largest size an article may have (2 MB).
// Run: npx tsx scripts/bench-lifecycle.ts   (npm run bench:lifecycle)
//
// The text is the five seed articles' paragraphs repeated, each copy made
// unique by a counter, to 2 MB. 300 claims are placed on figures spread over
// it. The edited version moves a block of paragraphs to the end, inserts a
// paragraph at the top, changes one figure in ten and deletes one paragraph
// in twenty: the work of a real stealth edit, at the largest scale.
// Printed: time to re-anchor every claim (and how they came out), the word
// diff of the two texts, entity matching throughput, and the worst case of
// the approximate search (a quote that is nowhere, so the whole text is read).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildAnchor } from "../lib/anchors/selectors";
import { createOffsetIndex } from "../lib/anchors/offsets";
import { buildEntityMatcher } from "../lib/aliases/entity-matcher";
import { normaliseText } from "../lib/articles/normalise-text";
import { extractFigures } from "../lib/figures";
import { diffTexts } from "../lib/versions/diff-versions";
import { figureFinder } from "../lib/versions/figure-finder";
import { createPositionMap, matchQuote } from "../lib/versions/match-quote";
import { reanchorClaim, type ClaimAnchor } from "../lib/versions/reanchor-claim";

const TARGET = 2 * 1024 * 1024;
const CLAIMS = 300;

const dir = path.join(process.cwd(), "seeds", "articles");
const paragraphs = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => normaliseText(readFileSync(path.join(dir, f), "utf8")).split(/\n+/))
  .filter((p) => p.length > 80);

const built: string[] = [];
for (let n = 0, size = 0; size < TARGET; n++) {
  const p = `${paragraphs[n % paragraphs.length]} [§${n}]`;
  built.push(p);
  size += Buffer.byteLength(p) + 2;
}
const before = built.join("\n\n");

// Claims on figures spread over the text: the sentence-sized passage around each.
const figures = extractFigures(before, { lang: "fr", publishedAt: "2022-10-31" });
const index = createOffsetIndex(before);
const claims: ClaimAnchor[] = [];
for (let k = 0; k < CLAIMS; k++) {
  const f = figures[Math.floor((k * figures.length) / CLAIMS)]!;
  const start = Math.max(0, f.start - 40);
  const end = Math.min(before.length, f.end + 40);
  const anchor = buildAnchor(before, index.toCodePoint(start), index.toCodePoint(end));
  claims.push({
    ...anchor,
    figureStart: index.toCodePoint(f.start),
    figureEnd: index.toCodePoint(f.end),
    figure: f.text,
  });
}

const edited = built
  .filter((_, i) => i % 20 !== 7)
  .map((p, i) => (i % 10 === 3 ? p.replace(/\d(?=\d\d\b)/, (d) => String((Number(d) + 1) % 10)) : p));
const movedBlock = edited.splice(100, 40);
const after = ["Mise à jour : cet article a été modifié.", ...edited, ...movedBlock].join("\n\n");

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const result = fn();
  return [result, performance.now() - t0];
};

const mb = (s: string) => (Buffer.byteLength(s) / 1024 / 1024).toFixed(2);
console.log(`Text: ${mb(before)} MB before, ${mb(after)} MB after; ${claims.length} claims\n`);

const find = figureFinder({ language: "fr", publishedAt: "2022-10-31" });
const [results, reanchorMs] = time(() => {
  const position = createPositionMap(before, after);
  return claims.map((c) => reanchorClaim(after, c, { hint: position(c.start), findFigures: find }));
});
const by = (s: string) => results.filter((r) => r.status === s).length;
const changed = results.filter((r) => r.status !== "orphan" && r.figureChanged).length;
console.log(
  `Re-anchoring ${claims.length} claims: ${reanchorMs.toFixed(0)} ms (${(reanchorMs / claims.length).toFixed(1)} ms a claim)`,
);
console.log(
  `  anchored ${by("anchored")}, re-anchored ${by("reanchored")} (of which figure changed ${changed}), orphaned ${by("orphan")}`,
);

const [diff, diffMs] = time(() => diffTexts(before, after));
console.log(
  `Word diff of the two texts: ${diffMs.toFixed(0)} ms (${diff.totalHunks} hunks, +${diff.wordsAdded} / −${diff.wordsRemoved} words)`,
);

const seeds = JSON.parse(readFileSync(path.join(process.cwd(), "seeds", "aliases.json"), "utf8")) as {
  entities: { key: string; aliases: string[] }[];
};
const matcher = buildEntityMatcher(
  seeds.entities.flatMap((e) => e.aliases.map((alias) => ({ entityId: e.key, alias }))),
);
const [found, matchMs] = time(() => matcher.find(after));
console.log(
  `Entities in the text: ${matchMs.toFixed(0)} ms, ${(Buffer.byteLength(after) / 1024 / 1024 / (matchMs / 1000)).toFixed(1)} MB/s (${found.length} entities)`,
);

const [none, searchMs] = time(() =>
  matchQuote(
    after,
    { exact: "Une phrase qui ne figure nulle part dans ce texte, avec 12 345 mots.", prefix: "", suffix: "" },
    1000,
  ),
);
console.log(
  `Approximate search of a quote that is nowhere (whole text): ${searchMs.toFixed(0)} ms (${none === null ? "not found" : "found?"})`,
);
