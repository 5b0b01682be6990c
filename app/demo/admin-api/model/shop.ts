// The Shop object, its policies (plain text in policies.json, HTML paragraphs here as Shopify stores
// them) with their translations (policy-translations.json) and shopLocales.
import { textToHtml } from '../format';
import { childNumber, gid } from '../ids';
import type { StoreModel } from './store-model';

const POLICY_TITLES: Record<string, string> = {
  REFUND_POLICY: 'Refund policy',
  SHIPPING_POLICY: 'Shipping policy',
  PRIVACY_POLICY: 'Privacy policy',
  TERMS_OF_SERVICE: 'Terms of service',
  TERMS_OF_SALE: 'Terms of sale',
  LEGAL_NOTICE: 'Legal notice',
  CONTACT_INFORMATION: 'Contact information',
  SUBSCRIPTION_POLICY: 'Cancellation policy',
};

/**
 * A policy's published translation into `locale`, as Shopify's translations API gives it: the body
 * is the only translatable key of a SHOP_POLICY (its title is not translatable).
 */
export function policyTranslations(model: StoreModel, type: string, locale: string) {
  const text = model.store.policyTranslations?.[type]?.[locale];
  if (!text) return [];
  return [{ key: 'body', value: textToHtml(text), locale, outdated: false, updatedAt: model.epoch, market: null }];
}

export function shopPolicies(model: StoreModel) {
  return Object.entries(model.store.policies).map(([type, text], i) => ({
    __typename: 'ShopPolicy',
    id: gid('ShopPolicy', childNumber(model.shopNumber, i)),
    type,
    title:
      POLICY_TITLES[type] ??
      type
        .toLowerCase()
        .replace(/_/g, ' ')
        .replace(/^./, (c) => c.toUpperCase()),
    body: textToHtml(text),
    url: `${model.storefrontUrl}/policies/${type.toLowerCase().replace(/_/g, '-')}`,
    createdAt: model.epoch,
    updatedAt: model.epoch,
    translations: (args: { locale: string; outdated?: boolean | null }) =>
      args.outdated ? [] : policyTranslations(model, type, args.locale),
  }));
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function shopLocales(model: StoreModel) {
  const { primaryLocale, shopLocales: locales } = model.store.shop;
  const all = locales.includes(primaryLocale) ? locales : [primaryLocale, ...locales];
  // The demo store lists only locales it has published; `published: true` therefore filters nothing.
  return all.map((locale) => ({
    locale,
    name: languageNames.of(locale) ?? locale,
    primary: locale === primaryLocale,
    published: true,
    marketWebPresences: [],
  }));
}

export function shopNode(model: StoreModel) {
  const { shop } = model.store;
  const host = new URL(model.storefrontUrl).host;
  return {
    __typename: 'Shop',
    id: gid('Shop', model.shopNumber),
    name: shop.name,
    email: shop.email,
    contactEmail: shop.email,
    myshopifyDomain: shop.myshopifyDomain,
    url: model.storefrontUrl,
    currencyCode: shop.currency,
    enabledPresentmentCurrencies: [shop.currency],
    ianaTimezone: shop.timezone,
    primaryDomain: {
      __typename: 'Domain',
      id: gid('Domain', model.shopNumber),
      host,
      url: model.storefrontUrl,
      sslEnabled: model.storefrontUrl.startsWith('https:'),
    },
    shopPolicies: () => shopPolicies(model),
    createdAt: model.epoch,
    updatedAt: model.epoch,
    taxesIncluded: false,
    taxShipping: false,
    setupRequired: false,
    checkoutApiSupported: true,
    shopOwnerName: shop.name,
    description: null,
    translations: () => [],
  };
}
