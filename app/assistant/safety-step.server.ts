// What happens after the safety screen flags or blocks a message: the merchant sees it (a
// SafetyFlag row, the message and conversation marked), and repeat offenders are slowed, then
// blocked, per conversation and per IP (escalation policy in safety/rate-policy).
import type { Db } from '~/db/client.server';
import type { ScreenResult } from '~/safety/screen';
import { decideEscalation } from '~/safety/rate-policy';
import { block, recentStrikes } from './limits.server';

export interface ScreenedMessage {
  shop: string;
  conversationId: string;
  messageId: string;
  ipHash: string | null;
  screen: ScreenResult;
}

export async function handleScreened(db: Db, m: ScreenedMessage): Promise<void> {
  await db.safetyFlag.create({
    data: {
      shop: m.shop,
      conversationId: m.conversationId,
      messageId: m.messageId,
      verdict: m.screen.verdict,
      categories: JSON.stringify(m.screen.categories),
      reasons: JSON.stringify(m.screen.reasons),
      ipHash: m.ipHash,
    },
  });
  await db.message.update({ where: { id: m.messageId }, data: { flagged: true, meta: JSON.stringify({ screen: { verdict: m.screen.verdict, categories: m.screen.categories } }) } });
  await db.conversation.update({ where: { id: m.conversationId }, data: { flagged: true } });

  const strikes = await recentStrikes(db, m.shop, m.conversationId, m.ipHash);
  const decision = decideEscalation({ session: strikes.conversation, ip: strikes.ip });
  if (decision.action === 'allow') return;
  // "slow" is a short pause, "block" a long one; both are Block rows every instance honours.
  const until = new Date(Date.now() + decision.retryAfterSeconds * 1000);
  const reason = `${decision.action}: ${m.screen.categories.join(',')}`;
  await block(db, m.shop, 'conversation', m.conversationId, until, reason);
  if (m.ipHash && decision.decidedBy === 'ip') await block(db, m.shop, 'ip', m.ipHash, until, reason);
}
