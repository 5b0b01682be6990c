// Versions of the assistant settings. The live settings are ShopSettings.assistant; every change
// that goes live (a save on the Settings page, a publish from the prompt studio, a rollback) also
// writes a numbered PromptVersion in the same transaction, so history is complete and any version
// can be restored. The studio's draft is a separate working copy that never affects shoppers.
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import { parseSettings } from '~/assistant/settings';
import type { AssistantSettings } from '~/assistant/types';

export interface VersionMeta {
  author: string;
  /** 'settings' | 'publish' | 'rollback:<n>' | free text from the merchant. */
  note: string;
}

export interface VersionRow {
  version: number;
  author: string;
  note: string;
  createdAt: string;
  settings: AssistantSettings;
}

function toRow(r: { version: number; author: string; note: string; createdAt: Date; settings: string }): VersionRow {
  return { version: r.version, author: r.author, note: r.note, createdAt: r.createdAt.toISOString(), settings: parseSettings(r.settings) };
}

/** Makes `settings` live as the next version. Two publishes at once: one fails on the unique key, none is lost silently. */
export async function publishSettings(db: Db, shop: string, settings: AssistantSettings, meta: VersionMeta): Promise<{ version: number }> {
  return inTransaction(db, async (tx) => {
    const last = await tx.promptVersion.findFirst({ where: { shop }, orderBy: { version: 'desc' }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    const json = JSON.stringify(settings);
    await tx.promptVersion.create({ data: { shop, version, settings: json, author: meta.author.slice(0, 120), note: meta.note.slice(0, 300) } });
    await tx.shopSettings.upsert({ where: { shop }, create: { shop, assistant: json }, update: { assistant: json } });
    return { version };
  });
}

export async function liveSettings(db: Db, shop: string): Promise<AssistantSettings> {
  const row = await db.shopSettings.findUnique({ where: { shop }, select: { assistant: true } });
  return parseSettings(row?.assistant);
}

export async function listVersions(db: Db, shop: string, take = 50): Promise<VersionRow[]> {
  const rows = await db.promptVersion.findMany({ where: { shop }, orderBy: { version: 'desc' }, take });
  return rows.map(toRow);
}

export async function getVersion(db: Db, shop: string, version: number): Promise<VersionRow | null> {
  const row = await db.promptVersion.findUnique({ where: { shop_version: { shop, version } } });
  return row ? toRow(row) : null;
}

/** Restores an earlier version by publishing a copy of it: history only ever grows. */
export async function rollbackTo(db: Db, shop: string, version: number, author: string): Promise<{ version: number } | null> {
  const old = await getVersion(db, shop, version);
  if (!old) return null;
  return publishSettings(db, shop, old.settings, { author, note: `rollback:${version}` });
}

export interface Draft {
  settings: AssistantSettings;
  baseVersion: number;
  updatedAt: string | null;
  /** True when a saved draft exists (otherwise the draft is a copy of the live settings). */
  saved: boolean;
}

export async function getDraft(db: Db, shop: string): Promise<Draft> {
  const row = await db.promptDraft.findUnique({ where: { shop } });
  if (row) return { settings: parseSettings(row.settings), baseVersion: row.baseVersion, updatedAt: row.updatedAt.toISOString(), saved: true };
  const last = await db.promptVersion.findFirst({ where: { shop }, orderBy: { version: 'desc' }, select: { version: true } });
  return { settings: await liveSettings(db, shop), baseVersion: last?.version ?? 0, updatedAt: null, saved: false };
}

export async function saveDraft(db: Db, shop: string, settings: AssistantSettings, author: string): Promise<void> {
  const last = await db.promptVersion.findFirst({ where: { shop }, orderBy: { version: 'desc' }, select: { version: true } });
  const data = { settings: JSON.stringify(settings), author: author.slice(0, 120) };
  await db.promptDraft.upsert({ where: { shop }, create: { shop, baseVersion: last?.version ?? 0, ...data }, update: data });
}

export async function discardDraft(db: Db, shop: string): Promise<void> {
  await db.promptDraft.deleteMany({ where: { shop } });
}

/** Publishes the saved draft and clears it. */
export async function publishDraft(db: Db, shop: string, author: string, note: string): Promise<{ version: number } | null> {
  const row = await db.promptDraft.findUnique({ where: { shop } });
  if (!row) return null;
  const published = await publishSettings(db, shop, parseSettings(row.settings), { author, note: note.trim() || 'publish' });
  await db.promptDraft.deleteMany({ where: { shop, updatedAt: row.updatedAt } });
  return published;
}
