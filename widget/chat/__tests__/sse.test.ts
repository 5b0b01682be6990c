import { createSseParser, type SseEvent } from '../sse';

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  for (const c of chunks) parser.push(c);
  parser.end();
  return events;
}

test('events split across chunks anywhere, in any line-ending style', () => {
  const stream =
    'event: start\ndata: {"conversationId":"c1"}\n\n: keep-alive\n\nevent: text\r\ndata: {"delta":"Hel"}\r\n\r\nevent: text\ndata: {"delta":"lo"}\n\n';
  const whole = parse([stream]);
  expect(whole).toEqual([
    { event: 'start', data: '{"conversationId":"c1"}' },
    { event: 'text', data: '{"delta":"Hel"}' },
    { event: 'text', data: '{"delta":"lo"}' },
  ]);
  // One character at a time gives the same events.
  expect(parse([...stream])).toEqual(whole);
});

test('multi-line data is joined; a last event without its blank line still arrives at the end', () => {
  expect(parse(['data: a\ndata: b\n\nevent: done\ndata: {}'])).toEqual([
    { event: 'message', data: 'a\nb' },
    { event: 'done', data: '{}' },
  ]);
});
