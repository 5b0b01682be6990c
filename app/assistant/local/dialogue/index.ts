// The intent → what the engine does. Each handler returns the reply text and fills the turn's
// products, actions and comparison from tool results.
import type { OrderNumberFormat } from '../nlu/entities';
import { addToCart } from './cart';
import { compareProducts } from './compare';
import { handOff } from './handoff';
import { orderStatus } from './orders';
import { answerPolicy } from './policies';
import { answerProductQuestion } from './product-question';
import { recommendProducts } from './recommend';
import { searchProducts } from './search';
import { greet, notSure, outOfScope, thank } from './small-talk';
import type { Turn } from './turn';

export { createTurn, type Turn } from './turn';
export { readMemory, type LocalHistoryMessage, type Memory } from './memory';
export { avoidTopic } from './small-talk';

export async function reply(turn: Turn, orderNumberFormat: OrderNumberFormat | undefined): Promise<string> {
  switch (turn.u.intent) {
    case 'product_search':
      return searchProducts(turn);
    case 'product_question':
      return answerProductQuestion(turn);
    case 'compare':
      return compareProducts(turn);
    case 'recommend':
      return recommendProducts(turn);
    case 'order_status':
      return orderStatus(turn, orderNumberFormat);
    case 'shipping':
    case 'returns':
    case 'refund':
    case 'policy':
    case 'faq':
      return answerPolicy(turn);
    case 'handoff':
      return handOff(turn);
    case 'add_to_cart':
      return addToCart(turn);
    case 'greeting':
      return greet(turn);
    case 'thanks':
      return thank(turn);
    case 'out_of_scope':
      return outOfScope(turn);
    case 'unknown':
      return notSure(turn);
  }
}
