// A figure's value in words an editor can paste into a note:
// "more than 6,700 (people)", "between 180 and 220 (about 200)", "31 October 2022", "42 days (six weeks)";
// in French "plus de 6 700 (personnes)", "31 octobre 2022". Bounds first, then in brackets how the text
// put it and what it counts.
import { labelCounted } from "./counted-labels";
import { describeDate } from "./describe-date";
import { nameDuration } from "./describe-duration";
import { formatLarge, formatNumber, type Locale } from "./format";
import { classifyQualifier } from "./qualifiers";
import type { FigureValue } from "./types";

const T = {
  en: {
    atLeast: "at least",
    moreThan: "more than",
    upTo: "up to",
    fewer: "fewer than",
    less: "less than",
    between: "between",
    and: "and",
    about: "about",
    nearly: "nearly",
  },
  fr: {
    atLeast: "au moins",
    moreThan: "plus de",
    upTo: "jusqu'à",
    fewer: "moins de",
    less: "moins de",
    between: "entre",
    and: "et",
    about: "environ",
    nearly: "près de",
  },
};

const CURRENCY: Record<string, { en: [string, string | null]; fr: [string, string] }> = {
  EUR: { en: ["€", null], fr: ["euros", "d'euros"] },
  USD: { en: ["$", null], fr: ["dollars", "de dollars"] },
  GBP: { en: ["£", null], fr: ["livres sterling", "de livres sterling"] },
  RUB: { en: ["roubles", "roubles"], fr: ["roubles", "de roubles"] },
  AMD: { en: ["drams", "drams"], fr: ["drams", "de drams"] },
  AZN: { en: ["manats", "manats"], fr: ["manats", "de manats"] },
};

function formatAmount(v: FigureValue, x: number, locale: Locale): string {
  switch (v.kind) {
    case "percentage":
      return `${formatNumber(x, locale, 2)}${locale === "en" ? "%" : "\u00a0%"}`;
    case "duration":
      return `${formatNumber(x, locale, 3)} ${locale === "en" ? (x === 1 ? "day" : "days") : x <= 1 ? "jour" : "jours"}`;
    case "money": {
      const c = CURRENCY[v.unit ?? ""];
      const large = formatLarge(x, locale);
      if (!c) return `${large.text} ${v.unit ?? ""}`.trim();
      if (locale === "en") return c.en[1] === null ? `${c.en[0]}${large.text}` : `${large.text} ${c.en[1]}`;
      return `${large.text} ${large.scaleWord ? c.fr[1] : c.fr[0]}`;
    }
    default:
      return formatLarge(x, locale).text;
  }
}

function describeBounds(v: FigureValue, locale: Locale): string {
  const t = T[locale];
  const f = (x: number): string => formatAmount(v, x, locale);
  let { lower: lo, upper: hi } = v;
  let { lowerInclusive: loInc, upperInclusive: hiInc } = v;
  // Whole counts read better with inclusive ends: [2000, 10000) is "between 2,000 and 9,999".
  if (v.kind === "count" && lo !== null && hi !== null && lo > 0) {
    if (!loInc) [lo, loInc] = [Math.floor(lo) + 1, true];
    if (!hiInc) [hi, hiInc] = [Math.ceil(hi) - 1, true];
  }
  if (lo !== null && hi !== null && lo === hi) return f(lo);
  if (hi === null) return lo === null ? "" : `${loInc ? t.atLeast : t.moreThan} ${f(lo)}`;
  if (lo === null || lo === 0) return `${hiInc ? t.upTo : v.kind === "count" ? t.fewer : t.less} ${f(hi)}`;
  // Durations and percentages name their unit once: "between 273 and 276 days".
  const first = v.kind === "duration" ? formatNumber(lo, locale, 3) : f(lo);
  if (loInc && hiInc) return `${t.between} ${first} ${t.and} ${f(hi)}`;
  return `${loInc ? t.atLeast : t.moreThan} ${f(lo)} ${t.and} ${hiInc ? t.upTo : t.less} ${f(hi)}`;
}

/** Orders of magnitude of vague plurals, [2U, 10U) or [2U, 6U): [several, a few], and whether English needs "of". */
const VAGUE: Record<number, { en: [string, string, boolean]; fr: [string, string] }> = {
  10: { en: ["dozens", "a few dozen", true], fr: ["des dizaines", "quelques dizaines"] },
  12: { en: ["dozens", "a few dozen", true], fr: ["des douzaines", "quelques douzaines"] },
  20: { en: ["scores", "a few score", true], fr: ["des vingtaines", "quelques vingtaines"] },
  100: { en: ["several hundred", "a few hundred", false], fr: ["plusieurs centaines", "quelques centaines"] },
  1000: { en: ["several thousand", "a few thousand", false], fr: ["plusieurs milliers", "quelques milliers"] },
  10000: {
    en: ["tens of thousands", "tens of thousands", true],
    fr: ["des dizaines de milliers", "quelques dizaines de milliers"],
  },
  100000: {
    en: ["hundreds of thousands", "a few hundred thousand", true],
    fr: ["des centaines de milliers", "quelques centaines de milliers"],
  },
  1e6: { en: ["several million", "a few million", false], fr: ["plusieurs millions", "quelques millions"] },
};

/** How the text put the amount, and whether a counted noun after it needs "of"/"de". */
function describeHint(v: FigureValue, locale: Locale): { text: string; linked: boolean } | null {
  const t = T[locale];
  const { lower: lo, upper: hi } = v;
  if (v.kind === "duration") {
    const name = nameDuration(v, locale);
    return name ? { text: name, linked: false } : null;
  }
  if (!v.approximate || lo === null) return null;
  if (hi !== null && !v.upperInclusive && v.kind === "count") {
    const unit = lo / 2;
    const words = VAGUE[unit];
    if (words && (hi === unit * 10 || hi === unit * 6)) {
      const few = hi === unit * 6 ? 1 : 0;
      return locale === "en"
        ? { text: words.en[few] as string, linked: words.en[2] }
        : { text: words.fr[few] as string, linked: true };
    }
  }
  const cls = v.qualifier ? classifyQualifier(v.qualifier) : null;
  if (cls === "near" && hi !== null) return { text: `${t.nearly} ${formatAmount(v, hi, locale)}`, linked: false };
  if ((cls === "about" || cls === null) && hi !== null && v.upperInclusive) {
    const center = v.kind === "count" ? Math.round((lo + hi) / 2) : Math.round(((lo + hi) / 2) * 1e6) / 1e6;
    return { text: `${t.about} ${formatAmount(v, center, locale)}`, linked: false };
  }
  return null;
}

function joinCounted(h: { text: string; linked: boolean }, counted: string, locale: Locale): string {
  if (!h.linked) return `${h.text} ${counted}`;
  if (locale === "en") return `${h.text} of ${counted}`;
  return /^[aeéèêiîoôuûhy]/i.test(counted) ? `${h.text} d'${counted}` : `${h.text} de ${counted}`;
}

export function describeValue(value: FigureValue, locale: "en" | "fr"): string {
  if (value.kind === "date" || value.kind === "date_range") return describeDate(value, locale);
  const main = describeBounds(value, locale);
  const h = describeHint(value, locale);
  const counted = labelCounted(value, locale);
  const extra = h && counted ? joinCounted(h, counted, locale) : (h?.text ?? counted);
  return extra ? `${main} (${extra})` : main;
}
