// Dates travel as whole days since 1970-01-01 (UTC) so that bounds compare as plain numbers.
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function makeEpochDay(year: number, month: number, day: number): number {
  // setUTCFullYear keeps years 0-99 literal, which Date.UTC would shift to 19xx.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function toEpochDay(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${isoDate}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > countDaysInMonth(year, month)) {
    throw new RangeError(`no such day: ${isoDate}`);
  }
  return makeEpochDay(year, month, day);
}

export function fromEpochDay(day: number): string {
  const d = new Date(Math.round(day) * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const yyyy = y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  return `${yyyy}-${padTwo(d.getUTCMonth() + 1)}-${padTwo(d.getUTCDate())}`;
}

export type Ymd = { year: number; month: number; day: number };

export function splitEpochDay(day: number): Ymd {
  const d = new Date(Math.round(day) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function getWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function getMonthBounds(year: number, month: number): [number, number] {
  return [makeEpochDay(year, month, 1), makeEpochDay(year, month, countDaysInMonth(year, month))];
}

export function getYearBounds(year: number): [number, number] {
  return [makeEpochDay(year, 1, 1), makeEpochDay(year, 12, 31)];
}

export function getTodayEpochDay(): number {
  return Math.floor(Date.now() / MS_PER_DAY);
}

function padTwo(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const spanCache = new Map<number, [number, number]>();

/**
 * Shortest and longest lengths, in days, of `months` consecutive calendar months.
 * Start months range over 1901-1928, a full leap cycle of the 1901-2099 calendar,
 * so the answer holds for any period a news story can mention.
 */
export function measureMonths(months: number): [number, number] {
  if (!Number.isFinite(months) || months < 0) return [NaN, NaN];
  // Whole 400-year cycles have a fixed length; only the remainder depends on where it starts.
  if (months >= 4800) {
    const cycles = Math.floor(months / 4800);
    const [min, max] = measureMonths(months - cycles * 4800);
    return [cycles * 146097 + min, cycles * 146097 + max];
  }
  const cached = spanCache.get(months);
  if (cached) return cached;
  let min = Infinity;
  let max = 0;
  for (let year = 1901; year < 1929; year++) {
    for (let month = 1; month <= 12; month++) {
      const from = makeEpochDay(year, month, 1);
      const to = makeEpochDay(year, month + months, 1);
      min = Math.min(min, to - from);
      max = Math.max(max, to - from);
    }
  }
  const span: [number, number] = [min, max];
  if (spanCache.size < 512) spanCache.set(months, span);
  return span;
}
