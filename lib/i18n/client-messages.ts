// What the browser is sent of the catalogs: only the parts that components
// rendered in the browser read (useTranslations), not every page's strings.
// Sending the whole catalog made every page some 50 KB heavier. A unit test
// (client-messages.test.ts) reads the sources and fails when a component asks
// for a namespace this list leaves out.

// As paths of keys (a dotted string would read as a message key).
const PARTS: readonly (readonly string[])[] = [
  ["aliases"],
  ["articles", "delete"],
  ["articles", "new"],
  ["articles", "fromUrl"],
  ["backup"],
  ["bin"],
  ["common"],
  ["errors"],
  ["factPage", "asOf"],
  ["factPage", "newFact"],
  ["factPage", "statusForm"],
  ["factPage", "tally"],
  ["history"],
  ["imports"],
  ["inbox"],
  ["reader", "picker"],
  ["reader", "suggestions"],
  ["signIn"],
  ["standards", "import"],
  ["standards", "importForm"],
  ["tagging"],
  ["users"],
  ["verdicts"],
  ["versions", "refetchForm"],
];

export const CLIENT_NAMESPACES: readonly string[] = PARTS.map((p) => p.join("."));

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
