// Display formats shared by pages and exports. Dates are calendar days (no time
// zone games): an ISO "YYYY-MM-DD" shown as "31 Oct 2022".

export function formatDay(iso: string | Date): string {
  const day = typeof iso === "string" ? iso : iso.toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatDateTime(date: Date): string {
  return date.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
