// Pages copied from a news site carry furniture around the story: share buttons,
// photo captions and credits, bylines, cookie banners, comment and login forms,
// "read also" teasers. None of it is the article, and figures in it (a caption's
// date, a copyright year, a street number) must never become claims. This works
// line by line on normalised text and reports every line it removes, so nothing
// disappears without the editor being able to see it.

export type StripResult = { text: string; removed: string[] };

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘]/g, "'");

/**
 * Lines that are furniture wherever they stand. Each rule applies only to lines
 * up to a length, and some only to lines that do not end like a sentence, so
 * that a paragraph of the story that happens to start with "Par ailleurs" or to
 * mention a password is never taken for a byline or a login form.
 */
type Rule = { re: RegExp; max: number; notSentence?: boolean };
const FURNITURE: Rule[] = [
  { re: /^(partager|share|copier\/coller|copy link|imprimer|print|envoyer|tweet)\b/, max: 120, notSentence: true },
  { re: /(copy to clipboard|lien copie|close button)/, max: 200 },
  { re: /^(publicite|advertisement|sponsored|annonce)$/, max: 40 },
  { re: /^(par|by|author\s*:|auteur\s*:|article redige par)\s/, max: 80, notSentence: true },
  { re: /^[-–—]?\s*(avec|with|source\s*:)\s*(afp|reuters|ap|ria novosti|tass)\.?$/, max: 40 },
  { re: /^la redaction$/, max: 20 },
  { re: /^(publie|mis a jour|updated|published)(\s+le)?\b.{0,40}$/, max: 60 },
  { re: /^temps de lecture\s*:/, max: 60 },
  {
    re: /(tous droits reserves|all rights reserved|copyright|©|\(c\)\s*\d{4}|reprinted with permission)/,
    max: 300,
    notSentence: true,
  },
  { re: /\bsource\s*:\s*[a-z ]{2,20}$/, max: 200 },
  { re: /\((au centre|a droite|a gauche|de gauche a droite|left|right|centre|center)\)/, max: 250 },
  { re: /\([a-z .'-]+(\/\s*[a-z .'-]+)+\)$/, max: 400 }, // photo credit: (NAME / POOL / AFP)
  {
    // A cookie banner: cookies together with the words of consent forms.
    re: /^(?=.*\bcookies?\b)(?=.*\b(accept|consent|parametr|navigation|traceur|bandeau|banner|preferen|privacy|confidentialit|autoris))/,
    max: 1_500,
  },
  { re: /^(a lire aussi|lire aussi|read more|voir aussi|see also|related)\s*:\s*\S/, max: 200 },
  { re: /^ce site utilise des cookies|^this site uses cookies/, max: 200 },
  { re: /\b(commentaires?|comments?)\b.*\b(auteur|author|conversation|participer|opinions?)\b/, max: 300 },
  {
    re: /^(connectez-vous|se connecter|s'inscrire|log ?in|sign ?in|sign ?up|register|subscribe|s'abonner)\b/,
    max: 150,
  },
  {
    // A login or password-reset form, not a story that mentions passwords.
    re: /^(?=.*\b(mot de passe|password|identifiant)\b)(?=.*\b(saisi|enter|oubli|forgot|reinitialis|reset|e-mail|email|lien|link)\b)/,
    max: 200,
  },
  { re: /^(retour en haut|back to top|ok|fermer|close|commentaires|comments|raconter l'actualite)$/, max: 30 },
  { re: /^arton\d+$/, max: 20 },
];

const isFurniture = (folded: string) =>
  FURNITURE.some(
    (rule) => folded.length <= rule.max && (!rule.notSentence || !/[.!?…]$/.test(folded)) && rule.re.test(folded),
  );

/** Teasers after a "read also" heading: at most this many lines are skipped. */
const MAX_TEASERS = 12;

/** Headings after which teasers for other stories follow. */
const RELATED =
  /^(a decouvrir( egalement)?|a lire aussi|lire aussi|la redaction vous conseille|sur le meme sujet|read more|related( articles| stories)?|more on this( story)?|voir aussi)\s*:?$/;

const endsLikeProse = (line: string) => /[.!?…»"”:)]$/.test(line);

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
      if (/[.!?…]$/.test(line) || line.length >= 200) break;
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
