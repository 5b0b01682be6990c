// The Settings page's data and its save: assistant settings (validated by the assistant's own
// schema plus the admin's rules), model and monthly cap where the operator allows, and the
// knowledge the assistant quotes (synced policies beside the merchant's FAQ).
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { parseSettings, settingsSchema } from '~/assistant/settings';
import { allowedModels, defaultModel } from '~/assistant/usage/claude-config.server';
import { capStatus, operatorCapFromEnv } from '~/assistant/usage/metering.server';
import { decryptSecret, encryptSecret, parseEncryptionKey } from '~/assistant/usage/secret-box';
import type { AssistantSettings } from '~/assistant/types';
import { fieldErrors, type FieldErrors } from './field-errors';
import { publishSettings } from './prompt-versions.server';
import { listFaq } from './faq.server';

type Env = Record<string, string | undefined>;

export const MAX_MONTHLY_CAP_USD = 100_000;

export async function loadSettingsPage(db: Db, shop: string, env: Env = process.env) {
  const [row, shopRow, policies, faq] = await Promise.all([
    db.shopSettings.findUnique({ where: { shop } }),
    db.shop.findUnique({ where: { domain: shop }, select: { locales: true, primaryLocale: true } }),
    db.policy.findMany({ where: { shop }, select: { type: true, title: true, url: true, updatedAt: true }, orderBy: { type: 'asc' } }),
    listFaq(db, shop),
  ]);
  const operatorCapUsd = operatorCapFromEnv(env);
  const cap = await capStatus(db, shop, { operatorCapUsd, merchantCapUsd: row?.monthlyCapUsd ?? null });
  return {
    settings: parseSettings(row?.assistant),
    model: row?.model ?? null,
    monthlyCapUsd: row?.monthlyCapUsd ?? null,
    // Only models the operator allow-listed may be chosen; with none listed the choice is hidden.
    models: allowedModels(env),
    defaultModel: defaultModel(env),
    operatorCapUsd,
    spentUsd: cap.spentUsd,
    apiKey: keyState(row?.anthropicKey ?? null, shop, env),
    shopLocales: shopLocales(shopRow),
    policies: policies.map((p) => ({ ...p, updatedAt: p.updatedAt.toISOString() })),
    faq,
  };
}

function shopLocales(row: { locales: string; primaryLocale: string } | null): string[] {
  try {
    const list = JSON.parse(row?.locales ?? '[]') as string[];
    return list.length ? list : [row?.primaryLocale ?? 'en'];
  } catch {
    return [row?.primaryLocale ?? 'en'];
  }
}

export interface SettingsInput {
  settings: AssistantSettings;
  model: string | null;
  monthlyCapUsd: number | null;
}

/** What the form posts; empty strings from text fields mean "not set". */
const formSchema = z.object({
  settings: settingsSchema.extend({
    handoffEmail: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v), z.string().email().max(254).nullable()),
    topicsToAvoid: z.preprocess(
      (v) => (Array.isArray(v) ? v.map((s) => String(s).trim()).filter(Boolean) : v),
      settingsSchema.shape.topicsToAvoid,
    ),
  }),
  model: z.preprocess((v) => (v === '' ? null : v), z.string().nullable()),
  monthlyCapUsd: z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? null : typeof v === 'string' ? Number(v.replace(',', '.')) : v),
    z.number({ invalid_type_error: 'number' }).finite().min(0).max(MAX_MONTHLY_CAP_USD).nullable(),
  ),
});

export type Validated = { ok: true; value: SettingsInput } | { ok: false; errors: FieldErrors };

export function validateSettings(input: unknown, ctx: { models: string[]; shopLocales: string[] }): Validated {
  const parsed = formSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const value = parsed.data as SettingsInput;
  const errors: FieldErrors = {};
  const unknownLanguage = value.settings.languages.find((l) => !ctx.shopLocales.includes(l));
  if (unknownLanguage) errors['settings.languages'] = { key: 'errors.languageNotInShop', values: { language: unknownLanguage } };
  if (value.model !== null && !ctx.models.includes(value.model)) errors.model = { key: 'errors.modelNotAllowed' };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

export async function saveSettings(db: Db, shop: string, value: SettingsInput, author: string) {
  await db.shopSettings.upsert({
    where: { shop },
    create: { shop, model: value.model, monthlyCapUsd: value.monthlyCapUsd },
    update: { model: value.model, monthlyCapUsd: value.monthlyCapUsd },
  });
  return publishSettings(db, shop, value.settings, { author, note: 'settings' });
}

// The shop's own Anthropic key. It is sealed at rest (secret-box: AES-256-GCM, bound to the shop)
// and never sent back to the browser: the page learns only whether one is saved and its last
// four characters. Storing one needs the operator's AISLE_ENCRYPTION_KEY.
export interface KeyState {
  canStore: boolean;
  saved: boolean;
  readable: boolean;
  hint: string | null;
}

function encryptionKey(env: Env): Buffer | null {
  try {
    return parseEncryptionKey(env.AISLE_ENCRYPTION_KEY);
  } catch {
    return null;
  }
}

export function keyState(sealed: string | null, shop: string, env: Env): KeyState {
  const key = encryptionKey(env);
  if (!sealed) return { canStore: !!key, saved: false, readable: false, hint: null };
  try {
    const plain = decryptSecret(sealed, key ?? Buffer.alloc(0), shop);
    return { canStore: !!key, saved: true, readable: true, hint: plain.slice(-4) };
  } catch {
    return { canStore: !!key, saved: true, readable: false, hint: null };
  }
}

export const apiKeySchema = z.string().trim().min(20).max(300).regex(/^sk-[\w-]+$/);

/** False when the operator set no encryption key: a key is never stored in the clear. */
export async function saveApiKey(db: Db, shop: string, apiKey: string, env: Env = process.env): Promise<boolean> {
  const key = encryptionKey(env);
  if (!key) return false;
  const sealed = encryptSecret(apiKey, key, shop);
  await db.shopSettings.upsert({ where: { shop }, create: { shop, anthropicKey: sealed }, update: { anthropicKey: sealed } });
  return true;
}

export async function removeApiKey(db: Db, shop: string): Promise<void> {
  await db.shopSettings.updateMany({ where: { shop }, data: { anthropicKey: null } });
}
