// The JSON files of a demo store, checked at the boundary so that a typo in a hand-edited file is
// reported by file and field instead of surfacing later as an undefined somewhere in the app.
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);
const isoDate = z.string().datetime({ offset: true });
const locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a locale code such as "en" or "pt-BR"');

export const shopSchema = z
  .object({
    name: nonEmpty,
    myshopifyDomain: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, 'Expected "<name>.myshopify.com"'),
    primaryLocale: locale,
    shopLocales: z.array(locale).min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as "USD"'),
    email: z.string().email(),
    timezone: nonEmpty,
  })
  .refine((shop) => shop.shopLocales.includes(shop.primaryLocale), {
    message: 'primaryLocale must be one of shopLocales',
    path: ['primaryLocale'],
  });

export const customersSchema = z.array(
  z.object({
    id: z.number().int().positive(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().email(),
    phone: z.string().nullable(),
    locale,
  }),
);

const money = z.string().regex(/^\d+(\.\d+)?$/, 'Expected a decimal amount such as "19.99"');

export const ordersSchema = z.array(
  z
    .object({
      id: z.number().int().positive(),
      name: nonEmpty,
      customerId: z.number().int().positive().nullable(),
      email: z.string().email().nullable(),
      phone: z.string().nullable(),
      createdAt: isoDate,
      currency: z.string().regex(/^[A-Z]{3}$/),
      displayFinancialStatus: nonEmpty,
      displayFulfillmentStatus: nonEmpty,
      cancelledAt: isoDate.nullable(),
      cancelReason: z.string().nullable(),
      shippingAddress: z
        .object({ firstName: z.string(), lastName: z.string(), city: z.string(), countryCode: z.string().length(2) })
        .nullable(),
      lineItems: z.array(
        z.object({
          handle: nonEmpty,
          title: nonEmpty,
          variantTitle: nonEmpty,
          sku: z.string(),
          quantity: z.number().int().positive(),
          price: money,
        }),
      ),
      fulfillments: z.array(
        z.object({
          status: nonEmpty,
          displayStatus: nonEmpty,
          trackingCompany: z.string().nullable(),
          trackingNumber: z.string().nullable(),
          trackingUrl: z.string().url().nullable(),
          createdAt: isoDate,
          estimatedDeliveryAt: isoDate.nullable(),
          lineItems: z.array(z.object({ handle: nonEmpty, quantity: z.number().int().positive() })),
        }),
      ),
    })
    // Refunds and other extra fields are kept as they are.
    .passthrough(),
);

const policyType = z.string().regex(/^[A-Z_]+$/, 'Expected a ShopPolicyType such as REFUND_POLICY');

export const policiesSchema = z.record(policyType, z.string());

/** policy-translations.json: ShopPolicyType → locale → translated text. */
export const policyTranslationsSchema = z.record(policyType, z.record(locale, nonEmpty));

export const faqSchema = z.array(z.object({ q: nonEmpty, a: nonEmpty }));

/** translations.json: product handle → locale → translated fields. */
export const translationsSchema = z.record(
  nonEmpty,
  z.record(locale, z.object({ title: nonEmpty.optional(), description: nonEmpty.optional(), productType: nonEmpty.optional() }).strict()),
);

/** collections.json: manual collections, products listed by handle. */
export const collectionsSchema = z.array(
  z
    .object({
      handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a handle such as "summer-sale"'),
      title: nonEmpty,
      description: z.string().default(''),
      products: z.array(nonEmpty),
    })
    .strict(),
);
