import { REPLY_LANGUAGES, safetyReply, type SafetyReplyKind } from '../replies';

const KINDS: SafetyReplyKind[] = ['abuse', 'threat', 'spam', 'injection', 'flooding', 'rate-limited'];

describe('safetyReply', () => {
  it('has a reply for every category in en, pl, de, es, fr, each different per language', () => {
    expect(REPLY_LANGUAGES.sort()).toEqual(['de', 'en', 'es', 'fr', 'pl']);
    for (const kind of KINDS) {
      const texts = REPLY_LANGUAGES.map((language) => safetyReply(kind, language));
      for (const text of texts) expect(text.length).toBeGreaterThan(20);
      expect(new Set(texts).size).toBe(REPLY_LANGUAGES.length);
    }
  });

  it('answers in the shopper language, by locale tag too', () => {
    expect(safetyReply('abuse', 'pl')).toMatch(/zakup/);
    expect(safetyReply('injection', 'de-AT')).toMatch(/Anweisungen/);
    expect(safetyReply('spam', 'es')).toMatch(/pedidos/);
    expect(safetyReply('flooding', 'fr-CA')).toMatch(/message/);
  });

  it('falls back to English for languages it does not serve', () => {
    expect(safetyReply('threat', 'it')).toBe(safetyReply('threat', 'en'));
  });

  it('never tells the shopper which rule fired', () => {
    for (const kind of KINDS) for (const language of REPLY_LANGUAGES) expect(safetyReply(kind, language)).not.toMatch(/regex|rule|score|flagged|screen/i);
  });
});
