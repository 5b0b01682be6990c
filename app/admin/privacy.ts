// Shoppers' personal data in the admin, per Shopify's protected customer data rules: show the
// least that the task needs. Lists and transcripts show a masked e-mail (enough to recognise a
// returning shopper, not to harvest addresses); only the hand-off inbox, whose job is to answer
// the shopper, shows the address in full. Customer ids are shown as a link into Shopify's own
// customer page, which enforces the staff member's permissions. IP addresses are never stored raw.

/** "anna.kowalska@example.pl" → "an***@example.pl". */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  const local = email.slice(0, at);
  return `${local.slice(0, Math.min(2, local.length - 1) || 1)}***${email.slice(at)}`;
}
