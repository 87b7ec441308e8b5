// A figure's value in words an editor can paste into a note, in the interface's language:
// "more than 6,700 (people)", "between 180 and 220 (about 200)", "31 October 2022", "six weeks";
// in French "plus de 4 300 (personnes)", "31 octobre 2022", "six semaines". Bounds first, then in
// brackets how the text put it and what it counts.
import type { UiLocale } from "@/lib/i18n/locales";
import { labelCounted } from "./counted-labels";
import { describeDate } from "./describe-date";
import { describeDuration } from "./describe-duration";
import { describeQuantity } from "./describe-quantity";
import { DESCRIBE_WORDS } from "./describe-words";
import { formatLarge, formatPercent, pluralCategory } from "./format";
import { classifyQualifier } from "./qualifiers";
import type { FigureValue } from "./types";

function formatMoney(code: string, x: number, locale: UiLocale): string {
  const c = DESCRIBE_WORDS[locale].currencies[code];
  const large = formatLarge(x, locale);
  // A sum whose currency the text does not tell (a bare "francs": lib/figures/francs.ts): the amount alone.
  if (!code) return large.text;
  if (c?.symbol) return `${c.symbol}${large.text}`;
  if (c?.name) {
    const plural = pluralCategory(x, locale) === "one" ? c.name[0] : c.name[1];
    // "6,5 millions d'euros", "2 milliards de dollars"
    if (large.scaleWord && locale === "fr") return DESCRIBE_WORDS.fr.linkCounted(large.text, c.name[1]);
    return `${large.text} ${plural}`;
  }
  try {
    return new Intl.NumberFormat(DESCRIBE_WORDS[locale].intl, {
      style: "currency",
      currency: code,
      currencyDisplay: "name",
      maximumFractionDigits: 2,
    }).format(x);
  } catch {
    return `${large.text} ${code}`;
  }
}

function formatAmount(v: FigureValue, x: number, locale: UiLocale): string {
  switch (v.kind) {
    case "percentage":
      return formatPercent(x, locale);
    case "money":
      return formatMoney(v.unit ?? "", x, locale);
    default:
      return formatLarge(x, locale).text;
  }
}

function describeBounds(v: FigureValue, locale: UiLocale): string {
  const w = DESCRIBE_WORDS[locale];
  const f = (x: number): string => formatAmount(v, x, locale);
  let { lower: lo, upper: hi } = v;
  let { lowerInclusive: loInc, upperInclusive: hiInc } = v;
  // Whole counts read better with inclusive ends: [2000, 10000) is "between 2,000 and 9,999".
  if (v.kind === "count" && lo !== null && hi !== null && lo > 0) {
    if (!loInc) [lo, loInc] = [Math.floor(lo) + 1, true];
    if (!hiInc) [hi, hiInc] = [Math.ceil(hi) - 1, true];
  }
  if (lo !== null && hi !== null && lo === hi) return f(lo);
  if (hi === null) return lo === null ? "" : `${loInc ? w.atLeast : w.moreThan} ${f(lo)}`;
  if (lo === null || lo === 0) return `${hiInc ? w.upTo : v.kind === "count" ? w.fewer : w.less} ${f(hi)}`;
  if (loInc && hiInc) return `${w.between} ${f(lo)} ${w.and} ${f(hi)}`;
  return `${loInc ? w.atLeast : w.moreThan} ${f(lo)} ${w.andLess} ${f(hi)}`;
}

/** How the text put the amount, and whether a counted noun after it needs "of"/"de". */
function describeHint(v: FigureValue, locale: UiLocale): { text: string; linked: boolean } | null {
  const w = DESCRIBE_WORDS[locale];
  const { lower: lo, upper: hi } = v;
  if (!v.approximate || lo === null) return null;
  if (hi !== null && !v.upperInclusive && v.kind === "count") {
    const unit = lo / 2;
    const words = w.vagueCounts[unit];
    if (words && (hi === unit * 10 || hi === unit * 6)) {
      return { text: words[hi === unit * 6 ? 1 : 0], linked: words[2] };
    }
  }
  const cls = v.qualifier ? classifyQualifier(v.qualifier) : null;
  if (cls === "near" && hi !== null) return { text: `${w.nearly} ${formatAmount(v, hi, locale)}`, linked: false };
  if ((cls === "about" || cls === null) && hi !== null && v.upperInclusive) {
    const center = v.kind === "count" ? Math.round((lo + hi) / 2) : Math.round(((lo + hi) / 2) * 1e6) / 1e6;
    return { text: `${w.about} ${formatAmount(v, center, locale)}`, linked: false };
  }
  return null;
}

export function describeValue(value: FigureValue, locale: UiLocale): string {
  if (value.kind === "date" || value.kind === "date_range") return describeDate(value, locale);
  if (value.kind === "duration") return describeDuration(value, locale);
  if (value.kind === "quantity") return describeQuantity(value, locale);
  const main = describeBounds(value, locale);
  const h = describeHint(value, locale);
  const counted = labelCounted(value, locale);
  const extra =
    h && counted
      ? h.linked
        ? DESCRIBE_WORDS[locale].linkCounted(h.text, counted)
        : `${h.text} ${counted}`
      : (h?.text ?? counted);
  return extra ? `${main} (${extra})` : main;
}
