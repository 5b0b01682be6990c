import { DEFAULT_RATE_POLICY, createRatePolicy, decideEscalation } from '../rate-policy';

const none = { flagged: 0, blocked: 0 };

describe('decideEscalation', () => {
  it('allows a clean session', () => {
    expect(decideEscalation({ session: none, ip: none })).toEqual({ action: 'allow', retryAfterSeconds: 0 });
  });

  it('allows one flagged message', () => {
    expect(decideEscalation({ session: { flagged: 1, blocked: 0 }, ip: { flagged: 1, blocked: 0 } }).action).toBe('allow');
  });

  it('slows a session after a couple of strikes, longer with each', () => {
    const two = decideEscalation({ session: { flagged: 2, blocked: 0 }, ip: none });
    const three = decideEscalation({ session: { flagged: 1, blocked: 1 }, ip: none });
    expect(two).toEqual({ action: 'slow', retryAfterSeconds: DEFAULT_RATE_POLICY.slowSeconds, decidedBy: 'session' });
    expect(three.action).toBe('slow');
    expect(three.retryAfterSeconds).toBeGreaterThan(two.retryAfterSeconds);
  });

  it('blocks after more strikes, and each further strike doubles the block up to a day', () => {
    const first = decideEscalation({ session: { flagged: 1, blocked: 2 }, ip: none });
    const next = decideEscalation({ session: { flagged: 2, blocked: 2 }, ip: none });
    const many = decideEscalation({ session: { flagged: 0, blocked: 100 }, ip: none });
    expect(first).toEqual({ action: 'block', retryAfterSeconds: DEFAULT_RATE_POLICY.blockSeconds, decidedBy: 'session' });
    expect(next.retryAfterSeconds).toBe(2 * first.retryAfterSeconds);
    expect(many.retryAfterSeconds).toBe(DEFAULT_RATE_POLICY.maxBlockSeconds);
  });

  it('gives a shared IP more room than a session', () => {
    expect(decideEscalation({ session: none, ip: { flagged: 4, blocked: 0 } }).action).toBe('allow');
    expect(decideEscalation({ session: none, ip: { flagged: 6, blocked: 0 } })).toMatchObject({ action: 'slow', decidedBy: 'ip' });
    expect(decideEscalation({ session: none, ip: { flagged: 15, blocked: 0 } })).toMatchObject({ action: 'block', decidedBy: 'ip' });
  });

  it('takes the stricter of session and IP', () => {
    const d = decideEscalation({ session: { flagged: 2, blocked: 0 }, ip: { flagged: 0, blocked: 10 } });
    expect(d).toMatchObject({ action: 'block', decidedBy: 'ip' });
  });

  it('counts down from the last offence and lets the sender go on once it has passed', () => {
    const counts = { session: { flagged: 1, blocked: 2 }, ip: none };
    expect(decideEscalation({ ...counts, secondsSinceLastOffence: 60 })).toMatchObject({ action: 'block', retryAfterSeconds: DEFAULT_RATE_POLICY.blockSeconds - 60 });
    expect(decideEscalation({ ...counts, secondsSinceLastOffence: DEFAULT_RATE_POLICY.blockSeconds })).toEqual({ action: 'allow', retryAfterSeconds: 0 });
  });

  it('treats negative counts as zero', () => {
    expect(decideEscalation({ session: { flagged: -5, blocked: -1 }, ip: none }).action).toBe('allow');
  });

  it('takes its thresholds from options and rejects ones that cannot work', () => {
    const strict = createRatePolicy({ strikesToSlow: 1, strikesToBlock: 2, blockSeconds: 60 });
    expect(strict({ session: { flagged: 1, blocked: 0 }, ip: none }).action).toBe('slow');
    expect(strict({ session: { flagged: 0, blocked: 1 }, ip: none })).toMatchObject({ action: 'block', retryAfterSeconds: 60 });
    expect(() => createRatePolicy({ strikesToSlow: 3, strikesToBlock: 2 })).toThrow();
  });
});
