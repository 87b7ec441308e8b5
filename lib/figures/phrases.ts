// Multi-word lexicon entries ("plus de", "casques bleus", "per cent") matched token by token.
// Hyphens are ignored on both sides so "cessez-le-feu" and "cessez le feu" meet.
import { tokenize, type Token } from "./tokenize";

export type Trie<T> = { next: Map<string, Trie<T>>; value: T | undefined };

export type PhraseMatch<T> = { end: number; value: T };

function toKey(phrase: string): string[] {
  return tokenize(phrase)
    .map((t) => t.norm)
    .filter((n) => n !== "-");
}

export function buildTrie<T>(entries: Iterable<readonly [string, T]>): Trie<T> {
  const root: Trie<T> = { next: new Map(), value: undefined };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const part of toKey(phrase)) {
      let child = node.next.get(part);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(part, child);
      }
      node = child;
    }
    node.value = value;
  }
  return root;
}

/** Longest entry starting at token `i`, ending at or before `limit`. */
export function matchTrie<T>(trie: Trie<T>, tokens: Token[], i: number, limit: number): PhraseMatch<T> | null {
  let node = trie;
  let best: PhraseMatch<T> | null = null;
  let j = i;
  while (j < limit) {
    const tok = tokens[j];
    if (!tok) break;
    if (tok.norm === "-" && j > i) {
      j++;
      continue;
    }
    const child = node.next.get(tok.norm);
    if (!child) break;
    node = child;
    j++;
    if (node.value !== undefined) best = { end: j, value: node.value };
  }
  return best;
}

export function toWordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
