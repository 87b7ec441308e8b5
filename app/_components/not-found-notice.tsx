import Link from "next/link";

/** What a missing page says, inside the app's shell or outside it. */
export function NotFoundNotice() {
  return (
    <div className="notice narrow">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been deleted (look in the bin) or the link may be wrong.</p>
      <p>
        <Link href="/articles">Go to the articles</Link>
      </p>
    </div>
  );
}
