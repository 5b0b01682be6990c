// Value formats as Shopify's Admin API writes them on the wire.

/** Money scalar (ProductVariant.price): always two decimals, "80.00". */
export function moneyString(amount: number): string {
  return amount.toFixed(2);
}

/** Decimal scalar (MoneyV2.amount): Shopify trims to at least one decimal, "80.0", "25.99". */
export function decimalString(amount: number): string {
  const fixed = (Math.round(amount * 100) / 100).toFixed(2);
  return fixed.endsWith('0') ? fixed.slice(0, -1) : fixed;
}

/** Amount strings from the store files ("25.99", "80") to integer cents, so sums don't drift. */
export function toCents(amount: string | number): number {
  return Math.round(Number(amount) * 100);
}

export function moneyV2(cents: number, currencyCode: string) {
  return { amount: decimalString(cents / 100), currencyCode };
}

/** A MoneyBag in one currency: the demo store records each order in a single currency. */
export function moneyBag(cents: number, currencyCode: string) {
  const money = moneyV2(cents, currencyCode);
  return { shopMoney: money, presentmentMoney: money };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Plain text (paragraphs separated by blank lines) as the HTML Shopify stores for it. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
}

/** Product.description(truncateAt): Shopify cuts on a word boundary and appends an ellipsis. */
export function truncate(text: string, at: number | null | undefined): string {
  if (at == null || text.length <= at) return text;
  const cut = text.slice(0, Math.max(0, at - 1));
  const space = cut.lastIndexOf(' ');
  return (space > at / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
