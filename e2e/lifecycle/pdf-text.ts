import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// The text of a PDF, page by page, read with Mozilla's PDF.js: what a reader
// of the printed report would see (and copy) from it.

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join("")
        .replace(/[ \t]+/g, " "),
    );
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: texts.join("\n") };
}
