// The compare block's own script (loaded on product pages with the block): it waits until the
// block is about to scroll into view, then loads the comparison UI (aisle-compare-ui.js/.css).
import { readConfig, type CompareConfig } from '../shared/config';

export interface CompareModule {
  mount(host: HTMLElement, cfg: CompareConfig): void;
}

let ui: Promise<CompareModule> | null = null;

function loadUi(cfg: CompareConfig): Promise<CompareModule> {
  return (ui ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = cfg.assets.uiJs;
    script.async = true;
    script.onload = () => {
      const mod = (window as unknown as { __aisle?: { compare?: CompareModule } }).__aisle?.compare;
      if (mod) resolve(mod);
      else reject(new Error('aisle compare did not register'));
    };
    script.onerror = () => {
      ui = null;
      reject(new Error('aisle compare failed to load'));
    };
    document.head.appendChild(script);
  }));
}

function start(host: HTMLElement): void {
  if (host.dataset.aisleMounted) return;
  host.dataset.aisleMounted = '1';
  const cfg = readConfig<CompareConfig>(host);
  if (!cfg) return;
  void loadUi(cfg)
    .then((mod) => mod.mount(host, cfg))
    .catch(() => host.removeAttribute('data-aisle-mounted'));
}

function boot(): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-aisle-compare]')];
  if (!('IntersectionObserver' in window)) return blocks.forEach(start);
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        start(e.target as HTMLElement);
      }
    },
    { rootMargin: '600px 0px' },
  );
  blocks.forEach((b) => io.observe(b));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
