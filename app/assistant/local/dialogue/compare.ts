// compare → compare_products with the 2–4 products named (found by search when not on screen) or
// the ones last shown. The widget renders the table; the reply names the rows that differ.
import type { ComparisonTable, ToolResult } from '../../types';
import { aspectsOf } from './aspects';
import { pickProduct } from './pick';
import { productList, resolveProducts, showProducts } from './products';
import type { Turn } from './turn';

const MAX_COMPARED = 4;
/** Rows quoted in the reply; the table has them all. */
const MAX_ROWS_IN_TEXT = 5;

function differences(table: ComparisonTable): string[] {
  return table.rows
    .filter((r) => r.differs)
    .slice(0, MAX_ROWS_IN_TEXT)
    .map((r) => `- **${r.attribute}**: ${r.values.join(' · ')}`);
}

interface ComparedReviews {
  title: string;
  reviews: { count: number; averageRating: number | null } | null;
}

/** "Which has better reviews?": the products ranked by their average stars, counts beside them. */
function byReviews(turn: Turn, result: ToolResult): string {
  const { t } = turn;
  const rated = ((result.data as { products?: ComparedReviews[] }).products ?? [])
    .filter((p): p is ComparedReviews & { reviews: { count: number; averageRating: number } } => p.reviews?.averageRating != null)
    .sort((a, b) => b.reviews.averageRating - a.reviews.averageRating || b.reviews.count - a.reviews.count);
  if (rated.length === 0) return t.compareNoReviews;
  return t.compareByReviews(rated.map((p) => t.ratedItem(p.title, p.reviews.averageRating.toFixed(1), p.reviews.count)));
}

export async function compareProducts(turn: Turn): Promise<string> {
  const { t } = turn;
  if (turn.u.superlative) return pickProduct(turn, turn.u.superlative);
  const handles = await resolveProducts(turn, MAX_COMPARED);
  if (handles.length < 2) {
    turn.suggest(['products']);
    return t.compareNeedTwo;
  }
  const result = await turn.call('compare_products', { handles });
  if (!result) return t.compareNeedTwo;
  if (!result.ok) return result.error === 'not_found' ? t.compareNeedTwo : t.toolError;
  const table = result.comparison;
  if (!table) return t.toolError;
  turn.out.comparison = table;
  showProducts(turn, table.products);
  const diff = differences(table);
  const body = diff.length ? `${t.compareDiffer}\n${diff.join('\n')}` : t.compareAlike;
  if (aspectsOf(turn.input.message).has('reviews'))
    return `${t.compareLead(table.products.length)}\n\n${byReviews(turn, result)}\n\n${body}`;
  return `${t.compareLead(table.products.length)}\n\n${productList(turn, table.products)}\n\n${body}`;
}
