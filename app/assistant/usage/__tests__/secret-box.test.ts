import crypto from 'node:crypto';
import { decryptSecret, encryptSecret, parseEncryptionKey, SecretBoxError } from '../secret-box';

const key = crypto.randomBytes(32);

test('round-trips a secret; each sealing differs (random IV)', () => {
  const a = encryptSecret('sk-ant-shop-key', key, 'a.myshopify.com');
  const b = encryptSecret('sk-ant-shop-key', key, 'a.myshopify.com');
  expect(a).not.toBe(b);
  expect(a).toMatch(/^v1:/);
  expect(a).not.toContain('sk-ant');
  expect(decryptSecret(a, key, 'a.myshopify.com')).toBe('sk-ant-shop-key');
});

test('fails with another key, another shop, or a tampered value', () => {
  const sealed = encryptSecret('secret', key, 'a.myshopify.com');
  expect(() => decryptSecret(sealed, crypto.randomBytes(32), 'a.myshopify.com')).toThrow(SecretBoxError);
  expect(() => decryptSecret(sealed, key, 'b.myshopify.com')).toThrow(SecretBoxError);
  const [v, iv, tag, ct] = sealed.split(':');
  const flipped = Buffer.from(ct, 'base64url');
  flipped[0] ^= 1;
  expect(() => decryptSecret([v, iv, tag, flipped.toString('base64url')].join(':'), key, 'a.myshopify.com')).toThrow(SecretBoxError);
  // A truncated tag is rejected, not accepted as a shorter MAC.
  expect(() => decryptSecret([v, iv, tag.slice(0, 8), ct].join(':'), key, 'a.myshopify.com')).toThrow(SecretBoxError);
  expect(() => decryptSecret('plaintext-key', key, 'a.myshopify.com')).toThrow(SecretBoxError);
});

test('the encryption key is 32 bytes as hex or base64', () => {
  expect(parseEncryptionKey(key.toString('hex'))).toEqual(key);
  expect(parseEncryptionKey(key.toString('base64'))).toEqual(key);
  expect(() => parseEncryptionKey(undefined)).toThrow(/not set/);
  expect(() => parseEncryptionKey('too-short')).toThrow(/32 bytes/);
});
