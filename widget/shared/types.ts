// The server's contracts, as the storefront scripts receive them (types only: nothing from app/ is
// bundled into the storefront).
export type { ProductView } from '../../app/catalog/types';
export type { ChatAction, ComparisonTable, TurnReply } from '../../app/assistant/types';
export type { ProductComparison, ComparedProduct, ComparisonRow, WhoFor } from '../../app/compare/types';
