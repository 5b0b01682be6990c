// The query string of GET /proxy/search, validated at the boundary. Accepts URLSearchParams (with
// `option` repeated) or a plain object of strings; unknown keys (the app proxy's shop, signature,
// timestamp…) are ignored, and empty values count as absent, as an HTML form sends them.
import { z } from 'zod';

export const DEFAULT_LIMIT = 12;
export const MAX_LIMIT = 50;

export interface SearchParams {
  /** Free text; empty lists the products that match the filters. */
  q?: string;
  minPrice?: number;
  maxPrice?: number;
  /** true: in stock only. */
  available?: boolean;
  type?: string;
  vendor?: string;
  tag?: string;
  /** A product matches when one of its variants has all of these option values. */
  options?: { name: string; value: string }[];
  /** 1..50, default 12. */
  limit?: number;
  /** Storefront locale for the translated titles of the results. */
  locale?: string;
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const price = (name: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .union([z.number(), z.string()])
      .transform((v, ctx) => {
        const n = typeof v === 'number' ? v : Number(v.trim());
        if (!Number.isFinite(n)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be a number` });
          return z.NEVER;
        }
        if (n < 0) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must not be negative` });
          return z.NEVER;
        }
        return n;
      })
      .optional(),
  );

const label = (name: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(100, `${name} is too long (100 characters at most)`).optional());

const option = z.string().transform((raw, ctx) => {
  const at = raw.indexOf(':');
  const name = at < 0 ? '' : raw.slice(0, at).trim();
  const value = at < 0 ? '' : raw.slice(at + 1).trim();
  if (!name || !value) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `option must look like Name:Value (e.g. Size:M), got "${raw}"` });
    return z.NEVER;
  }
  return { name, value };
});

const fields = z
  .object({
    q: z.string().trim().max(200, 'q is too long (200 characters at most)').default(''),
    minPrice: price('minPrice'),
    maxPrice: price('maxPrice'),
    available: z.preprocess(
      (v) => {
        const s = blankToUndefined(v);
        return s === 'true' || s === '1' ? true : s === 'false' || s === '0' ? false : s;
      },
      z.boolean({ invalid_type_error: 'available must be true or false' }).optional(),
    ),
    type: label('type'),
    vendor: label('vendor'),
    tag: label('tag'),
    option: z
      .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(option).max(5, 'at most 5 options'))
      .default([]),
    limit: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ message: 'limit must be a whole number' })
        .int('limit must be a whole number')
        .min(1, `limit must be between 1 and ${MAX_LIMIT}`)
        .max(MAX_LIMIT, `limit must be between 1 and ${MAX_LIMIT}`)
        .default(DEFAULT_LIMIT),
    ),
    locale: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/, 'locale must look like "en" or "pt-BR"')
        .optional(),
    ),
  })
  .superRefine((p, ctx) => {
    if (p.minPrice != null && p.maxPrice != null && p.minPrice > p.maxPrice) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['maxPrice'], message: 'maxPrice must not be below minPrice' });
    }
  })
  .transform(({ option: options, ...rest }): SearchParams & { q: string; limit: number; options: SearchParams['options'] & {} } => ({
    ...rest,
    options,
  }));

function fromSearchParams(input: unknown): unknown {
  if (!(input instanceof URLSearchParams)) return input;
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(input.keys())) {
    const all = input.getAll(key);
    out[key] = key === 'option' ? all : all[all.length - 1];
  }
  return out;
}

/** Parses `url.searchParams` (or an object) into SearchParams; throws a ZodError listing each bad value. */
export const searchParamsSchema = z.preprocess(fromSearchParams, fields);

export type ParsedSearchParams = z.output<typeof searchParamsSchema>;
