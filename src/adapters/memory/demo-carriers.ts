/** The carriers the demo shops ship with. */
export const KERRY = { code: 'kerry-logistics', name: 'Kerry Express' };
export const FLASH = { code: 'flash-express', name: 'Flash Express' };
export const THPOST = { code: 'thailand-post', name: 'Thailand Post' };
export const JNT = { code: 'jtexpress', name: 'J&T Express' };
export const SICEPAT = { code: 'sicepat', name: 'SiCepat Ekspres' };
export const NINJA = { code: 'ninjavan', name: 'Ninja Van' };
