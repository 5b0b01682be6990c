// Reviews from the command line.
//   npm run reviews -- analyze FILE [--format judgeme|yotpo|okendo|loox|shopify]
//     One JSON line per review: {id, language, sentiment, score, aspects, flags}. Rows that can't
//     be read are reported on stderr by spreadsheet row number.
//   npm run reviews -- import FILE --shop DOMAIN   (into DATABASE_URL's database, with progress)
//   npm run reviews -- demo-fixture [--out demo-store/reviews.csv]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeExport } from '../app/reviews/import/analyze-export';
import { FORMATS, UnknownFormatError, type ReviewFormat } from '../app/reviews/import/formats';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string' }, shop: { type: 'string' }, out: { type: 'string', default: 'demo-store/reviews.csv' } },
});
const [command, file] = positionals;
const format = values.format as ReviewFormat['id'] | undefined;
if (format && !FORMATS.some((f) => f.id === format)) {
  console.error(`--format must be one of ${FORMATS.map((f) => f.id).join(', ')}`);
  process.exit(2);
}

function needFile(): string {
  if (!file || !fs.existsSync(file)) {
    console.error(`usage: npm run reviews -- ${command ?? 'analyze'} FILE`);
    process.exit(2);
  }
  return path.resolve(file);
}

try {
  if (command === 'analyze') {
    const { results, problems, format: detected } = await analyzeExport(fs.createReadStream(needFile()), { format });
    for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
    for (const p of problems) console.error(`row ${p.row}: ${p.reason}`);
    console.error(`${detected.label} export: ${results.length} reviews analysed, ${problems.length} rows skipped`);
  } else if (command === 'import') {
    if (!values.shop) throw new Error('--shop DOMAIN is required');
    const { runImportNow } = await import('../app/reviews/import/run-now');
    await runImportNow(values.shop, needFile(), format, (line) => console.error(line));
  } else if (command === 'demo-fixture') {
    const { writeDemoFixture } = await import('../app/reviews/import/demo-fixture');
    const n = writeDemoFixture(path.resolve(values.out!));
    console.error(`wrote ${n} reviews to ${values.out}`);
  } else {
    console.error('usage: npm run reviews -- analyze FILE | import FILE --shop DOMAIN | demo-fixture [--out FILE]');
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof UnknownFormatError ? error.message : (error as Error).stack ?? String(error));
  process.exit(1);
}
