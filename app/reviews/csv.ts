// CSV writing (RFC 4180 quoting). Exports opened in a spreadsheet also get formula injection
// neutralised: a review that starts with "=" must not run as a formula on the merchant's machine.

function cell(value: unknown, guardFormulas: boolean): string {
  let text = value == null ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (guardFormulas && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly unknown[])[], opts: { guardFormulas?: boolean } = {}): string {
  return rows.map((r) => r.map((v) => cell(v, opts.guardFormulas ?? false)).join(',')).join('\r\n') + '\r\n';
}
