/** Whether `object` has `key` itself: a journey, widget or config key named `toString` or `__proto__` does not find Object.prototype's. */
export const owns = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
