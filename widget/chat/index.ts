// The lazy chunk: the full chat UI, loaded by the loader on first interaction with the launcher
// (or when a conversation was open on the previous page). It registers itself for the loader.
import type { ChatConfig } from '../shared/config';
import { createPanel, type ChatController } from './panel';

export interface ChatModule {
  mount(root: ShadowRoot, cfg: ChatConfig, launcher: HTMLButtonElement): ChatController;
}

const mod: ChatModule = { mount: createPanel };
const w = window as unknown as { __aisle?: Record<string, unknown> };
(w.__aisle ??= {}).chat = mod;
document.dispatchEvent(new CustomEvent('aisle:chat-loaded'));
