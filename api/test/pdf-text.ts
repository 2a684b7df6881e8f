import { execFile } from 'node:child_process';

/** pdf-parse in a plain Node process: pdf.js loads its worker by dynamic import, which Jest's module VM does not allow. */
const EXTRACT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const result = await new PDFParse({ data: Buffer.concat(chunks) }).getText();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
});`;

/** The text of a PDF as a reader would copy it (whitespace runs made one space) and its number of pages. */
export function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT], { cwd: __dirname, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const { text, pages } = JSON.parse(stdout);
      resolve({ text: text.replace(/\s+/g, ' '), pages });
    });
    child.stdin?.end(pdf);
  });
}
