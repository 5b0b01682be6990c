// Secrets at rest (a shop's own Anthropic key): AES-256-GCM with a random 96-bit IV, the shop's
// domain as additional authenticated data (a ciphertext copied to another shop's row won't
// decrypt), and a version prefix so the format can change later. The key comes from
// AISLE_ENCRYPTION_KEY: 32 bytes, written as 64 hex characters or base64.
import crypto from 'node:crypto';

const VERSION = 'v1';

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

export function parseEncryptionKey(value: string | undefined | null): Buffer {
  const text = (value ?? '').trim();
  if (!text) throw new SecretBoxError('AISLE_ENCRYPTION_KEY is not set');
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new SecretBoxError('AISLE_ENCRYPTION_KEY must be 32 bytes (64 hex characters or base64)');
  return key;
}

export function encryptSecret(plaintext: string, key: Buffer, context: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
}

/** Throws SecretBoxError when the value was tampered with, or encrypted with another key or context. */
export function decryptSecret(sealed: string, key: Buffer, context: string): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(':');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length) throw new SecretBoxError('Not a sealed secret');
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError('The secret could not be decrypted (wrong key, wrong shop, or tampered)');
  }
}
