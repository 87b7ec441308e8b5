// What the browser is sent of the catalogs: only the parts that components
// rendered in the browser read (useTranslations), and only on the pages that
// render them. The root layout sends what any page may show (the header, the
// error screen, notes, delete buttons); a route's own
// layout (app/_components/client-messages.tsx) adds its forms' parts. Sending
// every client part on every page made each page some 45 KB heavier (twice:
// once in the HTML's flight data, escaped). The header's inbox count is
// rendered on the server: the inbox's messages go to the inbox only. A unit test
// (client-messages.test.ts) reads the sources and fails when a component asks
// for a namespace that the pages it runs on leave out.

// As paths of keys (a dotted string would read as a message key).
type Path = readonly string[];

/** Sent on every page. */
const GLOBAL: readonly Path[] = [["common"]];

/**
 * Sent on the pages under a route directory (its layout.tsx renders
 * <ClientMessages segment=…>), on top of the global parts. A nested layout
 * replaces its parent's parts: list everything its pages' forms read.
 */
const SEGMENTS = {
  "app/sign-in": [["signIn"]],
  "app/(app)/facts": [
    ["factPage", "newFact"],
    ["tagging", "kind"],
  ],
  "app/(app)/facts/[id]": [["factPage", "asOf"], ["factPage", "statusForm"], ["factPage", "tally"], ["history"]],
  "app/(app)/articles/new": [["articles", "new"], ["articles", "fromUrl"], ["imports"], ["errors"]],
  "app/(app)/articles/imports": [["imports"]],
  "app/(app)/articles/[id]": [
    ["articles", "delete"],
    ["tagging"],
    ["reader", "picker"],
    ["reader", "suggestions"],
    ["standards", "import"],
    ["standards", "importForm"],
    ["verdicts"],
    ["versions", "refetchForm"],
    ["history"],
  ],
  "app/(app)/admin/users": [["users"]],
  "app/(app)/admin/workspace": [["backup"]],
  "app/(app)/bin": [["bin"]],
  "app/(app)/aliases": [["aliases"]],
  "app/(app)/inbox": [["inbox"]],
} satisfies Record<string, readonly Path[]>;

export type ClientSegment = keyof typeof SEGMENTS;
export const CLIENT_SEGMENTS = Object.keys(SEGMENTS) as ClientSegment[];

const dotted = (paths: readonly Path[]) => paths.map((p) => p.join("."));

/** The dotted namespaces sent on every page. */
export const GLOBAL_NAMESPACES: readonly string[] = dotted(GLOBAL);

/** The dotted namespaces sent on a segment's pages (the global ones included). */
export function segmentNamespaces(segment: ClientSegment | null): readonly string[] {
  return segment ? [...GLOBAL_NAMESPACES, ...dotted(SEGMENTS[segment])] : GLOBAL_NAMESPACES;
}

/** Every namespace sent somewhere. */
export const CLIENT_NAMESPACES: readonly string[] = [
  ...new Set([...GLOBAL_NAMESPACES, ...CLIENT_SEGMENTS.flatMap((s) => dotted(SEGMENTS[s]))]),
];

type Tree = { [key: string]: string | Tree };

/** The parts of `messages` at the given dotted paths, in the same shape. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: string | Tree | undefined = messages;
    let to = out;
    keys.forEach((key, i) => {
      if (typeof from !== "object") return;
      from = from[key];
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Tree;
    });
  }
  return out;
}

/** Whether a namespace a component asks for is sent (itself or a part that holds it). */
export function isSent(namespace: string, paths: readonly string[] = CLIENT_NAMESPACES): boolean {
  return paths.some((p) => namespace === p || namespace.startsWith(`${p}.`));
}
