// URLs, e-mail addresses and hashtags: the numbers inside them are never figures.
import type { Env } from "./env";
import { isSpaceCode } from "./text";
import type { Token } from "./tokenize";

const URL_LIKE =
  /^(?:https?:\/\/|www\.|[#@][\p{L}\d_])|:\/\/|^[\w.+-]+@[\w-]+\.\w|\.(?:com|org|net|fr|ru|am|az|uk|eu|info|io|gov|int|html?|php|aspx?)(?:[/?#]|$)/iu;

/** Cheap pre-check before the regular expression: a slash, an at sign, a hash, or a dot inside a word. */
function mayBeUrl(text: string, cs: number, ce: number): boolean {
  const first = text.charAt(cs);
  if (first === "#" || first === "@") return true;
  for (let k = cs; k < ce; k++) {
    const c = text.charCodeAt(k);
    if (c === 47 || c === 64) return true;
    if (c === 46 && k + 1 < ce && /[a-z]/i.test(text.charAt(k + 1))) return true;
  }
  return false;
}

/** Token index after the URL, e-mail or hashtag that token `i` is part of, or -1. */
export function findUrlEnd(env: Env, i: number): number {
  const t = env.tokens[i];
  if (!t) return -1;
  const text = env.text;
  let cs = t.start;
  while (cs > 0 && !isSpaceCode(text.charCodeAt(cs - 1))) cs--;
  let ce = t.end;
  while (ce < text.length && !isSpaceCode(text.charCodeAt(ce))) ce++;
  if (ce - cs <= 3 || !mayBeUrl(text, cs, ce)) return -1;
  const chunk = text.slice(cs, ce).replace(/[.,;:!?)"'»\u201d\]]+$/u, "");
  if (!URL_LIKE.test(chunk)) return -1;
  const stop = cs + chunk.length;
  let k = i;
  while (k < env.tokens.length && (env.tokens[k] as Token).start < stop) k++;
  return k;
}
