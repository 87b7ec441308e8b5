import "./download-links.css";

// Downloads of what Recoupe knows about a fact or an article, in standard
// formats (ClaimReview, W3C Web Annotations) and as a printed report (PDF).
// Plain links: the browser saves what the route sends as an attachment.

export type DownloadLink = { href: string; label: string; download?: boolean };

/** `label` names the list for assistive technology; `lead` is the same shown before it, with its colon. */
export function DownloadLinks({ label, lead, links }: { label: string; lead: string; links: DownloadLink[] }) {
  if (links.length === 0) return null;
  return (
    <nav className="download-links" aria-label={label}>
      <span className="small muted">{lead}</span>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a className="button small" href={l.href} download={l.download === false ? undefined : ""}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
