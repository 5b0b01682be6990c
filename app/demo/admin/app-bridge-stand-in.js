// Demo mode only: a small stand-in for the App Bridge calls Aisle's admin uses, so the embedded
// admin works in a plain browser with no Shopify admin around it and no CDN. Production loads the
// real App Bridge from Shopify's CDN; this file is served by the demo server alone.
(function () {
  if (window.shopify) return;
  var toastHost;
  function toast(message, opts) {
    if (!toastHost) {
      toastHost = document.createElement('div');
      toastHost.setAttribute('role', 'status');
      toastHost.setAttribute('aria-live', 'polite');
      toastHost.style.cssText = 'position:fixed;bottom:24px;left:50%;transform:translateX(-50%);z-index:9999;display:flex;flex-direction:column;gap:8px';
      document.body.appendChild(toastHost);
    }
    var el = document.createElement('div');
    el.className = 'demo-toast';
    el.textContent = message;
    el.style.cssText = 'background:' + (opts && opts.isError ? '#8e1f0b' : '#1a1a1a') + ';color:#fff;padding:10px 16px;border-radius:8px;font:14px system-ui';
    toastHost.appendChild(el);
    setTimeout(function () { el.remove(); }, (opts && opts.duration) || 5000);
    return 'toast-' + Date.now();
  }
  function saveBar(id) { return document.getElementById(id); }
  window.shopify = {
    config: { apiKey: document.currentScript && document.currentScript.dataset.apiKey },
    environment: { embedded: false, mobile: false, pos: false },
    toast: { show: toast, hide: function () {} },
    loading: function () {},
    idToken: function () { return fetch('/demo/id-token').then(function (r) { return r.text(); }); },
    saveBar: {
      show: function (id) { var el = saveBar(id); if (el) el.setAttribute('data-open', ''); return Promise.resolve(); },
      hide: function (id) { var el = saveBar(id); if (el) el.removeAttribute('data-open'); return Promise.resolve(); },
      toggle: function (id) { var el = saveBar(id); if (el) el.toggleAttribute('data-open'); return Promise.resolve(); },
      leaveConfirmation: function () { return Promise.resolve(); },
    },
  };
  // <ui-save-bar> as App Bridge defines it: show()/hide() methods and show/hide events, used by
  // the SaveBar React component; its child buttons stay real buttons.
  if (window.customElements && !customElements.get('ui-save-bar')) {
    customElements.define('ui-save-bar', class extends HTMLElement {
      show() { this.setAttribute('data-open', ''); this.dispatchEvent(new Event('show')); return Promise.resolve(); }
      hide() { if (!this.hasAttribute('data-open')) return Promise.resolve(); this.removeAttribute('data-open'); this.dispatchEvent(new Event('hide')); return Promise.resolve(); }
      toggle() { return this.hasAttribute('data-open') ? this.hide() : this.show(); }
    });
  }
  var css = document.createElement('style');
  css.textContent =
    'ui-nav-menu{display:flex;gap:16px;padding:10px 20px;background:#1a1a1a;font:14px system-ui}ui-nav-menu a{color:#fff;text-decoration:none}' +
    'ui-nav-menu a[aria-current]{text-decoration:underline}ui-title-bar{display:none}' +
    'ui-save-bar{display:none}ui-save-bar[data-open]{display:flex;position:sticky;top:0;z-index:500;gap:8px;justify-content:flex-end;padding:8px 20px;background:#303030}' +
    'ui-save-bar[data-open]::before{content:"Unsaved changes";color:#fff;margin-right:auto;font:14px system-ui}';
  document.head.appendChild(css);
  // Navigation links in <ui-nav-menu> become a visible bar; clicks go through the Remix router.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('ui-nav-menu a');
    if (!a || e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    a.dispatchEvent(new CustomEvent('shopify:navigate', { bubbles: true }));
  });
})();
