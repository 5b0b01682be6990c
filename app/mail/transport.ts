// The operator's SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587), shared by
// everything Aisle e-mails to merchants. Without it, nothing is e-mailed: the admin still shows
// every alert and hand-off.
import nodemailer, { type Transporter } from 'nodemailer';

let transport: Transporter | null | undefined;

export function mailTransport(env: NodeJS.ProcessEnv = process.env): Transporter | null {
  if (transport === undefined) transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
  return transport;
}

/** The sender: AISLE_MAIL_FROM (AISLE_ALERT_FROM is the older name). */
export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.AISLE_MAIL_FROM ?? env.AISLE_ALERT_FROM ?? 'Aisle <notifications@aisle.invalid>';
}
