import { formatsFor, type Formats } from "@/lib/format";
import { currentLocale } from "./current-locale";

/** Server components: every format (lib/format.ts) in the language of the request. */
export async function getFormats(): Promise<Formats> {
  return formatsFor(await currentLocale());
}
