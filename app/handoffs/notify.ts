// E-mails new hand-off requests to the address the merchant set (Settings → hand-off contact),
// through the operator's SMTP server. The request is already in the admin inbox when this runs:
// the e-mail is a courtesy that is retried a few times and never blocks or loses the request.
// Reply-To is the shopper's address, so the merchant answers with one click.
import type { Transporter } from 'nodemailer';
import type { Db } from '~/db/client.server';
import { parseSettings } from '~/assistant/settings';
import { mailFrom, mailTransport } from '~/mail/transport';

/** Tries per request; after that the inbox alone has it. */
export const MAX_ATTEMPTS = 5;
/** Requests older than this are not e-mailed any more (the merchant has seen the inbox since). */
const MAX_AGE_MS = 3 * 24 * 3600_000;
const TRANSCRIPT_MESSAGES = 8;
const MAX_MESSAGE_CHARS = 600;
const BATCH = 50;
/** A try that has not finished in this long (its instance died) may be retried. */
const ATTEMPT_LEASE_MS = 2 * 60_000;

export interface NotifyOptions {
  transport?: Transporter | null;
  from?: string;
  now?: Date;
  /** Where the merchant opens the inbox: the embedded admin URL of the app for that shop. */
  inboxUrl?: (shop: string) => string;
  log?: (message: string, extra?: unknown) => void;
}

/** https://admin.shopify.com/store/<store>/apps/<app handle>/app/handoffs */
export function defaultInboxUrl(shop: string, appHandle = process.env.SHOPIFY_APP_HANDLE ?? 'aisle-assistant'): string {
  return `https://admin.shopify.com/store/${shop.replace(/\.myshopify\.com$/, '')}/apps/${appHandle}/app/handoffs`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_MESSAGE_CHARS ? `${oneLine.slice(0, MAX_MESSAGE_CHARS - 1)}…` : oneLine;
}

export function handoffEmailText(h: { shopName: string; email: string; question: string; createdAt: Date; transcript: { role: string; content: string }[]; inboxUrl: string }): string {
  return [
    `A shopper on ${h.shopName} asked to talk to your team (${h.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC).`,
    '',
    `Shopper's e-mail: ${h.email} (reply to this e-mail to answer them)`,
    '',
    'Their question:',
    h.question,
    ...(h.transcript.length ? ['', 'The conversation so far:', ...h.transcript.map((m) => `${m.role === 'user' ? 'Shopper' : 'Assistant'}: ${clip(m.content)}`)] : []),
    '',
    `Open the hand-off inbox: ${h.inboxUrl}`,
  ].join('\n');
}

/**
 * Sends the e-mails of open hand-offs not yet e-mailed, one per request. Returns how many were
 * sent. A shop without an address (or an operator without SMTP) is skipped and nothing is marked,
 * so setting the address later still e-mails requests of the last few days.
 */
export async function emailNewHandoffs(db: Db, opts: NotifyOptions = {}): Promise<number> {
  const via = opts.transport === undefined ? mailTransport() : opts.transport;
  if (!via) return 0;
  const now = opts.now ?? new Date();
  const due = await db.handoff.findMany({
    where: {
      status: 'open',
      notifiedAt: null,
      notifyAttempts: { lt: MAX_ATTEMPTS },
      createdAt: { gte: new Date(now.getTime() - MAX_AGE_MS) },
      // Untried, or its last try is over (failed, or its instance died).
      OR: [{ notifyAttempts: 0 }, { updatedAt: { lt: new Date(now.getTime() - ATTEMPT_LEASE_MS) } }],
    },
    orderBy: { createdAt: 'asc' },
    take: BATCH,
  });
  if (due.length === 0) return 0;
  const shops = [...new Set(due.map((h) => h.shop))];
  const [settings, shopRows] = await Promise.all([
    db.shopSettings.findMany({ where: { shop: { in: shops } }, select: { shop: true, assistant: true } }),
    db.shop.findMany({ where: { domain: { in: shops } }, select: { domain: true, name: true, uninstalledAt: true } }),
  ]);
  const addressOf = new Map(settings.map((s) => [s.shop, parseSettings(s.assistant).handoffEmail]));
  const shopOf = new Map(shopRows.map((s) => [s.domain, s]));
  let sent = 0;
  for (const h of due) {
    const to = addressOf.get(h.shop);
    const shop = shopOf.get(h.shop);
    if (!to || !shop || shop.uninstalledAt) continue;
    // Claim the try first (it also moves updatedAt, the lease): two instances don't both send.
    const claimed = await db.handoff.updateMany({ where: { id: h.id, notifiedAt: null, notifyAttempts: h.notifyAttempts }, data: { notifyAttempts: { increment: 1 }, updatedAt: now } });
    if (claimed.count === 0) continue;
    const transcript = await db.message.findMany({
      where: { shop: h.shop, conversationId: h.conversationId, createdAt: { lte: h.createdAt } },
      orderBy: { createdAt: 'desc' },
      take: TRANSCRIPT_MESSAGES,
      select: { role: true, content: true },
    });
    try {
      await via.sendMail({
        from: opts.from ?? mailFrom(),
        to,
        replyTo: h.email,
        subject: `${shop.name || h.shop}: a shopper asked for your team`,
        text: handoffEmailText({
          shopName: shop.name || h.shop,
          email: h.email,
          question: h.question,
          createdAt: h.createdAt,
          transcript: transcript.reverse(),
          inboxUrl: (opts.inboxUrl ?? defaultInboxUrl)(h.shop),
        }),
      });
      await db.handoff.update({ where: { id: h.id }, data: { notifiedAt: now } });
      sent++;
    } catch (error) {
      // Left for the next sweep (up to MAX_ATTEMPTS); the inbox has the request either way.
      opts.log?.(`hand-off e-mail failed for ${h.shop}`, error instanceof Error ? error.message : error);
    }
  }
  return sent;
}
