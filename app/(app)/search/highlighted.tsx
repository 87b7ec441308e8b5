import type { HighlightPart } from "@/lib/search/highlight";

/** Text with its search hits marked; every part is rendered as text, never as markup. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return <>{parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

/** A snippet from inside a longer text, with an ellipsis where it is cut. */
export function Snippet({ snippet }: { snippet: { parts: HighlightPart[]; before: boolean; after: boolean } }) {
  if (snippet.parts.length === 0) return null;
  return (
    <p className="search-snippet">
      {snippet.before && "… "}
      <Highlighted parts={snippet.parts} />
      {snippet.after && " …"}
    </p>
  );
}
