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

/** Lines that are furniture wherever they stand. */
const FURNITURE: RegExp[] = [
  /^(partager|share|copier\/coller|copy link|imprimer|print|envoyer|tweet)\b/,
  /(copy to clipboard|lien copie|close button)/,
  /^(publicite|advertisement|sponsored|annonce)$/,
  /^(par|by|author\s*:|auteur\s*:|article redige par)\s/,
  /^[-–—]?\s*(avec|with|source\s*:)\s*(afp|reuters|ap|ria novosti|tass)\.?$/,
  /^la redaction$/,
  /^(publie|mis a jour|updated|published)(\s+le)?\b.{0,40}$/,
  /^temps de lecture\s*:/,
  /(tous droits reserves|all rights reserved|copyright|©|\(c\)\s*\d{4}|reprinted with permission)/,
  /\bsource\s*:\s*[a-z ]{2,20}$/,
  /\((au centre|a droite|a gauche|de gauche a droite|left|right|centre|center)\)/,
  /\([a-z .'-]+(\/\s*[a-z .'-]+)+\)$/, // photo credit: (NAME / POOL / AFP)
  /^(?=.*\bcookies?\b)(?=.*\b(accept|utilis|consent|parametr|navigat|traceur|tiers|activ|desactiv|autoris|refus|bandeau|banner|preferen|privacy|confidentialit))/,
  /^(a lire aussi|lire aussi|read more|voir aussi|see also|related)\s*:\s*\S/,
  /^ce site utilise des cookies|^this site uses cookies/,
  /\b(commentaires?|comments?)\b.*\b(auteur|author|conversation|participer|opinions?)\b/,
  /^(connectez-vous|se connecter|s'inscrire|log ?in|sign ?in|sign ?up|register|subscribe|s'abonner)\b/,
  /\b(mot de passe|password|identifiant)\b/,
  /^(retour en haut|back to top|ok|fermer|close|commentaires|comments|raconter l'actualite)$/,
  /^arton\d+$/,
];

/** Headings after which teasers for other stories follow. */
const RELATED =
  /^(a decouvrir( egalement)?|a lire aussi|lire aussi|la redaction vous conseille|sur le meme sujet|read more|related( articles| stories)?|more on this( story)?|voir aussi)\s*:?$/;

/** Furniture is short: a paragraph longer than this is story, and is not scanned. */
const MAX_FURNITURE_LENGTH = 1_500;

const endsLikeProse = (line: string) => /[.!?…»"”:)]$/.test(line);

export function stripBoilerplate(input: string, options: { title?: string } = {}): StripResult {
  const lines = input.split("\n");
  const folded = lines.map((l) => fold(l.trim()));
  const drop = new Array<boolean>(lines.length).fill(false);
  const title = options.title ? fold(options.title.trim()) : null;

  for (let i = 0; i < lines.length; i++) {
    const f = folded[i] as string;
    if (f === "") continue;
    if (f.length > MAX_FURNITURE_LENGTH) continue;
    if (title && f === title) drop[i] = true;
    if (FURNITURE.some((re) => re.test(f))) drop[i] = true;
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

  // After a "read also" heading come teasers for other stories (headlines, cut
  // excerpts) until the story resumes with a full paragraph.
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED.test(folded[i] as string)) continue;
    drop[i] = true;
    for (let j = i + 1; j < lines.length; j++) {
      const line = (lines[j] as string).trim();
      if (line === "") continue;
      if (/[.!?…]$/.test(line) && !drop[j] && line.length >= 200) break;
      drop[j] = true;
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
