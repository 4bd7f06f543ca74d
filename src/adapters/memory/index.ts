export { demoAccessToken, MemoryAdapter } from './memory-adapter.js';
export type { InjectedFailure, MemoryAdapterMethod, MemoryAdapterOptions } from './memory-adapter.js';
