// What to do with a session (and its IP address) that keeps sending messages the screen flags
// or blocks. Pure: counting offences in a time window and remembering when the last one was is
// the caller's storage; this only decides. A blocked message weighs two strikes, a flagged one
// one. A couple of strikes slow the session down, more block it for a while, and a block grows
// with every further strike. An IP gets more room than a session: many shoppers can share one
// (offices, mobile carriers), and one abusive session should not lock them all out.

export interface OffenceCounts {
  flagged: number;
  blocked: number;
}

export interface RateInput {
  session: OffenceCounts;
  ip: OffenceCounts;
  /** Seconds since the most recent offence; when the penalty has run out the sender may go on. */
  secondsSinceLastOffence?: number;
}

export type RateAction = 'allow' | 'slow' | 'block';

export interface RateDecision {
  action: RateAction;
  /** 0 for allow; otherwise how long the client should wait before sending again. */
  retryAfterSeconds: number;
  /** Which counter decided ('session' or 'ip'), for logs. */
  decidedBy?: 'session' | 'ip';
}

export interface RatePolicyOptions {
  strikesToSlow: number;
  strikesToBlock: number;
  /** Wait imposed at the first slow-down; each further strike adds the same again. */
  slowSeconds: number;
  /** First block; doubles with each strike beyond strikesToBlock. */
  blockSeconds: number;
  maxBlockSeconds: number;
  /** An IP's thresholds are the session's times this. */
  ipFactor: number;
}

export const DEFAULT_RATE_POLICY: RatePolicyOptions = {
  strikesToSlow: 2,
  strikesToBlock: 5,
  slowSeconds: 10,
  blockSeconds: 15 * 60,
  maxBlockSeconds: 24 * 60 * 60,
  ipFactor: 3,
};

function strikes(counts: OffenceCounts): number {
  return Math.max(0, counts.flagged) + 2 * Math.max(0, counts.blocked);
}

function decideFor(count: number, o: RatePolicyOptions, factor: number): Omit<RateDecision, 'decidedBy'> {
  const toBlock = o.strikesToBlock * factor;
  const toSlow = o.strikesToSlow * factor;
  if (count >= toBlock) {
    // Strikes beyond the threshold are counted in units of `factor` so an IP escalates at the
    // same pace, relative to its larger allowance, as a session does.
    const beyond = Math.floor((count - toBlock) / factor);
    const seconds = Math.min(o.maxBlockSeconds, o.blockSeconds * 2 ** Math.min(beyond, 30));
    return { action: 'block', retryAfterSeconds: seconds };
  }
  if (count >= toSlow) {
    const steps = Math.floor((count - toSlow) / factor) + 1;
    return { action: 'slow', retryAfterSeconds: Math.min(o.blockSeconds, o.slowSeconds * steps) };
  }
  return { action: 'allow', retryAfterSeconds: 0 };
}

const SEVERITY: Record<RateAction, number> = { allow: 0, slow: 1, block: 2 };

export function createRatePolicy(options: Partial<RatePolicyOptions> = {}) {
  const o: RatePolicyOptions = { ...DEFAULT_RATE_POLICY, ...options };
  if (!(o.strikesToSlow > 0 && o.strikesToBlock > o.strikesToSlow && o.ipFactor >= 1)) {
    throw new Error('rate policy: need 0 < strikesToSlow < strikesToBlock and ipFactor >= 1');
  }
  return function decideEscalation(input: RateInput): RateDecision {
    const bySession = { ...decideFor(strikes(input.session), o, 1), decidedBy: 'session' as const };
    const byIp = { ...decideFor(strikes(input.ip), o, o.ipFactor), decidedBy: 'ip' as const };
    const stricter =
      SEVERITY[byIp.action] > SEVERITY[bySession.action] ||
      (byIp.action === bySession.action && byIp.retryAfterSeconds > bySession.retryAfterSeconds)
        ? byIp
        : bySession;
    if (stricter.action === 'allow') return { action: 'allow', retryAfterSeconds: 0 };
    const elapsed = input.secondsSinceLastOffence;
    if (elapsed !== undefined) {
      const remaining = Math.ceil(stricter.retryAfterSeconds - Math.max(0, elapsed));
      if (remaining <= 0) return { action: 'allow', retryAfterSeconds: 0 };
      return { ...stricter, retryAfterSeconds: remaining };
    }
    return stricter;
  };
}

/** The policy with DEFAULT_RATE_POLICY. */
export const decideEscalation = createRatePolicy();
