/* Harbor & Hearth: translations, loaded before /i18n-he.js, /i18n-ar.js and /shop.js (all deferred, so in order).
 * Keys match the pages' data-i18n="key" and data-i18n-attr="attr:key". English lives in the HTML itself;
 * `en` below only holds the texts shop.js builds at run time. The help article's body stays English. */
window.SHOP_I18N = {
  en: {
    'p.blue-mug.name': 'Harbor blue mug',
    'p.tea-kettle.name': 'Hearth tea kettle',
    'p.linen-apron.name': 'Linen apron',
    'cart.qty': 'Qty {n} · {price} each',
    'cart.remove': 'Remove',
    'cart.free': 'Free',
    'review.thanks': 'Thanks for your review',
  },
};
