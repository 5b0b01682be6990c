// FAQ import from a spreadsheet: CSV with a header row naming the columns (question, answer and
// optionally locale; "q"/"a"/"language" and the admin languages' words are accepted too). Parsed
// with csv-parse, so quoted fields with commas and line breaks survive. Bad rows are reported
// with their line number and never half-imported.
import { parse } from 'csv-parse/sync';
import { faqInputSchema } from './faq.server';

export interface FaqRow {
  question: string;
  answer: string;
  locale: string | null;
}

export interface CsvIssue {
  line: number;
  key: string;
  values?: Record<string, string | number>;
}

export const MAX_CSV_BYTES = 512 * 1024;

const HEADERS: Record<keyof FaqRow, string[]> = {
  question: ['question', 'q', 'pytanie', 'frage', 'pregunta'],
  answer: ['answer', 'a', 'odpowiedź', 'odpowiedz', 'antwort', 'respuesta', 'réponse', 'reponse'],
  locale: ['locale', 'language', 'lang', 'język', 'jezyk', 'sprache', 'idioma', 'langue'],
};

function columnFor(header: string): keyof FaqRow | null {
  const h = header.trim().toLowerCase();
  for (const [column, names] of Object.entries(HEADERS) as [keyof FaqRow, string[]][]) if (names.includes(h)) return column;
  return null;
}

export function parseFaqCsv(text: string): { rows: FaqRow[]; issues: CsvIssue[] } {
  if (Buffer.byteLength(text, 'utf8') > MAX_CSV_BYTES) return { rows: [], issues: [{ line: 0, key: 'faq.csv.tooLarge', values: { kb: MAX_CSV_BYTES / 1024 } }] };
  let records: string[][];
  try {
    // Spreadsheet exports differ: BOM, ; as separator (European Excel), blank lines.
    const delimiter = detectDelimiter(text);
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { rows: [], issues: [{ line, key: 'faq.csv.malformed' }] };
  }
  if (records.length === 0) return { rows: [], issues: [{ line: 0, key: 'faq.csv.empty' }] };
  const columns = records[0].map(columnFor);
  if (!columns.includes('question') || !columns.includes('answer')) return { rows: [], issues: [{ line: 1, key: 'faq.csv.header' }] };
  const rows: FaqRow[] = [];
  const issues: CsvIssue[] = [];
  records.slice(1).forEach((record, i) => {
    const raw: Record<string, string> = {};
    columns.forEach((c, j) => {
      if (c && record[j] !== undefined) raw[c] = record[j];
    });
    // Form posts turn line breaks into CRLF; answers keep plain \n.
    const text = (v: string | undefined) => (v ?? '').replace(/\r\n?/g, '\n');
    const parsed = faqInputSchema.safeParse({ question: text(raw.question), answer: text(raw.answer), locale: raw.locale?.toLowerCase() ?? null });
    if (parsed.success) rows.push(parsed.data);
    else issues.push({ line: i + 2, key: 'faq.csv.badRow', values: { field: String(parsed.error.issues[0].path[0]) } });
  });
  return { rows, issues };
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}
