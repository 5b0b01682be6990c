// Refuses oversized bodies with 413 before anything parses them. Content-Length is checked first
// (cheap); the body is then read with a hard cap, since a client can lie or stream chunked.

export const LIMITS = {
  /** Storefront JSON calls (chat message, feedback): a chat line is small. */
  proxyJson: 16 * 1024,
  /** Webhook payloads: a product with many variants can be large. */
  webhook: 5 * 1024 * 1024,
} as const;

export function tooLarge(limit: number): Response {
  return Response.json({ error: 'payload_too_large', message: `Request body exceeds ${limit} bytes` }, { status: 413 });
}

/** Returns a copy of the request whose body is known to be ≤ limit bytes, or throws a 413 Response. */
export async function limitBody(request: Request, limit: number): Promise<Request> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}
