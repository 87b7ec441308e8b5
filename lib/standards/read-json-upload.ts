import { AppError } from "@/lib/errors/app-error";
import { MAX_FILE_BYTES } from "@/lib/articles/limits";

/** A JSON document sent as the request body, or as the form field "file", up to the import file limit. */
export async function readJsonUpload(request: Request): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  const declared = Number(request.headers.get("content-length"));
  const tooLarge = () =>
    new AppError("TOO_LARGE", "standards.errors.tooLarge", { values: { limitBytes: MAX_FILE_BYTES } });
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES + 64 * 1024) throw tooLarge();
  if (type.startsWith("multipart/form-data")) {
    const file = (await request.formData()).get("file");
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError("INVALID_INPUT", "standards.errors.noFile", {
        fieldErrors: { file: ["standards.errors.noFile"] },
      });
    }
    if (file.size > MAX_FILE_BYTES) throw tooLarge();
    return new TextDecoder("utf-8").decode(await file.arrayBuffer());
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw tooLarge();
  if (!text.trim()) throw new AppError("INVALID_INPUT", "standards.errors.noFile");
  return text;
}
