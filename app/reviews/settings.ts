// Per-shop reviews settings and the analyzer they configure (the shop's languages, the
// merchant's own aspects).
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { createReviewAnalyzer, SUPPORTED_LANGUAGES, type ReviewAnalyzer } from './analyze';
import { primaryLanguage } from '~/lang/detect';

export const CustomAspectSchema = z.object({
  name: z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N} _-]+$/u, 'letters, digits, spaces, _ and - only'),
  terms: z.array(z.string().trim().min(2).max(60)).min(1).max(50),
});
export const CustomAspectsSchema = z.array(CustomAspectSchema).max(20);
export type CustomAspectInput = z.infer<typeof CustomAspectSchema>;

export interface ShopReviewContext {
  analyze: ReviewAnalyzer;
  /** The shop's languages (primary first). */
  locales: string[];
  primaryLocale: string;
}

export async function shopReviewContext(db: Db, shop: string): Promise<ShopReviewContext> {
  const [row, settings] = await Promise.all([
    db.shop.findUnique({ where: { domain: shop }, select: { primaryLocale: true, locales: true } }),
    db.reviewSettings.findUnique({ where: { shop }, select: { customAspects: true } }),
  ]);
  const primaryLocale = primaryLanguage(row?.primaryLocale ?? 'en') || 'en';
  const enabled = (JSON.parse(row?.locales ?? '["en"]') as string[]).map(primaryLanguage);
  const locales = [...new Set([primaryLocale, ...enabled])];
  const customAspects = CustomAspectsSchema.catch([]).parse(JSON.parse(settings?.customAspects ?? '[]'));
  // Reviews arrive in any language, not just the shop's: detect among all we have lexicons for.
  const languages = [...new Set([...locales.filter((l) => SUPPORTED_LANGUAGES.includes(l)), ...SUPPORTED_LANGUAGES])];
  return { analyze: createReviewAnalyzer({ languages, customAspects }), locales, primaryLocale };
}
