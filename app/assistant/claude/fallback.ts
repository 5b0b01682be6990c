// Claude first, the local engine when Claude fails: the shopper always gets an answer, and the
// output says which engine answered and why.
//
// When the failure came before any text was streamed, the switch is invisible to the shopper.
// When some text had already been streamed (the stream broke mid-reply), the partial text is
// discarded: an `error` event with code REPLY_RESTARTED tells the widget to clear what it has shown
// for this turn, then the local engine's reply streams in its place. (The final `done` event's
// `reply` is authoritative in any case.) Tokens Claude spent before failing are returned as
// `usage`, so the pipeline meters them with the outcome 'fallback'.
import type { Engine, EngineInput, EngineOutput } from '../types';
import { ModelUnavailableError, type ModelFailure } from './errors';

/** The `error` event code meaning "discard this turn's streamed text; a new reply follows". */
export const REPLY_RESTARTED = 'reply_restarted';

export interface FallbackOutput extends EngineOutput {
  /** True when the fallback engine answered. */
  fallback: boolean;
  /** Which engine produced `reply`. */
  answeredBy: Engine['name'];
  /** Why the primary engine failed (when fallback is true). */
  fallbackReason?: ModelFailure;
}

export interface FallbackEngine extends Engine {
  respond(input: EngineInput): Promise<FallbackOutput>;
}

export function withFallback(primary: Engine, fallback: Engine, opts: { onFallback?: (error: unknown) => void } = {}): FallbackEngine {
  return {
    name: primary.name,
    async respond(input: EngineInput): Promise<FallbackOutput> {
      let streamed = false;
      const emit: EngineInput['emit'] = (event) => {
        if (event.type === 'text') streamed = true;
        input.emit(event);
      };
      try {
        const output = await primary.respond({ ...input, emit });
        return { ...output, fallback: false, answeredBy: primary.name };
      } catch (error) {
        opts.onFallback?.(error);
        if (streamed) input.emit({ type: 'error', code: REPLY_RESTARTED, message: 'The reply was interrupted; here is a new one.' });
        const output = await fallback.respond(input);
        const failure = error instanceof ModelUnavailableError ? error : null;
        return {
          ...output,
          // The local engine spends no tokens; what the primary spent before failing still counts.
          usage: failure?.details.usage ?? output.usage,
          fallback: true,
          answeredBy: fallback.name,
          fallbackReason: failure?.reason ?? 'unknown',
        };
      }
    },
  };
}
