// Translations as Shopify's translations API exposes them. Products: translatable keys `title`,
// `body_html`, `handle`, `product_type`, each with a digest of the original, and per-locale values
// from CatalogProduct.translations. Shop policies (SHOP_POLICY, resourceId = the ShopPolicy's id):
// the key `body`, with values from the store's policy translations.
import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import type { CatalogProduct } from '~/catalog/types';
import { paginate, type PageArgs } from '../connection';
import type { ExecContext } from '../context';
import { textToHtml } from '../format';
import { legacyId, parseGid } from '../ids';
import { policyTranslations, shopPolicies } from './shop';
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

/** Neither products nor policies have nested translatable resources here. */
function noNestedResources(args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) {
  return paginate(
    [] as never[],
    args,
    ctx,
    info,
    () => '',
    (x) => x,
  );
}

type TranslationArgs = { locale: string; outdated?: boolean | null };

export function translatableProduct(model: StoreModel, p: CatalogProduct) {
  return {
    __typename: 'TranslatableResource',
    resourceId: p.shopifyId,
    translatableContent: () => productTranslatableContent(p, model.primaryLocale),
    translations: (args: TranslationArgs) => (args.outdated ? [] : productTranslations(p, args.locale)),
    nestedTranslatableResources: noNestedResources,
  };
}

type ShopPolicyNode = ReturnType<typeof shopPolicies>[number];

export function translatablePolicy(model: StoreModel, policy: ShopPolicyNode) {
  return {
    __typename: 'TranslatableResource',
    resourceId: policy.id,
    translatableContent: () => [
      { key: 'body', value: policy.body, type: 'HTML', locale: model.primaryLocale, digest: digest(policy.body) },
    ],
    translations: (args: TranslationArgs) => (args.outdated ? [] : policyTranslations(model, policy.type, args.locale)),
    nestedTranslatableResources: noNestedResources,
  };
}

type Translatable = ReturnType<typeof translatableProduct> | ReturnType<typeof translatablePolicy>;

/** translatableResource(resourceId:): a product or a shop policy. */
export function translatableById(model: StoreModel, resourceId: string): Translatable | null {
  const parsed = parseGid(resourceId);
  if (parsed?.type === 'Product') {
    const p = model.productById.get(parsed.id);
    return p ? translatableProduct(model, p) : null;
  }
  if (parsed?.type === 'ShopPolicy') {
    const policy = shopPolicies(model).find((x) => x.id === resourceId);
    return policy ? translatablePolicy(model, policy) : null;
  }
  return null;
}

/** translatableResources(resourceType:): products and shop policies are modelled; other types are empty. */
export function translatableResourceConnection(
  model: StoreModel,
  args: PageArgs & { resourceType: string },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
) {
  if (args.resourceType === 'SHOP_POLICY') {
    return paginate(
      shopPolicies(model),
      args,
      ctx,
      info,
      (policy) => legacyId(policy.id),
      (policy) => translatablePolicy(model, policy),
    );
  }
  return paginate(
    args.resourceType === 'PRODUCT' ? model.products : [],
    args,
    ctx,
    info,
    (p) => legacyId(p.shopifyId),
    (p) => translatableProduct(model, p),
  );
}

/** translatableResourcesByIds(resourceIds:): the known ones, in the order asked for. */
export function translatableResourcesByIds(
  model: StoreModel,
  args: PageArgs & { resourceIds: string[] },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
) {
  const found = args.resourceIds.map((id) => translatableById(model, id)).filter((r): r is Translatable => !!r);
  return paginate(
    found,
    args,
    ctx,
    info,
    (r) => legacyId(r.resourceId),
    (r) => r,
  );
}
