// Product translations as Shopify's translations API exposes them: translatable keys `title`,
// `body_html`, `handle`, `product_type`, each with a digest of the original, and per-locale values
// from CatalogProduct.translations.
import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import type { CatalogProduct } from '~/catalog/types';
import { paginate, type PageArgs } from '../connection';
import type { ExecContext } from '../context';
import { textToHtml } from '../format';
import { legacyId } from '../ids';
import type { StoreModel } from './store-model';

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function productTranslatableContent(p: CatalogProduct, primaryLocale: string) {
  const content = [
    { key: 'title', value: p.title, type: 'SINGLE_LINE_TEXT_FIELD' },
    { key: 'body_html', value: textToHtml(p.description), type: 'HTML' },
    { key: 'handle', value: p.handle, type: 'URI' },
    { key: 'product_type', value: p.productType, type: 'SINGLE_LINE_TEXT_FIELD' },
  ];
  return content.map((c) => ({ ...c, locale: primaryLocale, digest: digest(c.value) }));
}

export function productTranslations(p: CatalogProduct, locale: string) {
  const t = p.translations[locale];
  if (!t) return [];
  const entries: [string, string | undefined][] = [
    ['title', t.title],
    ['body_html', t.description == null ? undefined : textToHtml(t.description)],
    ['product_type', t.productType],
  ];
  return entries
    .filter((e): e is [string, string] => e[1] != null && e[1] !== '')
    .map(([key, value]) => ({ key, value, locale, outdated: false, updatedAt: p.updatedAt, market: null }));
}

export function translatableProduct(model: StoreModel, p: CatalogProduct) {
  return {
    __typename: 'TranslatableResource',
    resourceId: p.shopifyId,
    translatableContent: () => productTranslatableContent(p, model.primaryLocale),
    translations: (args: { locale: string; outdated?: boolean | null }) => (args.outdated ? [] : productTranslations(p, args.locale)),
    nestedTranslatableResources: (args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) =>
      paginate(
        [] as never[],
        args,
        ctx,
        info,
        () => '',
        (x) => x,
      ),
  };
}

/** translatableResources(resourceType:): products are modelled; other resource types are empty. */
export function translatableResourceConnection(
  model: StoreModel,
  args: PageArgs & { resourceType: string },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
) {
  const items = args.resourceType === 'PRODUCT' ? model.products : [];
  return paginate(
    items,
    args,
    ctx,
    info,
    (p) => legacyId(p.shopifyId),
    (p) => translatableProduct(model, p),
  );
}
