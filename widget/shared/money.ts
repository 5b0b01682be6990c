// Prices in the shop's currency, formatted for the shopper's locale as the theme would.
const formats = new Map<string, Intl.NumberFormat | null>();

function formatter(currency: string, locale: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency}`;
  if (!formats.has(key)) {
    let f: Intl.NumberFormat | null = null;
    try {
      f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // An unknown locale or currency code: fall back to "12.50 XYZ" below.
    }
    formats.set(key, f);
  }
  return formats.get(key)!;
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return formatter(currency, locale)?.format(amount) ?? `${amount.toFixed(2)} ${currency}`;
}
