// Does the contact a guest gave belong to the order? E-mail: case and surrounding spaces don't
// matter. Phone: digits only, and the last digits compared, so "+48 601 234 567", "0048601234567"
// and "601-234-567" are one number, while short fragments can't match anything.

export const MIN_PHONE_DIGITS = 9;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

export function emailMatches(given: string, onOrder: string | null | undefined): boolean {
  if (!onOrder) return false;
  const a = normaliseEmail(given);
  return a.length > 0 && a === normaliseEmail(onOrder);
}

/** Both numbers have at least 9 digits and agree on as many trailing digits as the shorter has. */
export function phoneMatches(given: string, onOrder: string | null | undefined): boolean {
  if (!onOrder) return false;
  const a = phoneDigits(given);
  const b = phoneDigits(onOrder);
  const n = Math.min(a.length, b.length);
  if (n < MIN_PHONE_DIGITS) return false;
  return a.slice(-n) === b.slice(-n);
}

export interface ContactClaim {
  email?: string;
  phone?: string;
}

export interface OrderContacts {
  email: string | null;
  phones: (string | null)[];
}

/**
 * Every contact the shopper gave must be on the order (one wrong detail fails the pair: a guesser
 * gains nothing by adding guesses), and at least one must have been given.
 */
export function contactMatches(claim: ContactClaim, order: OrderContacts): boolean {
  const checks: boolean[] = [];
  if (claim.email) checks.push(emailMatches(claim.email, order.email));
  if (claim.phone) checks.push(order.phones.some((p) => phoneMatches(claim.phone!, p)));
  return checks.length > 0 && checks.every(Boolean);
}
