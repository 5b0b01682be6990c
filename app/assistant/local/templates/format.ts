// Numbers and dates as the shopper reads them: Intl formats in the reply language, prices in the
// currency the tool result gives (the shop's, or the order's).

const priceFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatPrice(amount: number, currency: string, language: string): string {
  const key = `${language}|${currency}`;
  let f = priceFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(language, { style: 'currency', currency });
    } catch {
      // An unknown currency code: show the amount with the code rather than fail the reply.
      return `${amount.toFixed(2)} ${currency}`;
    }
    priceFormats.set(key, f);
  }
  return f.format(amount);
}

/** A calendar date; UTC, so a date reads the same whatever the server's time zone. */
export function formatDate(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(language, f);
  }
  return f.format(d);
}
