import Link from "next/link";

export default function NotFound() {
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
