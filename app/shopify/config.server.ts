// Operator configuration from the environment, validated once: a missing secret fails loudly at
// start-up instead of as a confusing 401 later.
import { z } from 'zod';

const schema = z.object({
  SHOPIFY_API_KEY: z.string().min(1, 'SHOPIFY_API_KEY is required'),
  SHOPIFY_API_SECRET: z.string().min(1, 'SHOPIFY_API_SECRET is required'),
  SHOPIFY_APP_URL: z.string().url('SHOPIFY_APP_URL must be the app URL, e.g. https://aisle.example.com'),
  SCOPES: z.string().default('read_products,read_orders,read_customers,read_legal_policies,read_translations,read_locales'),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
});

export type AppEnv = z.infer<typeof schema>;

export function readAppEnv(env: NodeJS.ProcessEnv = process.env): AppEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error('Invalid configuration: ' + parsed.error.issues.map((i) => i.message).join('; '));
  }
  return parsed.data;
}
