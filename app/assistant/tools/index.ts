// The assistant's tools: the same set for the Claude engine and the local engine. Capabilities the
// merchant switched off are not offered at all (rather than offered and refused), so the model never
// plans around them.
import type { AssistantSettings, Tool } from '../types';
import { addToCart } from './add-to-cart';
import { compareProducts } from './compare-products';
import { handoffToHuman } from './handoff-to-human';
import { orderStatus } from './order-status';
import { productDetails } from './product-details';
import { recommendProducts } from './recommend-products';
import { searchProducts } from './search-products';
import { storePolicies } from './store-policies';

export const TOOL_NAMES = [
  'search_products',
  'product_details',
  'compare_products',
  'recommend_products',
  'order_status',
  'store_policies',
  'handoff_to_human',
  'add_to_cart',
] as const;

export type ToolName = (typeof TOOL_NAMES)[number];

export function createTools(settings: AssistantSettings): Tool[] {
  const { capabilities } = settings;
  const enabled: Record<ToolName, boolean> = {
    search_products: true,
    product_details: true,
    compare_products: true,
    recommend_products: capabilities.recommendations,
    order_status: capabilities.orderStatus,
    store_policies: true,
    handoff_to_human: capabilities.handoff,
    add_to_cart: capabilities.cartActions,
  };
  const all: Tool[] = [
    searchProducts,
    productDetails,
    compareProducts,
    recommendProducts,
    orderStatus,
    storePolicies,
    handoffToHuman,
    addToCart,
  ];
  return all.filter((tool) => enabled[tool.name as ToolName]);
}

export { defineTool, toJsonSchema } from './define-tool';
export { createOrderStatusTool, NOT_FOUND_MESSAGE } from './order-status';
export { buildComparison } from './compare-products';
