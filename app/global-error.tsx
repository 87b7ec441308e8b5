"use client";

import "./globals.css";
import { ErrorState } from "./_components/error-state";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="narrow">
          <ErrorState reset={reset} />
        </main>
      </body>
    </html>
  );
}
