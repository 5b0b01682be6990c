// Which engine answers a shop's turn: Claude when a key is configured (operator-wide or the
// shop's own) and the month's spend is under the cap, with the local engine as the fallback; the
// local engine alone otherwise. Claude engines are reused per key and model.
import type { Db } from '~/db/client.server';
import { createClaudeEngine, withFallback } from './claude';
import { resolveClaudeConfig } from './usage/claude-config.server';
import { capStatus, operatorCapFromEnv, recordUsage } from './usage/metering.server';
import type { Engine, EngineOutput, ShopContext } from './types';

export interface EngineChoice {
  engine: Engine;
  onUsage?: (output: EngineOutput, conversationId: string) => Promise<void>;
}

export function engineSelector(opts: { db: Db; local: Engine; env: NodeJS.ProcessEnv }) {
  const claudeEngines = new Map<string, Engine>();
  return async (shop: ShopContext): Promise<EngineChoice> => {
    const config = await resolveClaudeConfig(opts.db, shop.shop, opts.env);
    if (!config) return { engine: opts.local };
    const cap = await capStatus(opts.db, shop.shop, { operatorCapUsd: operatorCapFromEnv(opts.env) });
    // Over the cap: no model call; the local engine still answers.
    if (!cap.allowed) return { engine: opts.local };
    const key = `${config.model}:${config.apiKey}`;
    let claude = claudeEngines.get(key);
    if (!claude) {
      claude = createClaudeEngine({ apiKey: config.apiKey, model: config.model, baseURL: opts.env.ANTHROPIC_BASE_URL || undefined });
      claudeEngines.set(key, claude);
    }
    return {
      engine: withFallback(claude, opts.local),
      onUsage: async (output, conversationId) => {
        if (!output.usage) return;
        const fellBack = (output as EngineOutput & { fallback?: boolean }).fallback === true;
        await recordUsage(opts.db, shop.shop, conversationId, output.usage, fellBack ? 'fallback' : 'ok');
      },
    };
  };
}
