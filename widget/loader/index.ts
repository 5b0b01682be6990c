// The only script every page loads (deferred): it draws the launcher in a shadow root and nothing
// else. The chat UI (aisle-chat.js/.css) is fetched when the shopper reaches for the launcher
// (hover, focus, touch), prefetched when the browser is idle, and run on the first click — or right
// away when the panel was open on the previous page, so a conversation survives navigation.
import type { ChatConfig } from '../shared/config';
import { readConfig } from '../shared/config';
import { palette, parseColour, luminance } from '../shared/colour';
import { h, icon, ICONS } from '../shared/dom';
import type { ChatModule } from '../chat/index';
import type { ChatController, OpenOptions } from '../chat/panel';

type Idle = (cb: () => void, opts?: { timeout: number }) => number;
const whenIdle: Idle = (window as unknown as { requestIdleCallback?: Idle }).requestIdleCallback ?? ((cb) => window.setTimeout(cb, 1500));

/** The theme's accent: its colour variables (Dawn and others), else its buttons, else its links. */
function themeAccent(): string {
  const rootStyle = getComputedStyle(document.documentElement);
  for (const name of ['--color-button', '--color-base-accent-1', '--color-accent', '--color-primary', '--accent-color']) {
    const value = rootStyle.getPropertyValue(name).trim();
    if (parseColour(value)) return value;
  }
  // Near-white or near-black surfaces say nothing about the brand.
  const branded = (c: string | undefined) => {
    const rgb = c ? parseColour(c) : null;
    return rgb && luminance(rgb) < 0.7 && luminance(rgb) > 0.01 ? c! : '';
  };
  const button = document.querySelector('main button, main .button, main [type="submit"]');
  const fromButton = branded(button ? getComputedStyle(button).backgroundColor : undefined);
  if (fromButton) return fromButton;
  // The first few links: a logo link is often plain black, the navigation carries the colour.
  for (const link of [...document.querySelectorAll('a[href]')].slice(0, 12)) {
    const colour = branded(getComputedStyle(link).color);
    if (colour) return colour;
  }
  return '';
}

function boot(): void {
  const cfg = readConfig<ChatConfig>(document.getElementById('aisle-chat-config'));
  if (!cfg || document.querySelector('aisle-chat')) return;

  const host = document.createElement('aisle-chat');
  host.setAttribute('data-position', cfg.settings.position === 'left' ? 'left' : 'right');
  const colours = palette(cfg.settings.accent || themeAccent(), cfg.settings.accentText);
  host.style.setProperty('--aisle-accent', colours.accent);
  host.style.setProperty('--aisle-on-accent', colours.onAccent);
  host.style.setProperty('--aisle-accent-text', colours.accentText);
  host.style.setProperty('--aisle-font', getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif');
  const root = host.attachShadow({ mode: 'open' });

  const label = cfg.settings.label || cfg.strings.open;
  const launcher = h(
    'button',
    { type: 'button', class: 'launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', hidden: true },
    icon(ICONS.chat, 22),
    h('span', { class: 'label' }, label),
  );
  const css = h('link', { rel: 'stylesheet', href: cfg.assets.launcherCss });
  // Shown once styled: a fixed-position button, so appearing later shifts no layout.
  const show = () => (launcher.hidden = false);
  css.addEventListener('load', show);
  css.addEventListener('error', show);
  root.append(css, launcher);
  document.body.appendChild(host);

  let loading: Promise<ChatController> | null = null;
  const load = (): Promise<ChatController> =>
    (loading ??= new Promise<ChatController>((resolve, reject) => {
      const chatCss = h('link', { rel: 'stylesheet', href: cfg.assets.chatCss });
      const cssReady = new Promise<void>((r) => {
        chatCss.addEventListener('load', () => r());
        chatCss.addEventListener('error', () => r());
      });
      root.insertBefore(chatCss, launcher);
      const script = document.createElement('script');
      script.src = cfg.assets.chatJs;
      script.async = true;
      script.onload = () => {
        const mod = (window as unknown as { __aisle?: { chat?: ChatModule } }).__aisle?.chat;
        if (!mod) return reject(new Error('aisle chat did not register'));
        void cssReady.then(() => resolve(mod.mount(root, cfg, launcher)));
      };
      script.onerror = () => {
        loading = null;
        reject(new Error('aisle chat failed to load'));
      };
      document.head.appendChild(script);
    }));

  const open = async (opts?: OpenOptions) => {
    launcher.setAttribute('aria-busy', 'true');
    try {
      await (await load()).open(opts);
    } catch {
      // Offline before the chat ever loaded: the launcher stays, a later click tries again.
    } finally {
      launcher.removeAttribute('aria-busy');
    }
  };

  for (const warm of ['pointerenter', 'focus', 'touchstart'])
    launcher.addEventListener(warm, () => void load().catch(() => {}), { once: true, passive: true });
  launcher.addEventListener('click', async () => {
    const chat = loading ? await loading.catch(() => null) : null;
    if (chat?.isOpen()) chat.close();
    else await open();
  });

  // Other blocks (the compare block's "Ask the assistant") open the chat with a message.
  document.addEventListener('aisle:open', (e) => void open({ message: (e as CustomEvent<{ message?: string }>).detail?.message }));
  (window as unknown as { Aisle?: unknown }).Aisle = { open: (message?: string) => open({ message }) };

  let wasOpen = false;
  try {
    wasOpen = sessionStorage.getItem('aisle:open') === '1';
  } catch {
    // Storage disabled: nothing to restore.
  }
  whenIdle(
    () => {
      // On phones the panel covers the page: don't throw it over the page the shopper just opened.
      if (wasOpen && innerWidth > 640) return void open({ focus: false });
      const saveData = (navigator as unknown as { connection?: { saveData?: boolean } }).connection?.saveData;
      if (saveData) return;
      for (const [href, as] of [
        [cfg.assets.chatJs, 'script'],
        [cfg.assets.chatCss, 'style'],
      ]) {
        document.head.appendChild(h('link', { rel: 'prefetch', href, as }));
      }
    },
    { timeout: 4000 },
  );
}

// After the page's first frame: its styles are computed by then, so reading the theme's colours
// costs no extra style pass, and nothing here competes with the theme's own first paint.
const start = () => requestAnimationFrame(() => setTimeout(boot, 0));
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
