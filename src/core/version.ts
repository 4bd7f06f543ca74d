/** Equal to package.json's version; test/core/version.test.ts checks it. */
export const VERSION = '0.1.0';
