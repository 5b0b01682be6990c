// The built-in engine: no API key, no network, a few milliseconds a turn. Understands the message
// (nlu/), acts on it with the same tools Claude uses (dialogue/), and answers from the tool results
// with templates in the shopper's language (templates/). The demo's default, the tests' default
// and the fallback when Claude fails.
import type { Engine, EngineInput, EngineOutput, ShopContext } from '../types';
import { avoidTopic, createTurn, readMemory, reply } from './dialogue';
import type { OrderNumberFormat } from './nlu/entities';
import { LANGS, type Lang } from './nlu/patterns';
import { fold } from './nlu/text';
import { understand } from './nlu/understand';
import { messagesFor, voiceOf } from './templates';

export interface LocalEngineOptions {
  /** How the shop writes order numbers (prefix and suffix around the number); default "#1001". */
  orderNumberFormat?: (shop: ShopContext) => OrderNumberFormat | undefined;
}

function nluLanguage(language: string): Lang | undefined {
  const base = language.toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : undefined;
}

/** A topic the merchant asked the assistant to stay away from, named in the message. */
function touchesAvoidedTopic(message: string, topics: string[]): boolean {
  const text = ` ${fold(message).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return topics.some((topic) => {
    const t = fold(topic)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return t.length > 0 && text.includes(` ${t} `);
  });
}

export function createLocalEngine(options: LocalEngineOptions = {}): Engine {
  return {
    name: 'local',
    async respond(input: EngineInput): Promise<EngineOutput> {
      const { lang, t } = messagesFor(input.shopper.language);
      const voice = voiceOf(input.shop.settings.tone);
      const memory = readMemory(input.history);
      const orderNumberFormat = options.orderNumberFormat?.(input.shop);
      const u = understand(input.message, {
        lang: nluLanguage(input.shopper.language),
        orderNumberFormat,
        hasShownProducts: memory.lastShown.length > 0,
        awaiting: memory.awaiting,
      });
      const turn = createTurn(input, { lang, t, voice, u, memory });
      const avoided = touchesAvoidedTopic(input.message, input.shop.settings.topicsToAvoid);
      const text = avoided ? avoidTopic(turn) : await reply(turn, orderNumberFormat);
      input.emit({ type: 'text', delta: text });
      return {
        reply: text,
        products: turn.out.products,
        actions: turn.out.actions,
        ...(turn.out.comparison ? { comparison: turn.out.comparison } : {}),
        toolCalls: turn.out.toolCalls,
        intent: avoided ? 'out_of_scope' : u.intent,
      };
    },
  };
}
