// Server-sent events from a fetch body: text arrives in arbitrary chunks; an event ends at a blank
// line, its name in "event:", its JSON in one or more "data:" lines.

export interface SseEvent {
  event: string;
  data: string;
}

export function createSseParser(onEvent: (e: SseEvent) => void) {
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  // A chunk ending in "\r" may be the first half of "\r\n": skip the "\n" if it comes next.
  let pendingCr = false;
  const line = (l: string) => {
    if (l === '') {
      if (data.length) onEvent({ event, data: data.join('\n') });
      event = 'message';
      data = [];
    } else if (l.startsWith(':')) {
      // A comment (keep-alive).
    } else {
      const colon = l.indexOf(':');
      const field = colon < 0 ? l : l.slice(0, colon);
      const value = colon < 0 ? '' : l.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
  };
  return {
    push(chunk: string) {
      if (pendingCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
      pendingCr = chunk.endsWith('\r');
      buffer += chunk;
      const parts = buffer.split(/\r\n|\r|\n/);
      buffer = parts.pop()!;
      for (const l of parts) line(l);
    },
    end() {
      if (buffer) line(buffer);
      line('');
      buffer = '';
    },
  };
}
