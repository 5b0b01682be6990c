// Floors on labelled data (test/fixtures/safety). Our own set was written alongside the rules;
// the public samples are measurement only, so their floors sit well below what is measured
// today (see `node --import tsx bench/safety-quality.ts` for the current figures).
import { measureSafetyQuality, loadOwnSet, SHOP_LANGUAGES } from '../../../bench/safety-quality';

const q = measureSafetyQuality({ timing: false });

describe('own multilingual set', () => {
  it('holds enough examples per language', () => {
    const own = loadOwnSet();
    for (const language of SHOP_LANGUAGES) {
      const count = (label: string) => own.filter((m) => m.language === language && m.label === label).length;
      expect(count('injection')).toBeGreaterThanOrEqual(15);
      expect(count('abuse') + count('threat')).toBeGreaterThanOrEqual(15);
      expect(count('legit')).toBeGreaterThanOrEqual(30);
    }
  });

  it('catches injections, abuse, threats and spam', () => {
    const c = q.own.byCategory;
    expect(c.injection.recall).toBeGreaterThanOrEqual(0.9);
    expect(c.injection.blockRecall).toBeGreaterThanOrEqual(0.85);
    expect(c.abuse.recall).toBeGreaterThanOrEqual(0.9);
    expect(c.threat.recall).toBeGreaterThanOrEqual(0.9);
    expect(c.spam.recall).toBeGreaterThanOrEqual(0.85);
    for (const rates of Object.values(c)) expect(rates.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('does so in every language', () => {
    for (const language of SHOP_LANGUAGES) {
      const l = q.own.byLanguage[language];
      expect(l?.injection.recall).toBeGreaterThanOrEqual(0.85);
      expect(l?.abuse.recall).toBeGreaterThanOrEqual(0.85);
      // At most one legitimate message per language may be flagged; none blocked.
      expect(l?.legit.falsePositiveRate).toBeLessThanOrEqual(1 / 30);
      expect(l?.legit.blockRate).toBe(0);
    }
  });

  it('lets legitimate shopping messages through and never blocks mild frustration', () => {
    expect(q.own.legit.falsePositiveRate).toBeLessThanOrEqual(0.02);
    expect(q.own.mild.blockRate).toBe(0);
  });
});

describe('public samples', () => {
  it('catches known prompt injections and jailbreak templates', () => {
    expect(q.public.giskardInjections.recall).toBeGreaterThanOrEqual(0.9);
    expect(q.public.gptfuzzJailbreaks.recall).toBeGreaterThanOrEqual(0.8);
    expect(q.public.gptfuzzHeldOut.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('catches most SMS spam and almost no ham', () => {
    expect(q.public.smsSpam.recall).toBeGreaterThanOrEqual(0.65);
    expect(q.public.smsSpam.precision).toBeGreaterThanOrEqual(0.95);
    expect(q.public.smsSpam.hamFlagRate).toBeLessThanOrEqual(0.03);
  });

  it('is precise on German and Polish offensive tweets (recall is low by design: see README)', () => {
    expect(q.public.germevalOffensiveDe.precision).toBeGreaterThanOrEqual(0.8);
    expect(q.public.germevalOffensiveDe.otherFlagRate).toBeLessThanOrEqual(0.03);
    expect(q.public.polevalHarmfulPl.precision).toBeGreaterThanOrEqual(0.7);
    expect(q.public.polevalHarmfulPl.otherFlagRate).toBeLessThanOrEqual(0.05);
  });

  it('never blocks real customer-support utterances', () => {
    expect(q.public.bitextLegit.blockRate).toBe(0);
    expect(q.public.bitextLegit.falsePositiveRate).toBeLessThanOrEqual(0.03);
  });
});
