// ToolResult builders, so every tool answers in the same shape.
import type { ToolResult } from '../types';

export function ok(data: unknown, extra: Omit<ToolResult, 'ok' | 'data'> = {}): ToolResult {
  return { ok: true, data, ...extra };
}

/** A failure the model can act on: `error` is the machine-readable reason, `message` says what to do. */
export function fail(
  error: string,
  message: string,
  data: Record<string, unknown> = {},
  extra: Omit<ToolResult, 'ok' | 'data' | 'error'> = {},
): ToolResult {
  return { ok: false, error, data: { message, ...data }, ...extra };
}
