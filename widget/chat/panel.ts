// The chat panel: a modal dialog with the conversation log, the composer and a status line for
// offline/slow/limited/blocked states. Replies stream in as they arrive; products, comparisons and
// the forms or quick replies the assistant asks for are rendered under the reply they belong to.
import { fill, type ChatConfig, type Strings } from '../shared/config';
import { addToCart } from '../shared/cart';
import { h, icon, ICONS } from '../shared/dom';
import { productCard, type CardContext } from '../shared/product-card';
import type { ChatAction, ComparisonTable, ProductView, TurnReply } from '../shared/types';
import { ChatError, createChatClient, type ChatHandlers, type HistoryMessage } from './api';
import { comparisonTable } from './comparison-table';
import { focusables, trapFocus } from './focus-trap';
import { handoffForm, orderLookupForm } from './forms';
import { renderMarkdown } from './render-markdown';
import { createChatStorage } from './storage';

/** After this long without a first word, tell the shopper it's still working. */
const SLOW_MS = 6000;

export interface OpenOptions {
  /** Send this message once the panel is open (e.g. "Ask the assistant about these"). */
  message?: string;
  /** Move focus into the panel (false when restoring an open panel after navigation). */
  focus?: boolean;
}

export interface ChatController {
  open(opts?: OpenOptions): Promise<void>;
  close(): void;
  isOpen(): boolean;
}

export function createPanel(root: ShadowRoot, cfg: ChatConfig, launcher: HTMLButtonElement): ChatController {
  const s: Strings = cfg.strings;
  const client = createChatClient({ proxy: cfg.proxy });
  const storage = createChatStorage(cfg.shop);
  let conversationId = storage.conversationId();
  let busy = false;
  let restored = false;
  let queued: string | null = null;
  let lastUserMessage = '';
  let blockedUntil = 0;

  // ---- structure -------------------------------------------------------------------------------
  const announcer = h('div', { class: 'sr', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const announce = (message: string) => {
    announcer.textContent = '';
    // A fresh node each time, so the same words twice are announced twice.
    setTimeout(() => (announcer.textContent = message), 50);
  };
  const cardCtx: CardContext = { locale: cfg.locale, routes: cfg.routes, strings: s, announce };

  const log = h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-label': s.conversation,
    tabindex: 0,
  });
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const input = h('textarea', {
    id: 'aisle-input',
    class: 'input',
    rows: 1,
    maxlength: 2000,
    placeholder: s.placeholder,
    enterkeyhint: 'send',
    autocomplete: 'off',
  });
  const sendButton = h('button', { type: 'submit', class: 'send', 'aria-label': s.send, title: s.send }, icon(ICONS.send));
  const composer = h('form', { class: 'composer' }, h('label', { for: 'aisle-input', class: 'sr' }, s.inputLabel), input, sendButton);
  const closeButton = h('button', { type: 'button', class: 'icon-btn', 'aria-label': s.close, title: s.close }, icon(ICONS.close));
  const newButton = h(
    'button',
    { type: 'button', class: 'icon-btn', 'aria-label': s.newConversation, title: s.newConversation },
    icon(ICONS.refresh),
  );
  const panel = h(
    'div',
    { class: 'panel', id: 'aisle-panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'aisle-title', hidden: true },
    h('div', { class: 'head' }, h('h2', { id: 'aisle-title' }, s.title), newButton, closeButton),
    log,
    status,
    composer,
    announcer,
  );
  root.appendChild(panel);
  launcher.setAttribute('aria-controls', 'aisle-panel');

  trapFocus(panel, root, () => close());
  closeButton.addEventListener('click', () => close());
  newButton.addEventListener('click', () => {
    conversationId = null;
    storage.setConversationId(null);
    log.replaceChildren();
    setStatus(null);
    greet();
    input.focus();
  });

  // ---- messages --------------------------------------------------------------------------------
  let stickToBottom = true;
  log.addEventListener('scroll', () => (stickToBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40));
  const scroll = () => {
    if (stickToBottom) log.scrollTop = log.scrollHeight;
  };

  function userMessage(text: string): HTMLElement {
    const el = h('div', { class: 'msg user' }, h('div', { class: 'bubble' }, h('span', { class: 'sr' }, `${s.you}: `), text));
    log.appendChild(el);
    stickToBottom = true;
    scroll();
    return el;
  }

  interface BotMessage {
    el: HTMLElement;
    text(delta: string): void;
    setText(full: string): void;
    products(list: ProductView[]): void;
    comparison(c: ComparisonTable): void;
    actions(list: ChatAction[], latest: boolean): void;
    finish(messageId: string | null, feedback?: number | null): void;
  }

  function botMessage(streaming: boolean): BotMessage {
    const body = h('div', { class: 'md' });
    const bubble = h('div', { class: 'bubble' }, h('span', { class: 'sr' }, `${s.assistant}: `), body);
    const extras = h('div', { class: 'extras' });
    const el = h('div', { class: 'msg bot', 'aria-busy': streaming ? 'true' : null }, bubble, extras);
    if (streaming)
      body.appendChild(
        h('span', { class: 'typing' }, h('span', { class: 'dots', 'aria-hidden': 'true' }), h('span', { class: 'sr' }, s.typing)),
      );
    log.appendChild(el);
    scroll();
    let source = '';
    let frame = 0;
    // Re-render on the next frame, not per delta: a burst of tokens costs one layout.
    const paint = () => {
      frame = 0;
      body.replaceChildren(renderMarkdown(source));
      scroll();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    return {
      el,
      text(delta) {
        source += delta;
        schedule();
      },
      setText(full) {
        if (full === source && !frame) return;
        source = full;
        schedule();
      },
      products(list) {
        if (!list.length) return;
        extras.appendChild(
          h(
            'ul',
            { class: 'cards' },
            list.map((p) => h('li', {}, productCard(p, cardCtx))),
          ),
        );
        scroll();
      },
      comparison(c) {
        extras.appendChild(comparisonTable(c, s));
        scroll();
      },
      actions(list, latest) {
        for (const a of list) {
          const node = actionNode(a, latest);
          if (node) extras.appendChild(node);
        }
        scroll();
      },
      finish(messageId, feedback) {
        if (frame) {
          cancelAnimationFrame(frame);
          paint();
        }
        el.removeAttribute('aria-busy');
        if (messageId && conversationId) el.appendChild(feedbackButtons(conversationId, messageId, feedback ?? null));
      },
    };
  }

  function actionNode(a: ChatAction, latest: boolean): HTMLElement | null {
    switch (a.type) {
      case 'add_to_cart': {
        const button = h('button', { type: 'button', class: 'primary' }, fill(s.addAction, { title: a.title }));
        button.addEventListener('click', async () => {
          button.disabled = true;
          const result = await addToCart(cfg.routes, a.variantId, a.quantity || 1);
          button.disabled = false;
          announce(result.ok ? `${s.added}: ${a.title}` : result.message ? `${s.cartError} ${result.message}` : s.cartError);
          if (result.ok) button.textContent = `✓ ${s.added}`;
        });
        return h('div', { class: 'action' }, button);
      }
      case 'quick_replies':
        if (!latest || !a.replies.length) return null;
        return quickReplies(a.replies);
      case 'order_lookup_form':
        return latest ? orderLookupForm(s, (m) => void send(m)) : null;
      case 'handoff_form':
        return latest ? handoffForm(s, lastUserMessage, (m) => void send(m)) : null;
      default:
        return null;
    }
  }

  function quickReplies(replies: string[]): HTMLElement {
    return h(
      'div',
      { class: 'quick', role: 'group', 'aria-label': s.suggestionsLabel },
      replies.slice(0, 6).map((r) => h('button', { type: 'button', class: 'chip', onClick: () => void send(r) }, r)),
    );
  }

  function feedbackButtons(convId: string, messageId: string, initial: number | null): HTMLElement {
    let value = initial ?? 0;
    const up = h('button', { type: 'button', class: 'thumb', 'aria-label': s.helpful, title: s.helpful }, icon(ICONS.thumbUp, 16));
    const down = h(
      'button',
      { type: 'button', class: 'thumb', 'aria-label': s.notHelpful, title: s.notHelpful },
      icon(ICONS.thumbDown, 16),
    );
    const sync = () => {
      up.setAttribute('aria-pressed', String(value === 1));
      down.setAttribute('aria-pressed', String(value === -1));
    };
    const rate = async (v: 1 | -1) => {
      const previous = value;
      value = value === v ? 0 : v;
      sync();
      const ok = await client.feedback(convId, messageId, value as 1 | -1 | 0);
      if (!ok) {
        value = previous;
        sync();
      } else if (value !== 0) announce(s.thanks);
    };
    up.addEventListener('click', () => void rate(1));
    down.addEventListener('click', () => void rate(-1));
    sync();
    return h('div', { class: 'feedback', role: 'group', 'aria-label': s.rate }, up, down);
  }

  function clearQuickReplies() {
    log.querySelectorAll('.quick').forEach((q) => q.remove());
  }

  function greet() {
    const bot = botMessage(false);
    bot.setText(cfg.settings.greeting || s.greeting);
    bot.finish(null);
    const suggestions = (cfg.settings.suggestions || '')
      .split(/\r?\n/)
      .map((q) => q.trim())
      .filter(Boolean);
    if (suggestions.length) bot.el.querySelector('.extras')!.appendChild(quickReplies(suggestions));
  }

  // ---- states ----------------------------------------------------------------------------------
  function setStatus(text: string | null, kind: 'info' | 'warn' | 'error' = 'info', action?: { label: string; run: () => void }) {
    status.replaceChildren();
    status.className = `status ${kind}`;
    if (!text) return;
    status.append(h('span', {}, text));
    if (action) status.append(h('button', { type: 'button', class: 'link-btn', onClick: action.run }, action.label));
  }

  function setComposer(enabled: boolean) {
    input.readOnly = !enabled;
    sendButton.disabled = !enabled;
    composer.setAttribute('aria-busy', String(!enabled));
  }

  function pauseSending(seconds: number) {
    blockedUntil = Date.now() + seconds * 1000;
    setComposer(false);
    setTimeout(() => {
      if (Date.now() >= blockedUntil) {
        setComposer(true);
        setStatus(null);
      }
    }, seconds * 1000);
  }

  function showError(error: unknown, message: string) {
    const e = error instanceof ChatError ? error : new ChatError(0, 'network');
    const retry = { label: s.retry, run: () => void send(message) };
    if (e.status === 0 && !navigator.onLine) {
      queued = message;
      setStatus(s.offline, 'warn');
    } else if (e.code === 'rate_limited' || e.status === 429) {
      const seconds = Math.max(1, Math.ceil(e.retryAfterSeconds ?? 10));
      setStatus(fill(s.rateLimited, { seconds }), 'warn');
      pauseSending(seconds);
    } else if (e.code === 'blocked') {
      setStatus(s.blocked, 'error');
      if (e.retryAfterSeconds) pauseSending(Math.min(e.retryAfterSeconds, 3600));
    } else if (e.code === 'conversation_limit' || e.status === 409) {
      setStatus(s.conversationLimit, 'warn', { label: s.newConversation, run: () => newButton.click() });
    } else if (e.status === 413 || e.status === 400) {
      setStatus(s.tooLong, 'warn');
    } else {
      setStatus(s.error, 'error', retry);
    }
  }

  // ---- sending ---------------------------------------------------------------------------------
  async function send(text: string): Promise<void> {
    const message = text.trim();
    if (!message || busy) return;
    if (Date.now() < blockedUntil) return;
    clearQuickReplies();
    setStatus(null);
    lastUserMessage = message;
    const mine = userMessage(message);
    if (!navigator.onLine) {
      // Kept on screen and sent when the connection is back.
      queued = message;
      mine.classList.add('pending');
      setStatus(s.offline, 'warn');
      return;
    }
    busy = true;
    setComposer(false);
    const bot = botMessage(true);
    const slow = setTimeout(() => setStatus(s.slow, 'info'), SLOW_MS);
    const handlers: ChatHandlers = {
      onStart: (id) => {
        conversationId = id;
        storage.setConversationId(id);
      },
      onText: (delta) => {
        clearTimeout(slow);
        bot.text(delta);
      },
      onProducts: (list) => bot.products(list),
      onComparison: (c) => bot.comparison(c),
      onActions: (list) => bot.actions(list, true),
    };
    try {
      let reply: TurnReply;
      try {
        reply = await client.send({ conversationId: conversationId ?? undefined, message, locale: cfg.locale }, handlers);
      } catch (error) {
        // The server forgot this conversation (expired, or another customer logged in): start anew.
        if (!(error instanceof ChatError && error.code === 'conversation_not_found')) throw error;
        conversationId = null;
        storage.setConversationId(null);
        reply = await client.send({ message, locale: cfg.locale }, handlers);
      }
      conversationId = reply.conversationId;
      storage.setConversationId(reply.conversationId);
      bot.setText(reply.reply);
      bot.finish(reply.messageId);
      setStatus(null);
    } catch (error) {
      bot.el.remove();
      mine.remove();
      // Give the words back so nothing typed is lost.
      if (!input.value) input.value = message;
      showError(error, message);
    } finally {
      clearTimeout(slow);
      busy = false;
      if (Date.now() >= blockedUntil) setComposer(true);
    }
  }

  window.addEventListener('online', () => {
    if (!queued) return;
    const message = queued;
    queued = null;
    log.querySelectorAll('.msg.pending').forEach((m) => m.remove());
    setStatus(null);
    void send(message);
  });
  window.addEventListener('offline', () => setStatus(s.offline, 'warn'));

  composer.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value;
    if (!text.trim() || busy || input.readOnly) return;
    input.value = '';
    autosize();
    void send(text);
  });
  input.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter adds a line; never while an IME is composing.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      composer.requestSubmit();
    }
  });
  const autosize = () => {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
  };
  input.addEventListener('input', autosize);

  // ---- resume ----------------------------------------------------------------------------------
  function renderHistory(messages: HistoryMessage[]) {
    const lastBot = messages.map((m) => m.role).lastIndexOf('assistant');
    messages.forEach((m, i) => {
      if (m.role === 'user') {
        userMessage(m.content);
        lastUserMessage = m.content;
        return;
      }
      const bot = botMessage(false);
      bot.setText(m.content);
      if (m.products?.length) bot.products(m.products);
      if (m.comparison) bot.comparison(m.comparison);
      if (m.actions?.length) bot.actions(m.actions, i === lastBot && i === messages.length - 1);
      bot.finish(m.id, m.feedback);
    });
  }

  async function restore() {
    if (restored) return;
    restored = true;
    if (!conversationId) return greet();
    setStatus(s.loading);
    try {
      const history = await client.history(conversationId);
      setStatus(null);
      if (!history || !history.messages.length) {
        conversationId = null;
        storage.setConversationId(null);
        return greet();
      }
      renderHistory(history.messages);
    } catch {
      // The conversation is still stored: a later open will try again.
      restored = false;
      setStatus(s.error, 'error', { label: s.retry, run: () => void restore() });
    }
  }

  // ---- open / close ----------------------------------------------------------------------------
  async function open(opts: OpenOptions = {}) {
    const wasHidden = panel.hidden;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    root.host.classList.add('is-open');
    storage.setOpen(true);
    if (wasHidden) stickToBottom = true;
    const restoring = restore();
    if (opts.focus !== false) input.focus();
    await restoring;
    scroll();
    if (opts.message) await send(opts.message);
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    root.host.classList.remove('is-open');
    storage.setOpen(false);
    launcher.focus();
  }

  // Clicking outside the panel does not close it (a dialog with unsent text should not vanish),
  // but focus that escapes to the page (e.g. a screen reader's virtual cursor) is pulled back.
  document.addEventListener('focusin', (e) => {
    if (!panel.hidden && e.target !== root.host) focusables(panel)[0]?.focus();
  });

  return { open, close, isOpen: () => !panel.hidden };
}
