import { layoutPicture } from "@/lib/discrepancies/number-line";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
const people = (lo: number, hi: number|null, x = {}) => ({ kind: "count" as const, lower: lo, upper: hi, lowerInclusive: true, upperInclusive: hi !== null, approximate: false, granularity: null, qualifier: null, unit: null, counted: "personnes", countedKey: "people", ...x });
const claims = [
 { id: "rt", outlet: "RT France", figure: "plus de 800", value: people(800, null, { lowerInclusive: false }), asOf: "2020-10-21", publishedAt: "2020-10-21" },
 { id: "eu", outlet: "Euronews", figure: "6 500", value: people(6500, 6500), asOf: null, publishedAt: "2022-10-31" },
 { id: "ap", outlet: "AP (traduction française)", figure: "Plus de 6 700", value: people(6700, null, { lowerInclusive: false }), asOf: null, publishedAt: "2022-10-31" },
];
const v = factVerdict(claims, { label: "People killed in the 2020 Nagorno-Karabakh war" });
console.log(v.relation, v.claims.map(c => [c.at, c.final]));
const pc = claims.map(c => { const cc = v.claims.find(x => x.id === c.id)!; return { id: c.id, outlet: c.outlet, figure: c.figure, value: c.value, refDay: cc.refDay, at: cc.at, final: cc.final }; });
const p = layoutPicture(pc, { locale: "fr", width: 760, words: { final: "définitif", finalColumn: "bilans définitifs" } });
console.log(JSON.stringify(p, null, 0));
