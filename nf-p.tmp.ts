import { extractFigures } from "@/lib/figures";
import { scoreMatch, type MatchFigure, type MatchCandidate } from "@/lib/matching/score";
import { sentencesMeet, countsMeet } from "@/lib/matching/match-article";
type Side = { lang: "fr" | "en"; title: string; text: string; fig: string; pub: string };
const pairs: [Side, Side][] = [
  [{ lang: "fr", title: "Explosion dans une usine chimique près de Lyon", text: "L'explosion a fait au moins 14 blessés, dont trois graves, selon les pompiers.", fig: "au moins 14", pub: "2026-02-03" },
   { lang: "en", title: "Blast at chemical plant near Lyon", text: "At least 14 people were injured in the blast, three of them seriously, firefighters said.", fig: "At least 14", pub: "2026-02-04" }],
  [{ lang: "fr", title: "Grève dans les hôpitaux belges", text: "Quelque 2 300 infirmiers ont cessé le travail mardi à Bruxelles.", fig: "Quelque 2 300", pub: "2026-03-03" },
   { lang: "en", title: "Belgian hospital strike", text: "About 2,300 nurses walked out in Brussels on Tuesday.", fig: "About 2,300", pub: "2026-03-04" }],
  [{ lang: "fr", title: "Inondations au Portugal", text: "Plus de 600 personnes ont été évacuées dans la région de Coimbra.", fig: "Plus de 600", pub: "2026-01-10" },
   { lang: "en", title: "Floods in Portugal", text: "More than 600 people have been evacuated from their homes around Coimbra.", fig: "More than 600", pub: "2026-01-11" }],
  [{ lang: "fr", title: "Séisme au Maroc", text: "Le séisme a détruit au moins 300 maisons dans la province d'Al-Haouz.", fig: "au moins 300", pub: "2026-05-10" },
   { lang: "en", title: "Morocco earthquake", text: "The quake destroyed at least 300 houses in Al Haouz province.", fig: "at least 300", pub: "2026-05-11" }],
  [{ lang: "fr", title: "Fermeture d'une usine automobile en Espagne", text: "L'usine de Valladolid emploie 1 800 salariés.", fig: "1 800", pub: "2026-06-01" },
   { lang: "en", title: "Car plant to close in Spain", text: "The Valladolid plant employs 1,800 workers.", fig: "1,800", pub: "2026-06-02" }],
  [{ lang: "fr", title: "Incendie en Grèce", text: "Les flammes ont ravagé 4 000 hectares depuis dimanche.", fig: "4 000 hectares", pub: "2026-08-02" },
   { lang: "en", title: "Wildfire in Greece", text: "The flames have burned 4,000 hectares since Sunday.", fig: "4,000 hectares", pub: "2026-08-03" }],
  [{ lang: "fr", title: "Référendum en Irlande", text: "Le oui l'a emporté avec 58 % des voix.", fig: "58 %", pub: "2026-09-02" },
   { lang: "en", title: "Irish referendum", text: "Voters backed the change by 58%.", fig: "58%", pub: "2026-09-02" }],
  [{ lang: "fr", title: "Naufrage au large de la Libye", text: "Au moins 61 migrants sont morts dans le naufrage de leur embarcation.", fig: "Au moins 61", pub: "2026-04-02" },
   { lang: "en", title: "Shipwreck off Libya", text: "At least 61 migrants drowned when their boat capsized.", fig: "At least 61", pub: "2026-04-03" }],
  [{ lang: "fr", title: "Manifestations à Madrid", text: "La police a procédé à 37 interpellations.", fig: "37", pub: "2026-04-02" },
   { lang: "en", title: "Protests in Madrid", text: "Police made 37 arrests.", fig: "37", pub: "2026-04-03" }],
  [{ lang: "fr", title: "Tempête en Bretagne", text: "Quelque 80 000 foyers étaient privés d'électricité lundi soir.", fig: "Quelque 80 000", pub: "2026-11-02" },
   { lang: "en", title: "Storm hits Brittany", text: "Some 80,000 homes were without power on Monday evening.", fig: "Some 80,000", pub: "2026-11-03" }],
];
for (const [a, b] of pairs) {
  const fa = extractFigures(a.text, { lang: a.lang, publishedAt: a.pub }).find((f) => f.text === a.fig);
  const fb = extractFigures(b.text, { lang: b.lang, publishedAt: b.pub }).find((f) => f.text === b.fig);
  if (!fa || !fb) { console.log("not read", a.fig, b.fig, extractFigures(b.text, { lang: b.lang, publishedAt: b.pub }).map((f) => f.text)); continue; }
  const figure: MatchFigure = { value: fb.value, sentence: b.text, near: { before: b.text.slice(0, fb.start), after: b.text.slice(fb.end) }, when: null, context: b.title, language: b.lang, publishedAt: b.pub, entities: [], contextEntities: [] };
  const cand: MatchCandidate = { id: "p", label: "", kind: fa.value.kind, countedKey: fa.value.countedKey, entities: [], context: a.title, claims: [{ value: fa.value, quote: a.text, figure: a.fig, language: a.lang, publishedAt: a.pub, asOf: null }] };
  const s = scoreMatch(figure, cand);
  console.log(a.fig, "|", b.fig, fa.value.counted, "/", fb.value.counted, "=>", s?.score, s ? sentencesMeet(s, true) : "-", s ? countsMeet(s) : "-", s?.reasons.map((r) => `${r.code}${r.points}${r.detail ? `(${r.detail})` : ""}`).join(" "));
}
