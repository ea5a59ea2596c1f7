// Prints the text layer of a PDF (path in argv[2]) as JSON { pages, text }, read by Mozilla's pdf.js
// (pdfjs-dist). A separate ES-module process, because jest runs the tests as CommonJS.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), useSystemFonts: false, isEvalSupported: false }).promise;
let text = '';
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  text += content.items.map((item) => item.str ?? '').join('') + '\n';
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text }));
