// One tool = a name, a description for the model, a zod input schema (the JSON Schema the Messages
// API gets is derived from it, so the two can't drift) and a run function. Whatever the caller
// sends is validated here again: the local engine and any future caller get the same guarantee as
// the Claude engine, and a bad input is an answer (`invalid_input`), never a throw.
import type { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { AdminApiError } from '~/shopify/admin-query';
import type { Tool, ToolContext, ToolResult } from '../types';
import { fail } from './results';

export interface ToolSpec<S extends z.ZodTypeAny> {
  name: string;
  description: string;
  input: S;
  run(input: z.output<S>, ctx: ToolContext): Promise<ToolResult>;
}

export function toJsonSchema(schema: z.ZodTypeAny): Record<string, unknown> {
  const { $schema: _ignored, ...json } = zodToJsonSchema(schema, { target: 'jsonSchema7', $refStrategy: 'none' }) as Record<
    string,
    unknown
  >;
  return json;
}

export function issuesMessage(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}

export function defineTool<S extends z.ZodTypeAny>(spec: ToolSpec<S>): Tool {
  return {
    name: spec.name,
    description: spec.description,
    input: spec.input,
    jsonSchema: toJsonSchema(spec.input),
    async run(raw, ctx) {
      const parsed = spec.input.safeParse(raw ?? {});
      if (!parsed.success) return fail('invalid_input', issuesMessage(parsed.error));
      try {
        return await spec.run(parsed.data, ctx);
      } catch (error) {
        // Shopify down or throttled for too long: the model can say so and offer a hand-off.
        if (error instanceof AdminApiError)
          return fail('unavailable', 'The store system could not be reached just now. Try again in a moment.');
        throw error;
      }
    },
  };
}
