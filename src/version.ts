/** The SDK's version: sent with every batch, checked against a config's `minVersion`. */
export const VERSION = '0.1.0';
