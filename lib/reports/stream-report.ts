import type { ReportFact, ReportHeader } from "./report";
import type { ReportWriter } from "./report-writer";

// A report as a byte stream: the head at once, then each batch as the reader
// asks for it (pull), so a slow client slows the reading of the database
// instead of filling memory. The first batch is read before the stream is
// returned: a database that is down is an error response, not a cut download.

export async function streamReport(
  batches: AsyncGenerator<ReportFact[]>,
  writer: ReportWriter,
  header: ReportHeader,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let pending: IteratorResult<ReportFact[]> | null = await batches.next();
  let headWritten = false;
  let count = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headWritten) {
        headWritten = true;
        controller.enqueue(encoder.encode(writer.head(header)));
        return;
      }
      // Keep reading until there is something to send: a pull that enqueues
      // nothing would leave the reader waiting.
      for (;;) {
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
          controller.enqueue(encoder.encode(writer.tail(count)));
          controller.close();
          return;
        }
        if (next.value.length === 0) continue;
        count += next.value.length;
        controller.enqueue(encoder.encode(writer.facts(next.value)));
        return;
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
