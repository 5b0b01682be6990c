// Optional e-mail for new alerts, through the operator's SMTP server (SMTP_URL, e.g.
// smtp://user:pass@mail.example.com:587) to the address the merchant set on the report page.
// Without either, alerts stay an admin banner.
import type { Transporter } from 'nodemailer';
import type { Db } from '~/db/client.server';
import { mailFrom, mailTransport } from '~/mail/transport';
import type { SpikeDetails } from './spikes';

export function alertEmailText(shop: string, alerts: { handle: string; details: SpikeDetails }[]): string {
  const lines = alerts.map(
    (a) =>
      `- ${a.handle}: ${Math.round(a.details.recentNegativeShare * 100)}% negative in the last ${a.details.windowDays} days (${a.details.recentReviews} reviews)` +
      (a.details.baselineNegativeShare == null ? '' : `, usually ${Math.round(a.details.baselineNegativeShare * 100)}%`),
  );
  return [`Negative reviews are rising for ${alerts.length} product(s) in ${shop}:`, '', ...lines, '', 'Open Aisle → Reviews in your Shopify admin for the quotes and suggested replies.'].join('\n');
}

/** Sends one e-mail listing the given alerts and marks them e-mailed. Returns whether it sent. */
export async function emailNewAlerts(db: Db, shop: string, alertIds: string[], via: Transporter | null = mailTransport()): Promise<boolean> {
  if (!via || alertIds.length === 0) return false;
  const settings = await db.reviewSettings.findUnique({ where: { shop }, select: { alertEmail: true } });
  if (!settings?.alertEmail) return false;
  const alerts = await db.reviewAlert.findMany({ where: { shop, id: { in: alertIds }, emailedAt: null } });
  if (alerts.length === 0) return false;
  await via.sendMail({
    from: mailFrom(),
    to: settings.alertEmail,
    subject: `Aisle: negative reviews rising for ${alerts.map((a) => a.handle).slice(0, 3).join(', ')}`,
    text: alertEmailText(shop, alerts.map((a) => ({ handle: a.handle, details: JSON.parse(a.details) as SpikeDetails }))),
  });
  await db.reviewAlert.updateMany({ where: { id: { in: alerts.map((a) => a.id) } }, data: { emailedAt: new Date() } });
  return true;
}
