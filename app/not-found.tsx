import { NotFoundNotice } from "./_components/not-found-notice";

export default function NotFound() {
  return (
    <main>
      <NotFoundNotice />
    </main>
  );
}
