import yauzl from "yauzl";
import { AppError } from "@/lib/errors/app-error";
import { fileTypeOf, MAX_FILE_BYTES, MAX_ZIP_DEPTH, MAX_ZIP_ENTRIES, MAX_ZIP_INFLATED_BYTES } from "./limits";

// A .zip's entries as files of a batch, read with yauzl from the bytes in
// memory (nothing touches the disk). Guards against zip bombs: the entry count
// is read from the central directory before anything is inflated; declared
// sizes are checked against the limits before an entry is inflated, and yauzl
// stops an entry whose inflated bytes exceed what it declared. Names are
// labels only (never paths on disk), yet an absolute or ".." path, or one
// nested too deep, is reported rather than imported.

export type ZipEntry =
  | { name: string; size: number; bytes: Uint8Array }
  | { name: string; size: number; failure: "too_large" | "unsupported" | "unsafe_path" | "empty"; message: string };

const openZip = (bytes: Uint8Array) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error || !zip ? reject(error) : resolve(zip)),
    ),
  );

function unsafePath(name: string): string | null {
  if (yauzl.validateFileName(name)) return "imports.reasons.unsafePath";
  if (name.split("/").length - 1 > MAX_ZIP_DEPTH) return "imports.reasons.tooDeep";
  return null;
}

export async function readZip(bytes: Uint8Array, zipName: string): Promise<ZipEntry[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", "imports.errors.badZip", { values: { name: zipName } });
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw new AppError("TOO_LARGE", "imports.errors.zipTooManyEntries", {
      values: { name: zipName, count: zip.entryCount, max: MAX_ZIP_ENTRIES },
    });
  }
  const entries: ZipEntry[] = [];
  let inflated = 0;
  return new Promise<ZipEntry[]>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(
        error instanceof AppError
          ? error
          : new AppError("INVALID_INPUT", "imports.errors.badZip", { values: { name: zipName } }),
      );
    };
    zip.on("error", fail);
    zip.on("end", () => resolve(entries));
    zip.on("entry", (entry: yauzl.Entry) => {
      // Names are UTF-8 when the zip says so, else CP437 (what old tools wrote).
      const raw = entry.fileName as unknown as Buffer;
      const name = (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString("utf8") : raw.toString("latin1");
      const size = entry.uncompressedSize;
      const next = () => zip.readEntry();
      if (name.endsWith("/")) return next(); // a folder
      // Files the zipping tool added about the others (macOS resource forks).
      if (name.startsWith("__MACOSX/") || name.split("/").pop()?.startsWith("._")) return next();
      const unsafe = unsafePath(name);
      if (unsafe) {
        entries.push({ name, size, failure: "unsafe_path", message: unsafe });
        return next();
      }
      const type = fileTypeOf(name);
      if (type === null || type === "zip") {
        entries.push({ name, size, failure: "unsupported", message: "imports.reasons.unsupported" });
        return next();
      }
      if (size > MAX_FILE_BYTES) {
        entries.push({ name, size, failure: "too_large", message: "imports.reasons.tooLarge" });
        return next();
      }
      if (size === 0) {
        entries.push({ name, size, failure: "empty", message: "imports.reasons.empty" });
        return next();
      }
      inflated += size;
      if (inflated > MAX_ZIP_INFLATED_BYTES) {
        return fail(
          new AppError("TOO_LARGE", "imports.errors.zipTooLarge", {
            values: { name: zipName, max: Math.round(MAX_ZIP_INFLATED_BYTES / 1024 / 1024) },
          }),
        );
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(error);
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("error", fail);
        stream.on("end", () => {
          entries.push({ name, size, bytes: new Uint8Array(Buffer.concat(chunks)) });
          next();
        });
      });
    });
    zip.readEntry();
  });
}
