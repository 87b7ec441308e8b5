"use client";

import { ErrorState } from "./_components/error-state";

export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="narrow">
      <ErrorState reset={reset} />
    </main>
  );
}
