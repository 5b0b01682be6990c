// Which key and model a shop's Claude calls use. The operator's ANTHROPIC_API_KEY serves every
// shop; a shop may bring its own key (ShopSettings.anthropicKey, sealed with AISLE_ENCRYPTION_KEY),
// which then takes precedence. A shop's model override applies only when the operator allows that
// model (AISLE_CLAUDE_MODELS, comma-separated); otherwise AISLE_CLAUDE_MODEL, else the default.
import type { Db } from '~/db/client.server';
import { DEFAULT_CLAUDE_MODEL } from '../claude/pricing';
import { decryptSecret, parseEncryptionKey } from './secret-box';

export interface ClaudeConfig {
  apiKey: string;
  model: string;
  keySource: 'shop' | 'operator';
}

type Env = Record<string, string | undefined>;

export function allowedModels(env: Env): string[] {
  return (env.AISLE_CLAUDE_MODELS ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
}

export function defaultModel(env: Env): string {
  return env.AISLE_CLAUDE_MODEL?.trim() || DEFAULT_CLAUDE_MODEL;
}

/** Null when no key is available: the local engine answers. */
export async function resolveClaudeConfig(db: Db, shop: string, env: Env = process.env): Promise<ClaudeConfig | null> {
  const settings = await db.shopSettings.findUnique({ where: { shop }, select: { anthropicKey: true, model: true } });
  const model = settings?.model && allowedModels(env).includes(settings.model) ? settings.model : defaultModel(env);
  const shopKey = settings?.anthropicKey ? openShopKey(settings.anthropicKey, shop, env) : null;
  if (shopKey) return { apiKey: shopKey, model, keySource: 'shop' };
  const operatorKey = env.ANTHROPIC_API_KEY?.trim();
  return operatorKey ? { apiKey: operatorKey, model, keySource: 'operator' } : null;
}

// A sealed key that can't be opened (encryption key missing or rotated, row tampered with) is
// treated as absent: the operator's key, if any, still serves the shop.
function openShopKey(sealed: string, shop: string, env: Env): string | null {
  try {
    return decryptSecret(sealed, parseEncryptionKey(env.AISLE_ENCRYPTION_KEY), shop).trim() || null;
  } catch {
    return null;
  }
}
