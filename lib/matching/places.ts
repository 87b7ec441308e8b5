import { contentWords } from "@/lib/facts/words";
import { chainOf, findPlaces, relateMentions, type PlaceMention, type PlaceRelation } from "@/lib/places";
import { ownClause, type Neighbourhood } from "./clause";

// Where a figure is, against where its fact is, as a fact-checker reads
// places: the same place under any spelling ("Gérone" and "Girona", "le
// cortège lyonnais" and "Lyon"), a part of the fact's place (nine dead in the
// Gard against France's toll: a count of its own), the whole of it (the
// country's toll against a region's), or another place altogether (a figure
// about Rhodes is no fact about Crete). The place the figure's own clause names
// counts most, then its sentence's, then its story's; the fact's are its
// label's (or, for a figure of another article, its sentence's, else its
// story's). The gazetteer and its reader are lib/places.

export type Level = "clause" | "sentence" | "story";

export type FigurePlaces = {
  clause: PlaceMention[];
  sentence: PlaceMention[];
  /** The places of the story that say what it is about: its title's, else the first its lead names. */
  story: PlaceMention[];
  /** Mentions that say where something happened ("in Lyon", "à Gérone"), not who acted ("Moscow said"). */
  locative: Set<PlaceMention>;
  /**
   * The sentence's places that may tell another place than the fact's: its own clause's, those after
   * a preposition of place, and the sentence's subject ("La Martinique voisine recense…"); not a
   * party named in passing ("un accord négocié par Moscou").
   */
  telling: Set<PlaceMention>;
  /** Every reading of every place named, its sentence's and its story's. */
  ids: Set<string>;
  /** The sentence's places that other numbers of it count ("and five in Spain"). */
  others: PlaceMention[];
  /** Those of them in a clause next to the figure's ("huit dans le Gard, trois dans l'Hérault"). */
  nextTo: PlaceMention[];
};

export type FactPlaces = {
  /** The places that say where the fact is: its label's, else (a figure of another article) its sentence's, else its story's. */
  own: PlaceMention[];
  /**
   * The places its claims' quotes name, when its label names none: a fact about no place in
   * particular (a national turnout) is not the fact of the city its quotes mention; but a figure
   * about another place altogether is not its figure either.
   */
  quoted: PlaceMention[];
  ids: Set<string>;
  /**
   * A figure of another article (no label): two stories of one place name it in many sentences, so
   * the same place says nothing of a new fact; another place, a part or a whole still do.
   */
  pseudo: boolean;
  /** Capitalised words of the label that spell a place (folded as contentWords folds them), with its readings. */
  labelWords: Map<string, string[]>;
  /** The same for the label's adjectives of place ("Armenian forces"): a party, told by its country in any language. */
  labelAdjectives: Map<string, string[]>;
};

const idsOf = (mentions: PlaceMention[]) => new Set(mentions.flatMap((m) => m.places));

/** A preposition of place a few words before a name: "in southern France", "dans le sud de la France", "à Gérone". */
const LOCATIVE =
  /(?:^|[\s(])(?:in|on|at|near|across|throughout|around|outside|inside|off|en|à|au|aux|dans|près\s+de|sur|vers)\s+(?:[\p{L}-]+\s+){0,4}(?:l['’])?$/iu;

/** A number in digits or in words (English, French), beyond "one" and "un", which are also articles. */
const NUMBER =
  /\p{N}|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|cent|mille|millions?|dizaines?|centaines?|milliers?)\b/iu;
const BREAK = /[,;:.!?()«»"—–]/u;

/** Whether the clause around a mention holds a number of its own: the place is that number's. */
function countsOwn(
  text: string,
  m: PlaceMention,
  from: number,
  figure: [number, number],
  { countsOnly = false } = {},
): boolean {
  let a = m.start;
  while (a > from && !BREAK.test(text[a - 1]!)) a--;
  let b = m.end;
  while (b < text.length && !BREAK.test(text[b]!)) b++;
  // The figure's own clause, cut otherwise ("… and the total"), is not another number's.
  if (a <= figure[0] && figure[1] <= b) return false;
  // Counting a date's numbers too ("déployés au Karabakh en vertu de l'accord de 2020"), unless only counts are asked.
  const plain = (t: string) => (countsOnly ? t.replace(DATES, " ") : t);
  if (NUMBER.test(plain(text.slice(a, m.start))) || NUMBER.test(plain(text.slice(m.end, b)))) return true;
  // A clause of no number after another number's, past the figure, goes on with that number:
  // "twelve dead, nine of them in the Gard, and five in Spain, all in Girona": Girona is the five's.
  if (m.start >= figure[1]) {
    const between = text.slice(figure[1], a).replace(DATES, " ");
    const clauses = between.split(BREAK_ALL).slice(1); // past the rest of the figure's own clause
    return clauses.some((cl) => NUMBER.test(cl));
  }
  return false;
}
const BREAK_ALL = /[,;:()«»"—–]/u;
/** Dates and years, whose numbers count nothing: "on 15 October", "le 3 mars", "in 2002". */
const DATES =
  /\b\d{1,2}(?:er|st|nd|rd|th)?\s+(?:jan|feb|fév|fev|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|août|aout|sep|oct|nov|dec|déc)\p{L}*|\b(?:1[89]|20)\d\d\b/giu;

/** The places of a story and sentence, kept for the other figures of the sentence. */
const recent = new Map<string, PlaceMention[]>();
function sentencePlaces(text: string): PlaceMention[] {
  let found = recent.get(text);
  if (!found) {
    if (recent.size > 256) recent.clear();
    found = findPlaces(text);
    recent.set(text, found);
  }
  return found;
}

export function readFigurePlaces(sentence: string, near: Neighbourhood | undefined, context: string): FigurePlaces {
  // One reading of story and sentence together, so that the story's places narrow the sentence's ("Georgia").
  const text = `${context}\n${sentence}`;
  const offset = context.length + 1;
  const all = sentencePlaces(text);
  const inStory = all.filter((m) => m.end <= context.length);
  const titleEnd = context.indexOf("\n");
  const inTitle = inStory.filter((m) => titleEnd < 0 || m.end <= titleEnd);
  // A dateline ("GENÈVE —", "PARIS, 10 juillet") says where the story was written, not what it is about.
  const told = (ms: PlaceMention[]) => ms.filter((m) => m.text !== m.text.toUpperCase());
  const story = told(inTitle).length > 0 ? told(inTitle) : told(inStory).slice(0, 1);
  // The sentence's places, less those of another clause with a number of its own ("nine of them in
  // the Gard, five in Spain": the Gard is the nine's, Spain the five's, neither the twelve's).
  const sentenceMentions = all.filter((m) => m.start >= offset);
  const n = near ?? { before: sentence, after: "" };
  const c = ownClause(n);
  const afterStart = offset + sentence.length - n.after.length;
  // A comma right after the figure closes its clause ("une participation de 51,2 %, la plus forte de…").
  const closed = /^\s*[,;:]/u.test(n.after);
  const spans: [number, number][] = [
    [offset + c.from, offset + n.before.length],
    closed ? [0, -1] : [afterStart + c.afterFrom, afterStart + c.afterTo],
  ];
  const own = sentenceMentions.filter((m) => spans.some(([a, b]) => a <= m.start && m.end <= b));
  const figureAt: [number, number] = [offset + n.before.length, afterStart];
  const inSentence = sentenceMentions.filter((m) => own.includes(m) || !countsOwn(text, m, offset, figureAt));
  const locative = new Set(
    all.filter((m) => !m.adjective && LOCATIVE.test(text.slice(Math.max(0, m.start - 40), m.start))),
  );
  // A place the sentence opens with is every clause's that names none: "In Norway, nine people died",
  // "Dans le Gard, onze morts".
  const opening = /^[^,;:]*,/u.exec(n.before)?.[0].length ?? 0;
  const clause =
    own.length > 0
      ? own
      : inSentence.filter(
          (m) => m.end <= offset + opening && locative.has(m) && !/\p{N}/u.test(n.before.slice(0, opening)),
        );
  const subjectEnd = offset + (/^[^,;:]*/u.exec(sentence)?.[0].length ?? 0);
  const telling = new Set(inSentence.filter((m) => own.includes(m) || locative.has(m) || m.end <= subjectEnd));
  const others = sentenceMentions.filter(
    (m) => !inSentence.includes(m) && countsOwn(text, m, offset, figureAt, { countsOnly: true }),
  );
  const nextTo = others.filter((m) => {
    const gap = m.end <= figureAt[0] ? text.slice(m.end, figureAt[0]) : text.slice(figureAt[1], m.start);
    return gap.split(BREAK_ALL).length <= 2;
  });
  return { clause, sentence: inSentence, story, locative, telling, ids: idsOf(all), others, nextTo };
}

/** Facts' places, kept between articles (a fact meets many articles; its texts seldom change). */
const factPlaces = new Map<string, FactPlaces>();

export function readFactPlaces(label: string, quotes: string[], context?: string): FactPlaces {
  const key = `${label}\u0001${quotes.join("\u0002")}\u0001${context ?? ""}`;
  let r = factPlaces.get(key);
  if (!r) {
    if (factPlaces.size > 50_000) factPlaces.clear();
    r = readFact(label, quotes, context);
    factPlaces.set(key, r);
  }
  return r;
}

function readFact(label: string, quotes: string[], context?: string): FactPlaces {
  const labelMentions = findPlaces(label);
  // The quotes and the story are read only when asked (most labels name the fact's place).
  let quoteMentions: PlaceMention[] | undefined;
  let storyMentions: PlaceMention[] | undefined;
  const quotesOf = () => (quoteMentions ??= findPlaces(quotes.join("\n")));
  const storyOf = () => (storyMentions ??= context ? findPlaces(context) : []);
  // A figure of another article (no label): its sentence, else its story, says where it is.
  const pseudo = label.trim() === "";
  const own = labelMentions.length > 0 ? labelMentions : pseudo ? (quotesOf().length > 0 ? quotesOf() : storyOf()) : [];
  const labelWords = new Map<string, string[]>();
  const labelAdjectives = new Map<string, string[]>();
  for (const m of labelMentions)
    for (const w of contentWords(m.text)) (m.adjective ? labelAdjectives : labelWords).set(w, m.places);
  let ids: Set<string> | undefined;
  return {
    own,
    get quoted() {
      return labelMentions.length === 0 && !pseudo ? quotesOf() : [];
    },
    pseudo,
    get ids() {
      return (ids ??= idsOf([...labelMentions, ...quotesOf(), ...storyOf()]));
    },
    labelWords,
    labelAdjectives,
  };
}

/** How a set of mentions stands to another: the nearest relation any two of them have, apart only when all are. */
export function relateSets(a: PlaceMention[], b: PlaceMention[]): PlaceRelation {
  const found = new Set<PlaceRelation>();
  for (const m of a) for (const n of b) found.add(relateMentions(m.places, n.places));
  for (const r of ["same", "within", "contains", "unknown"] as const) if (found.has(r)) return r;
  return found.has("disjoint") ? "disjoint" : "unknown";
}

/**
 * The places of one side that lie apart from one another ("in southern France and north-eastern
 * Spain", "Norway and Sweden combined"; not "Lyon, France"), when there are several. Adjectives are
 * left out: they say who as often as where.
 */
function apart(mentions: PlaceMention[]): PlaceMention[] {
  const names = mentions.filter((m) => !m.adjective);
  const out: PlaceMention[] = [];
  for (const m of names) {
    const related = out.findIndex((o) => relateMentions(o.places, m.places) !== "disjoint");
    if (related < 0) out.push(m);
    // Of a place and a place within it ("Spain (Catalonia)"), the larger stands for both.
    else if (relateMentions(m.places, out[related]!.places) === "contains") out[related] = m;
  }
  return out.length >= 2 ? out : [];
}

export type PlaceReason = {
  code: "placeSame" | "placePart" | "placeWhole" | "placeOther";
  points: number;
  detail: string;
};

/**
 * Points by level: the figure's own clause, its sentence, its story. The story only tells another
 * place (a story about a flood in Spain is not one about France); that it names the fact's place
 * says nothing of which of its figures is the fact's.
 */
const POINTS: Record<PlaceReason["code"], Record<Level, number>> = {
  placeSame: { clause: 2, sentence: 1, story: 0 },
  placePart: { clause: -0.75, sentence: -0.25, story: 0 },
  placeWhole: { clause: -0.75, sentence: -0.25, story: -0.5 },
  placeOther: { clause: -4, sentence: -3, story: -1.5 },
};
/** A part or a whole told by places apart ("France and Spain" against Spain): surely another count. */
const APART: Record<Level, number> = { clause: -2, sentence: -1, story: 0 };
/** A figure's clause counting one of several parts of the fact's place, each with its own number. */
const SIBLING = -3;

/**
 * The place reason of a figure against a fact, from the most telling places the figure has (its
 * clause's, else its sentence's, else its story's) against the fact's own. Places apart from one
 * another on one side, and only some of them on the other, make a part ("five in Sweden" against
 * "Norway and Sweden combined") or a whole ("at least 12 killed in France and Spain" against the
 * deaths in Spain). A place named only by an adjective ("les électeurs suisses") says half as much
 * against another place: adjectives name who as often as where. A fact whose label names no place
 * is only kept from figures about another place than all its quotes name.
 */
export function placeReason(figure: FigurePlaces, fact: FactPlaces): PlaceReason | null {
  const level: Level | null =
    figure.clause.length > 0
      ? "clause"
      : figure.sentence.length > 0
        ? "sentence"
        : figure.story.length > 0
          ? "story"
          : null;
  if (!level) return null;
  const mine = figure[level];
  const theirs = fact.own.length > 0 ? fact.own : fact.quoted;
  if (theirs.length === 0) return null;
  let relation = relateSets(mine, theirs);
  // Another place, at the sentence's level, only from places that say where.
  if (relation === "disjoint" && level === "sentence") {
    const telling = mine.filter((m) => figure.telling.has(m));
    if (telling.length === 0 || relateSets(telling, theirs) !== "disjoint") return null;
  }
  if (fact.own.length === 0 && relation !== "disjoint") return null;
  // A label's adjective names a party ("Russian peacekeepers"), not where the fact is: no other place against it.
  if (relation === "disjoint" && theirs.every((m) => m.adjective)) return null;
  // Another number of the sentence counts a place of the fact beside the figure's own ("twelve in
  // France, nine of them in the Gard, and five in Spain" against France and Spain combined): the
  // figure counts one side only. A part of the figure's place ("nine of them in the Gard") is no side;
  // only a fact of places apart is a sum of sides.
  const within = (a: PlaceMention, b: PlaceMention) => {
    const r = relateMentions(a.places, b.places);
    return r === "same" || r === "within";
  };
  const beside =
    fact.pseudo || apart(theirs).length === 0
      ? []
      : figure.others.filter(
          (o) => !o.adjective && !mine.some((m) => within(o, m)) && theirs.some((t) => within(o, t) || within(t, o)),
        );
  if (beside.length > 0 && relation !== "disjoint" && relation !== "unknown")
    return {
      code: "placePart",
      points: APART.clause,
      detail: `${[...new Set(mine.map((m) => m.text))].slice(0, 2).join(", ")}, beside ${beside[0]!.text}`,
    };
  // One of several parts of the fact's place, each counted in its own clause ("huit dans le Gard,
  // trois dans l'Hérault" against France's toll): a part's count, never the whole's.
  if (relation === "within" && level === "clause") {
    const siblings = figure.nextTo.filter(
      (o) =>
        !o.adjective &&
        !mine.some((m) => within(o, m) || within(m, o)) &&
        theirs.some((t) => within(o, t) && !within(t, o)),
    );
    if (siblings.length > 0)
      return {
        code: "placePart",
        points: SIBLING,
        detail: `${[...new Set(mine.map((m) => m.text))].slice(0, 2).join(", ")}, beside ${siblings[0]!.text}`,
      };
  }
  let byApart = false;
  if (relation !== "disjoint" && relation !== "unknown" && level !== "story") {
    // Several places apart on one side, only some of them on the other (on the figure's side, places
    // where something happened: "Moscow, Yerevan and Baku signed" names parties).
    const theirsApart = apart(theirs);
    const mineApart = apart(mine.filter((m) => figure.locative.has(m)));
    const covers = (a: PlaceMention, b: PlaceMention) => {
      const r = relateMentions(a.places, b.places);
      return r === "same" || r === "within";
    };
    if (theirsApart.length > 0 && !theirsApart.every((t) => mine.some((m) => covers(m, t) || covers(t, m)))) {
      relation = "within";
      byApart = true;
    } else if (mineApart.length > 0 && !mineApart.every((m) => theirs.some((t) => covers(m, t) || covers(t, m)))) {
      relation = "contains";
      byApart = true;
    }
  }
  // A party named by its capital ("Moscou maintient 2 000 militaires") against a fact that names the
  // same party by its adjective ("Russian peacekeepers"): the same party, not a part of a place.
  if (
    relation === "within" &&
    !byApart &&
    mine.every((m) => !figure.locative.has(m)) &&
    mine.every((m) => theirs.some((t) => t.adjective && relateMentions(m.places, t.places) === "within"))
  )
    return null;
  const code =
    relation === "same"
      ? "placeSame"
      : relation === "within"
        ? "placePart"
        : relation === "contains"
          ? "placeWhole"
          : relation === "disjoint"
            ? "placeOther"
            : null;
  if (!code) return null;
  let points = byApart ? APART[level] : code === "placeSame" && fact.pseudo ? 0 : POINTS[code][level];
  if (points === 0) return null;
  // Another place named only by an adjective ("les soldats russes", "Armenian officials"): half as telling.
  if (code === "placeOther" && level !== "story" && mine.every((m) => m.adjective)) points /= 2;
  const detail = (ms: PlaceMention[]) => [...new Set(ms.map((m) => m.text))].slice(0, 3).join(", ");
  return { code, points, detail: `${detail(mine)} / ${detail(theirs)}` };
}

/** Whether the figure's story and sentence name a place the fact names, under any spelling. */
export function sharePlace(figure: FigurePlaces, fact: FactPlaces): boolean {
  for (const id of figure.ids) if (fact.ids.has(id)) return true;
  return false;
}

/**
 * The label's place words that the figure's sentence or story names under any spelling, or that
 * hold a place it names: "Girona" in a label is told by "Gérone" in an article, "Spain" by "Girona".
 */
export function toldPlaceWords(figure: FigurePlaces, fact: FactPlaces): Set<string> {
  const out = new Set<string>();
  // Every place holding one the figure's story names is told too: a story about Girona is about Spain.
  const told = new Set([...figure.ids].flatMap((id) => chainOf(id)));
  for (const words of [fact.labelWords, fact.labelAdjectives])
    for (const [w, places] of words) if (places.some((p) => told.has(p))) out.add(w);
  return out;
}

/** The capitalised words a text's places are spelt with (folded): the place reasons speak for them. */
export function placeWords(mentions: PlaceMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (!m.adjective) for (const w of contentWords(m.text)) out.add(w);
  return out;
}
