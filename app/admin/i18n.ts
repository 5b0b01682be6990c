// The admin's own strings: flat dictionaries (app/locales/admin/<locale>.json) keyed like
// "settings.title", with {name} placeholders. English is the source; a key missing from another
// language falls back to English, so an untranslated string shows in English, never as a key.
export const ADMIN_LOCALES = ['en', 'pl', 'de', 'es', 'fr'] as const;
export type AdminLocale = (typeof ADMIN_LOCALES)[number];
export type Messages = Record<string, string>;
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

function isAdminLocale(code: string): code is AdminLocale {
  return (ADMIN_LOCALES as readonly string[]).includes(code);
}

/**
 * Shopify admin opens the app with `locale=<the staff member's admin language>` (e.g. "pl",
 * "pt-BR"); without it (a plain browser in demo mode) the browser's Accept-Language decides.
 */
export function pickAdminLocale(param: string | null | undefined, acceptLanguage?: string | null): AdminLocale {
  const candidates = [param ?? '', ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0])];
  for (const raw of candidates) {
    const base = raw.trim().toLowerCase().split(/[-_]/)[0];
    if (base && isAdminLocale(base)) return base;
  }
  return 'en';
}

export function createTranslator(messages: Messages, fallback: Messages = {}): Translate {
  return (key, vars) => {
    const template = messages[key] ?? fallback[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
