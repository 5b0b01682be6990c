// The part of nodemailer's API Aisle's e-mails use (its @types package pulls in the AWS SDK's).
declare module 'nodemailer' {
  export interface SendMailOptions {
    from?: string;
    to?: string;
    subject?: string;
    text?: string;
    replyTo?: string;
  }
  export interface Transporter {
    sendMail(options: SendMailOptions): Promise<{ messageId?: string; message?: Buffer | string }>;
  }
  export function createTransport(options: string | Record<string, unknown>): Transporter;
  const nodemailer: { createTransport: typeof createTransport };
  export default nodemailer;
}
