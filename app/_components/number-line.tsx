import type { NumberLine } from "@/lib/discrepancies/number-line";

/** Claims' intervals on one axis, one row per outlet. */
export function NumberLineChart({ line, title }: { line: NumberLine; title: string }) {
  return (
    <svg className="numberline" viewBox={`0 0 ${line.width} ${line.height}`} role="img" aria-label={title}>
      <title>{title}</title>
      {line.ticks.map((t) => (
        <g key={`${t.x}-${t.label}`}>
          <line className="tick" x1={t.x} x2={t.x} y1={8} y2={line.axisY} />
          <text x={t.x} y={line.axisY + 18} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      <line className="axis" x1={line.left} x2={line.right} y1={line.axisY} y2={line.axisY} />
      {line.rows.map((r, k) => {
        const colour = `hsl(${(k * 67 + 200) % 360} 55% 40%)`;
        return (
          <g key={r.id}>
            <text className="outlet" x={line.left - 10} y={r.y + 4} textAnchor="end">
              {r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}
            </text>
            {r.point ? (
              <circle cx={r.x1} cy={r.y} r={5} fill={colour} />
            ) : (
              <line
                className={`bar${r.approximate ? " approximate" : ""}`}
                x1={r.x1}
                x2={r.x2}
                y1={r.y}
                y2={r.y}
                stroke={colour}
              />
            )}
            {r.lowerUnbounded && (
              <path
                d={`M ${r.x1 + 8} ${r.y - 6} L ${r.x1} ${r.y} L ${r.x1 + 8} ${r.y + 6}`}
                fill="none"
                stroke={colour}
                strokeWidth={2}
              />
            )}
            {r.upperUnbounded && (
              <path
                d={`M ${r.x2 - 8} ${r.y - 6} L ${r.x2} ${r.y} L ${r.x2 - 8} ${r.y + 6}`}
                fill="none"
                stroke={colour}
                strokeWidth={2}
              />
            )}
            {!r.point && !r.lowerUnbounded && (
              <circle
                className={r.lowerOpen ? "end-open" : "end-closed"}
                cx={r.x1}
                cy={r.y}
                r={4.5}
                stroke={colour}
                fill={r.lowerOpen ? undefined : colour}
              />
            )}
            {!r.point && !r.upperUnbounded && (
              <circle
                className={r.upperOpen ? "end-open" : "end-closed"}
                cx={r.x2}
                cy={r.y}
                r={4.5}
                stroke={colour}
                fill={r.upperOpen ? undefined : colour}
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
