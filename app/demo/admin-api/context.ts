// What every resolver sees during one execution (a request, or one page of a bulk operation).
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import type { BulkOperations } from './bulk/operations';
import type { StoreModel } from './model/store-model';

export interface SearchWarning {
  path: (string | number)[];
  query: string;
  warnings: { field: string; message: string }[];
}

export interface ExecContext {
  model: StoreModel;
  bulkOperations: BulkOperations;
  /** Inside a bulk operation: nested connections ignore first/last and return every item. */
  bulk: boolean;
  /** Shopify's per-field search warnings (unknown fields in `query:`), returned in extensions.search. */
  searchWarnings: SearchWarning[];
  /** Fields that are valid in the schema but have no data here; answered with null or an empty value. */
  unmodelled: Set<string>;
  /** Objects actually returned, counted the way Shopify charges them (see cost.ts). */
  actualCost: number;
}

export function createContext(model: StoreModel, bulkOperations: BulkOperations, bulk = false): ExecContext {
  return { model, bulkOperations, bulk, searchWarnings: [], unmodelled: new Set(), actualCost: 0 };
}

export function warnUnknownSearchFields(ctx: ExecContext, info: GraphQLResolveInfo, query: string, fields: string[]): void {
  if (!fields.length || ctx.bulk) return;
  ctx.searchWarnings.push({
    path: responsePathAsArray(info.path),
    query,
    warnings: fields.map((field) => ({ field, message: 'Invalid search field for this query.' })),
  });
}
