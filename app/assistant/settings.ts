// A shop's assistant settings: stored JSON merged over defaults, validated, so a partial or older
// record still yields a complete, safe configuration.
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import type { AssistantSettings, ShopContext } from './types';

export const settingsSchema = z.object({
  personaName: z.string().trim().min(1, 'Give the assistant a name').max(40),
  greeting: z.string().trim().max(300),
  tone: z.string().trim().max(200),
  customInstructions: z.string().max(4000),
  topicsToAvoid: z.array(z.string().trim().min(1).max(100)).max(30),
  languages: z.array(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/)).max(20),
  capabilities: z.object({
    orderStatus: z.boolean(),
    recommendations: z.boolean(),
    cartActions: z.boolean(),
    handoff: z.boolean(),
    discountMentions: z.boolean(),
  }),
  handoffEmail: z.string().email().nullable(),
});

export const DEFAULT_SETTINGS: AssistantSettings = {
  personaName: 'Aisle',
  greeting: 'Hi! I can help you find products, compare them, and check on your order.',
  tone: 'friendly',
  customInstructions: '',
  topicsToAvoid: [],
  languages: [],
  capabilities: { orderStatus: true, recommendations: true, cartActions: true, handoff: true, discountMentions: false },
  handoffEmail: null,
};

export function parseSettings(json: string | null | undefined): AssistantSettings {
  let stored: Partial<AssistantSettings> = {};
  try {
    stored = json ? (JSON.parse(json) as Partial<AssistantSettings>) : {};
  } catch {
    stored = {};
  }
  const merged = { ...DEFAULT_SETTINGS, ...stored, capabilities: { ...DEFAULT_SETTINGS.capabilities, ...(stored.capabilities ?? {}) } };
  const parsed = settingsSchema.safeParse(merged);
  // A corrupt record must not take the assistant down: fall back to defaults.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Everything the engine needs to know about the shop for one turn. */
export async function loadShopContext(db: Db, shop: string): Promise<ShopContext | null> {
  const [row, settings] = await Promise.all([db.shop.findUnique({ where: { domain: shop } }), db.shopSettings.findUnique({ where: { shop } })]);
  if (!row || row.uninstalledAt) return null;
  const locales = JSON.parse(row.locales) as string[];
  const sensitivity = settings?.sensitivity === 'low' || settings?.sensitivity === 'high' ? settings.sensitivity : 'standard';
  return { shop, name: row.name || shop, currency: row.currency, primaryLocale: row.primaryLocale, locales, settings: parseSettings(settings?.assistant), sensitivity };
}
