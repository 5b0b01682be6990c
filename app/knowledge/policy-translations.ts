// A policy's translations (Policy.translations, written by the catalog sync): the body in each of
// the shop's other published locales, as plain text. Shopify translates a policy's body only; its
// title stays the one in the shop's primary language.
import { z } from 'zod';

export type PolicyTranslations = Record<string, { body: string }>;

const stored = z.record(z.string(), z.object({ body: z.string() }).passthrough());

/** The stored JSON, read leniently: a malformed value means "no translations", never a failed answer. */
export function parsePolicyTranslations(json: string): PolicyTranslations {
  try {
    const parsed = stored.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

const base = (locale: string) => locale.toLowerCase().split('-')[0];

/**
 * The policy's body in `language` when the shop translated it, else its original. A locale matches
 * exactly first, then by language alone ("pt" finds "pt-BR"), unless the original is already in
 * that language.
 */
export function policyBodyIn(
  policy: { body: string; translations: string },
  language: string,
  primaryLocale: string,
): { body: string; language: string } {
  const original = { body: policy.body, language: primaryLocale };
  const wanted = language.toLowerCase();
  if (wanted === primaryLocale.toLowerCase()) return original;
  const translations = parsePolicyTranslations(policy.translations);
  const locales = Object.keys(translations).filter((l) => translations[l].body.trim());
  const locale =
    locales.find((l) => l.toLowerCase() === wanted) ??
    (base(wanted) === base(primaryLocale) ? undefined : locales.find((l) => base(l) === base(wanted)));
  return locale ? { body: translations[locale].body, language: locale } : original;
}
