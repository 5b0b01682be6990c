// What the theme app extension's blocks hand the scripts: JSON rendered by Liquid (shop,
// locale, routes, asset URLs, the merchant's settings and the storefront strings in the page's
// language). Scripts never read the theme's own markup for any of this.

export type Strings = Record<string, string>;

/** Shopify's routes object: the cart URLs (with a market or locale prefix where the shop has one). */
export interface Routes {
  cart: string;
  cartAdd: string;
}

export interface ChatSettings {
  position: 'right' | 'left';
  label: string;
  /** The merchant's colours; empty means "take the theme's". */
  accent: string;
  accentText: string;
  greeting: string;
  /** One question per line. */
  suggestions: string;
}

export interface ChatConfig {
  shop: string;
  locale: string;
  /** The app proxy's storefront path, e.g. "/apps/aisle". */
  proxy: string;
  routes: Routes;
  assets: { chatJs: string; chatCss: string; launcherCss: string };
  settings: ChatSettings;
  strings: Strings;
}

export interface CompareSettings {
  source: 'picks' | 'collection' | 'shopper';
  heading: string;
  show: string[];
  maxProducts: number;
}

export interface CompareConfig {
  shop: string;
  locale: string;
  proxy: string;
  routes: Routes;
  product: { handle: string; title: string; type: string };
  /** Handles chosen by the merchant (picks or the collection's first products). */
  handles: string[];
  assets: { uiJs: string; uiCss: string };
  settings: CompareSettings;
  strings: Strings;
}

/** Reads a block's configuration (JSON in its data-config attribute); null when absent or broken. */
export function readConfig<T>(el: Element | null): T | null {
  const raw = el?.getAttribute('data-config');
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** "Wait {seconds} s" + {seconds: 5} → "Wait 5 s". Unknown placeholders stay visible. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
