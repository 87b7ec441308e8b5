// Runs once when a Recoupe server starts (Next.js instrumentation). In the
// Node.js runtime it starts the background worker that imports uploaded
// batches (lib/jobs); the Edge runtime has nothing to start.

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return; // `next build` collecting pages: no database, no jobs
  const { startJobs } = await import("./lib/jobs/start-jobs");
  await startJobs(databaseUrl);
}
