/* Harbor & Hearth: the demo shop's only script. It imports nothing and runs under CSP script-src 'self'.
 *
 *  language   <select id="lang">; the choice is kept in localStorage "shop_lang" (en, he, ar; default en),
 *             sets <html lang dir> and translates every [data-i18n] (text) and [data-i18n-attr] ("attr:key;…")
 *             from window.SHOP_I18N (/i18n.js). English is the text already in the HTML.
 *  cart       localStorage "shop_cart": a JSON array of product ids, one entry per item;
 *             #cart-count on every page, #add-to-cart on product pages, the list and totals on /cart.html.
 *  checkout   #shipping-form and #payment-form navigate instead of submitting; the confirmation page clears the cart.
 *  handoff    #open-in-app shows microjourney.handoff(href) in #handoff-url instead of opening the (fictional) app.
 *  review     #review-form says thanks in #review-status (role=status) instead of submitting.
 */
(() => {
  'use strict';

  // ------------------------------------------------------------------ data
  const CART_KEY = 'shop_cart';
  const LANG_KEY = 'shop_lang';
  const DIRS = { en: 'ltr', he: 'rtl', ar: 'rtl' };
  const LOCALES = { en: 'en-US', he: 'he-IL', ar: 'ar-u-nu-latn' };
  const PRODUCTS = {
    'blue-mug': { price: 18, img: '/img/blue-mug.svg', url: '/products/blue-mug.html' },
    'tea-kettle': { price: 64, img: '/img/tea-kettle.svg', url: '/products/tea-kettle.html' },
    'linen-apron': { price: 32, img: '/img/linen-apron.svg', url: '/products/linen-apron.html' },
  };
  const FREE_SHIPPING_FROM = 50;
  const SHIPPING = 4.95;
  const I18N = window.SHOP_I18N || {};
  const $ = (selector) => document.querySelector(selector);
  const page = document.body.dataset.page;

  // ------------------------------------------------------------------ storage (never throws)
  function read(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  function write(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* storage disabled or full: the shop still works for this page */
    }
  }

  // ------------------------------------------------------------------ language
  let lang = 'en';
  function setLang(value) {
    lang = Object.hasOwn(DIRS, value) ? value : 'en';
    document.documentElement.lang = lang;
    document.documentElement.dir = DIRS[lang];
    const select = $('#lang');
    if (select) select.value = lang;
  }
  setLang(read(LANG_KEY)); // first thing, before any rendering

  /** The text for `key` in the current language, then English, then the key; `{name}` filled from vars. */
  function t(key, vars) {
    const own = I18N[lang]?.[key] ?? I18N.en?.[key] ?? key;
    return vars ? own.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m)) : own;
  }
  const original = new WeakMap(); // element -> { text, attrs }: the English written in the HTML

  function translatePage() {
    const dict = lang === 'en' ? {} : I18N[lang] || {};
    for (const el of document.querySelectorAll('[data-i18n]')) {
      if (!original.has(el)) original.set(el, { text: el.textContent, attrs: {} });
      el.textContent = dict[el.dataset.i18n] ?? original.get(el).text;
    }
    for (const el of document.querySelectorAll('[data-i18n-attr]')) {
      if (!original.has(el)) original.set(el, { text: null, attrs: {} });
      const saved = original.get(el).attrs;
      for (const pair of el.dataset.i18nAttr.split(';')) {
        const [attr, key] = pair.split(':').map((s) => s.trim());
        if (!(attr in saved)) saved[attr] = el.getAttribute(attr);
        el.setAttribute(attr, dict[key] ?? saved[attr]);
      }
    }
  }

  // Arabic number formats spell the dollar "US$", which reads badly in RTL: show "$18.00" there
  const money = (n) => new Intl.NumberFormat(lang === 'ar' ? 'en-US' : LOCALES[lang], { style: 'currency', currency: 'USD' }).format(n);

  function formatNumbers() {
    for (const el of document.querySelectorAll('[data-price]')) el.textContent = money(Number(el.dataset.price));
    for (const el of document.querySelectorAll('time[datetime]')) {
      const when = new Date(el.getAttribute('datetime'));
      if (!Number.isNaN(when.getTime())) {
        el.textContent = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(when);
      }
    }
  }

  // ------------------------------------------------------------------ cart
  function getCart() {
    try {
      const ids = JSON.parse(read(CART_KEY) || '[]');
      return Array.isArray(ids) ? ids.filter((id) => Object.hasOwn(PRODUCTS, id)) : [];
    } catch {
      return [];
    }
  }
  function setCart(ids) {
    write(CART_KEY, ids.length ? JSON.stringify(ids) : null);
    renderCart();
  }
  function totals(ids) {
    const subtotal = ids.reduce((sum, id) => sum + PRODUCTS[id].price, 0);
    const shipping = ids.length && subtotal < FREE_SHIPPING_FROM ? SHIPPING : 0;
    return { subtotal, shipping, total: subtotal + shipping };
  }

  /** A small element builder: h('a', { href: '/' }, 'text', child…). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, value);
    el.append(...children);
    return el;
  }

  function cartLine(id, qty) {
    const p = PRODUCTS[id];
    return h(
      'li',
      { class: 'cart-line' },
      h('img', { src: p.img, width: '96', height: '72', alt: '' }),
      h('a', { class: 'cart-line-name', href: p.url }, t(`p.${id}.name`)),
      h('span', { class: 'cart-line-total' }, money(p.price * qty)),
      h('span', { class: 'cart-line-qty muted' }, t('cart.qty', { n: qty, price: `\u2066${money(p.price)}\u2069` })),
      h('button', { class: 'link-button', type: 'button', 'data-remove': id }, t('cart.remove')),
    );
  }

  function renderCart() {
    const ids = getCart();
    const count = $('#cart-count');
    if (count) count.textContent = String(ids.length);

    const list = $('#cart-items');
    if (list) {
      const qty = new Map();
      for (const id of ids) qty.set(id, (qty.get(id) || 0) + 1);
      list.replaceChildren(...[...qty].map(([id, n]) => cartLine(id, n)));
      $('#cart-empty').hidden = ids.length > 0;
    }

    const sum = totals(ids);
    const values = {
      count: String(ids.length),
      subtotal: money(sum.subtotal),
      shipping: !ids.length ? '—' : sum.shipping ? money(sum.shipping) : t('cart.free'),
      total: money(sum.total),
    };
    for (const el of document.querySelectorAll('[data-summary]')) el.textContent = values[el.dataset.summary] ?? '';
  }

  // ------------------------------------------------------------------ page behaviours
  let reviewSent = false;

  function renderStatus() {
    const status = $('#review-status');
    if (status) status.textContent = reviewSent ? t('review.thanks') : '';
  }

  function render() {
    translatePage();
    formatNumbers();
    renderCart();
    renderStatus();
  }

  /** The demo checkout has no back end: a form's submit goes straight to the next step. */
  function onSubmitGo(formId, url) {
    document.getElementById(formId)?.addEventListener('submit', (event) => {
      event.preventDefault();
      location.assign(url);
    });
  }

  function wire() {
    $('#lang')?.addEventListener('change', (event) => {
      setLang(event.target.value);
      write(LANG_KEY, lang);
      render();
    });

    const add = $('#add-to-cart');
    if (add) {
      add.addEventListener('click', () => {
        const id = add.dataset.product;
        if (!Object.hasOwn(PRODUCTS, id)) return;
        setCart([...getCart(), id]);
        location.assign('/cart.html');
      });
    }

    const list = $('#cart-items');
    if (list) {
      list.addEventListener('click', (event) => {
        const button = event.target.closest('[data-remove]');
        if (!button) return;
        setCart(getCart().filter((id) => id !== button.dataset.remove));
        $('#to-shipping')?.focus();
      });
    }

    onSubmitGo('shipping-form', '/checkout/payment.html');
    onSubmitGo('payment-form', '/checkout/confirmation.html');
    if (page === 'confirmation') setCart([]);

    const app = $('#open-in-app');
    if (app) {
      const target = app.getAttribute('href');
      app.addEventListener('click', (event) => {
        event.preventDefault();
        const mj = window.microjourney; // the stub until the SDK has loaded: no handoff yet
        let url = target;
        let handoffDone = false;
        if (mj && typeof mj.handoff === 'function') {
          try {
            url = mj.handoff(target) || target;
            handoffDone = true;
          } catch {
            /* the SDK never throws; keep the plain link if it did */
          }
        }
        app.setAttribute('href', url);
        $('#handoff-url').textContent = url;
        $('#handoff-note').hidden = handoffDone;
        $('#handoff').hidden = false;
      });
    }

    $('#review-form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      reviewSent = true;
      renderStatus();
    });

    // another tab changed the cart or the language, or the page came back from the back/forward cache
    window.addEventListener('storage', (event) => {
      if (event.key !== CART_KEY && event.key !== LANG_KEY && event.key !== null) return;
      setLang(read(LANG_KEY));
      render();
    });
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      setLang(read(LANG_KEY));
      render();
    });
  }

  render();
  wire();
})();
