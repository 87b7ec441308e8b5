import { getLocale, getTranslations } from "next-intl/server";
import { describeValue } from "@/lib/figures";
import { formatAxisDay } from "@/lib/discrepancies/axis-ticks";
import { layoutPicture, type End, type Mark, type Picture, type PictureClaim } from "@/lib/discrepancies/number-line";
import type { UiLocale } from "@/lib/i18n/locales";
import "./number-line.css";

// The picture of a fact's claims (laid out by lib/discrepancies/number-line.ts),
// drawn twice: for a wide screen and for a phone, the one that fits being shown
// (CSS), so that its text stays legible at 390 px. A table gives the same
// values to screen readers and to anyone who prefers reading them.

const colour = (k: number) => `hsl(${(k * 137 + 205) % 360} 60% 36%)`;

function EndMarker({ m, end, which }: { m: Mark; end: End; which: "lower" | "upper" }) {
  const vertical = m.x1 === m.x2 && m.y1 !== m.y2;
  const [x, y] = which === "lower" ? [m.x1, m.y1] : [m.x2, m.y2];
  const c = colour(m.index);
  if (end === "arrow") {
    // The tip of a short arrow is the end: the interval goes on beyond it.
    const sign = which === "upper" ? 1 : -1;
    const d = vertical
      ? `M ${x - 6} ${y + sign * 8} L ${x} ${y} L ${x + 6} ${y + sign * 8}`
      : `M ${x - sign * 8} ${y - 6} L ${x} ${y} L ${x - sign * 8} ${y + 6}`;
    return <path d={d} fill="none" stroke={c} strokeWidth={2.5} />;
  }
  return (
    <circle
      className={end === "open" ? "end-open" : "end-closed"}
      cx={x}
      cy={y}
      r={4.5}
      stroke={c}
      fill={end === "open" ? undefined : c}
    />
  );
}

function Drawing({ picture, title, className }: { picture: Picture; title: string; className: string }) {
  return (
    <svg
      className={`picture ${className}`}
      viewBox={`0 0 ${picture.width} ${picture.height}`}
      role="img"
      aria-label={title}
    >
      {picture.grid.map((g, k) => (
        <line key={`g${k}`} className="grid" {...g} />
      ))}
      {picture.axes.map((a, k) => (
        <line key={`a${k}`} className="axis" {...a} />
      ))}
      {picture.breaks.map((b, k) => (
        <path
          key={`b${k}`}
          className="break"
          d={
            b.vertical
              ? `M ${b.x - 7} ${b.y + 5} L ${b.x + 7} ${b.y + 1} M ${b.x - 7} ${b.y - 1} L ${b.x + 7} ${b.y - 5}`
              : `M ${b.x - 5} ${b.y + 7} L ${b.x - 1} ${b.y - 7} M ${b.x + 1} ${b.y + 7} L ${b.x + 5} ${b.y - 7}`
          }
        />
      ))}
      {picture.divider && <line className="divider" {...picture.divider} />}
      {picture.marks.map((m) => (
        <g key={m.id}>
          {m.band && <line className="band" {...m.band} stroke={colour(m.index)} />}
          {m.point ? (
            <circle cx={m.x1} cy={m.y1} r={6} fill={colour(m.index)} />
          ) : (
            <>
              <line
                className={`bar${m.approximate ? " approximate" : ""}`}
                x1={m.x1}
                y1={m.y1}
                x2={m.x2}
                y2={m.y2}
                stroke={colour(m.index)}
              />
              <EndMarker m={m} end={m.lower} which="lower" />
              <EndMarker m={m} end={m.upper} which="upper" />
            </>
          )}
        </g>
      ))}
      {picture.gaps.map((g, k) => (
        <g key={`gap${k}`} className="gap">
          <path d={`M ${g.x1 + 5} ${g.y1} H ${g.x1} V ${g.y2} H ${g.x1 + 5}`} />
          <text x={g.label.x} y={g.label.y} textAnchor="end">
            {g.label.text}
          </text>
        </g>
      ))}
      {picture.leaders.map((l, k) => (
        <line key={`l${k}`} className="leader" {...l} />
      ))}
      {picture.texts.map((t, k) => (
        <text key={`t${k}`} className={t.role} x={t.x} y={t.y} textAnchor={t.anchor}>
          {t.text}
        </text>
      ))}
    </svg>
  );
}

export type PictureRow = PictureClaim & { publishedAt: number; asOfText: string; language: string };

/** The claims of a fact on one picture, with the same values as a table. */
export async function FactPicture({
  claims,
  kind,
  conflicts,
}: {
  claims: PictureRow[];
  kind: string;
  /** Pairs of claims that cannot both be true: the gap between them is bracketed. */
  conflicts: [string, string][];
}) {
  const [t, locale] = await Promise.all([getTranslations("factPage.picture"), getLocale()]);
  const ui = locale as UiLocale;
  const words = { final: t("final"), finalColumn: t("finalColumn"), gap: t("gap") };
  const wide = layoutPicture(claims, { locale: ui, width: 760, words, conflicts });
  const narrow = layoutPicture(claims, { locale: ui, width: 360, words, conflicts });
  if (!wide || !narrow) return null;
  const title =
    wide.mode === "time"
      ? t("titleTime", { values: claims.map((c) => `${c.figure} (${c.outlet})`).join("; ") })
      : t(kind.startsWith("date") ? "titleDates" : "titleValues", {
          values: claims.map((c) => `${c.figure} (${c.outlet})`).join("; "),
        });
  return (
    <figure className="fact-picture">
      <Drawing picture={wide} title={title} className="wide" />
      <Drawing picture={narrow} title={title} className="narrow" />
      <figcaption className="small muted">{wide.mode === "time" ? t("captionTime") : t("captionRows")}</figcaption>
      <details className="picture-table">
        <summary className="small">{t("asTable")}</summary>
        <table className="list small">
          <thead>
            <tr>
              <th scope="col">{t("outlet")}</th>
              <th scope="col">{t("figure")}</th>
              <th scope="col">{t("reading")}</th>
              <th scope="col">{t("published")}</th>
              <th scope="col">{t("asOf")}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id}>
                <td>{c.outlet}</td>
                <td lang={c.language}>{c.figure}</td>
                <td>{describeValue(c.value, ui)}</td>
                <td>{formatAxisDay(c.publishedAt, ui)}</td>
                <td>{c.asOfText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
