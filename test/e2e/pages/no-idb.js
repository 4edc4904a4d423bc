// Makes IndexedDB unusable, as in some private modes and sandboxed iframes: open() fails.
indexedDB.open = () => {
  throw new DOMException('IndexedDB is disabled here', 'SecurityError');
};
