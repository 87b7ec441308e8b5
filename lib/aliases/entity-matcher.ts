import { foldedTokens } from "./fold";

// Finding which entities a text mentions, in one pass: every spelling is a
// path of folded words in a trie, and the text's words are walked from each
// position as far as the trie allows. The work is the number of words times
// the longest spelling (a handful of words), so linear in the text, whatever
// the number of spellings. Hyphens, apostrophes and case do not matter
// ("d'Erevan", "Haut Karabakh", "HAUT-KARABAKH").

type Node = { next: Map<string, Node>; entities: Set<string> };

const node = (): Node => ({ next: new Map(), entities: new Set() });

export type EntityMention = { entityId: string; alias: string; start: number; end: number };

export type EntityMatcher = {
  /** Ids of the entities the text mentions, in order of first mention. */
  find: (text: string) => string[];
};

export function buildEntityMatcher(spellings: { entityId: string; alias: string }[]): EntityMatcher {
  const root = node();
  let depth = 0;
  for (const { entityId, alias } of spellings) {
    const words = foldedTokens(alias);
    if (words.length === 0) continue;
    depth = Math.max(depth, words.length);
    let at = root;
    for (const word of words) {
      let child = at.next.get(word);
      if (!child) {
        child = node();
        at.next.set(word, child);
      }
      at = child;
    }
    at.entities.add(entityId);
  }
  return {
    find(text) {
      const words = foldedTokens(text);
      const found = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        let at: Node | undefined = root;
        for (let k = i; k < words.length && k - i < depth && at; k++) {
          at = at.next.get(words[k] as string);
          if (at) for (const id of at.entities) found.add(id);
        }
      }
      return [...found];
    },
  };
}
