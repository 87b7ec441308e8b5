import type { ReportFact, ReportHeader } from "./report";
import type { ReportWriter } from "./report-writer";

// A report as a byte stream: the head at once, then the facts a few at a time
// as the reader asks for them (pull), so a slow client slows the reading of the
// database instead of filling memory. The first batch is read before the stream
// is returned: a database that is down is an error response, not a cut download.
//
// Each pull writes one small group of facts, not a whole batch: a piece stays
// well under V8's large-object size (128 KB), so the text of a piece, and the
// bytes it is encoded to, die young in the cheap garbage collection of the new
// space. Written a batch at a time (200 facts, up to 1.3 MB of JSON), every
// piece went straight to the old space, and the server's heap grew by hundreds
// of megabytes between two full collections.

/** Facts written (and encoded) together: about 50 KB of JSON, 30 KB of CSV, 15 KB of Markdown. */
export const FACTS_PER_PIECE = 8;

export async function streamReport(
  batches: AsyncGenerator<ReportFact[]>,
  writer: ReportWriter,
  header: ReportHeader,
  factsPerPiece = FACTS_PER_PIECE,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let pending: IteratorResult<ReportFact[]> | null = await batches.next();
  let headWritten = false;
  let count = 0;
  /** The batch being written, and how far. */
  let batch: ReportFact[] = [];
  let at = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headWritten) {
          headWritten = true;
          controller.enqueue(encoder.encode(writer.head(header)));
          return;
        }
        // Keep reading until there is something to send: a pull that enqueues
        // nothing would leave the reader waiting.
        while (at >= batch.length) {
          let next: IteratorResult<ReportFact[]>;
          try {
            next = pending ?? (await batches.next());
          } catch (error) {
            // Headers are sent: all that can be done is to cut the download, so
            // that it is not taken for a whole report.
            console.error("[reports] export stopped", error);
            controller.error(error);
            return;
          }
          pending = null;
          if (next.done) {
            batch = [];
            controller.enqueue(encoder.encode(writer.tail(count)));
            controller.close();
            return;
          }
          batch = next.value;
          at = 0;
        }
        const piece = batch.slice(at, at + factsPerPiece);
        at += piece.length;
        count += piece.length;
        controller.enqueue(encoder.encode(writer.facts(piece)));
      },
      async cancel() {
        batch = [];
        await batches.return(undefined);
      },
    },
    // One piece waits in the stream at most: the next is written when it is taken.
    { highWaterMark: 1 },
  );
}
