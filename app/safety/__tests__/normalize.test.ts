import { normalizeText, squeeze } from '../normalize';

describe('normalizeText', () => {
  it('removes invisible and control characters and folds width', () => {
    expect(normalizeText('ｆｒｅｅ\u200B\u202E ship\u0007').clean).toBe('free ship');
  });

  it('maps Cyrillic look-alikes only inside Latin words', () => {
    expect(normalizeText('іgnore').clean).toBe('ignore');
    expect(normalizeText('привет').clean).toBe('привет');
  });

  it('folds diacritics, including letters NFD leaves alone', () => {
    expect(normalizeText('Zabiję CIĘ, Straße, Łódź, cœur').folded).toBe('zabije cie, strasse, lodz, coeur');
  });

  it('undoes leetspeak in words but leaves numbers alone', () => {
    expect(squeeze('sh1t b1tch order 10234 and 455')).toBe('shit bitch order 10234 and 455');
  });

  it('joins spaced-out letters and collapses stretched ones', () => {
    expect(squeeze('f u c k you')).toBe('fuck you');
    expect(squeeze('k.u.r.w.a')).toBe('kurwa');
    expect(squeeze('fuuuuuck, sooo good')).toBe('fuck, so good');
    expect(squeeze('a coffee')).toBe('a coffee');
  });

  it('makes typographic apostrophes plain', () => {
    expect(normalizeText('I’ll').clean).toBe("I'll");
  });
});
