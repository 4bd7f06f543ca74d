/** The JavaScript API, without registering any element. */
export { configure } from './core/config.js';
export type { AftercareSettings, AnalyticsEvent, AnalyticsEventName, SupportLinks } from './core/config.js';
export { getLocale, setLocale, SUPPORTED_LOCALES } from './core/localization.js';
export { AdapterError, ADAPTER_ERROR_CODES } from './core/errors.js';
export type { AdapterErrorCode } from './core/errors.js';
export type { AftercareAdapter, RecommendationQuery, RequestOptions } from './core/adapter.js';
export type { AftercareEventMap, AftercareEventName, AftercareEvent } from './core/events.js';
export type * from './core/schemas/index.js';
export { MemoryAdapter } from './adapters/memory/index.js';
export type { MemoryAdapterOptions } from './adapters/memory/index.js';
export { RestAdapter } from './adapters/rest/index.js';
export type { RestAdapterOptions } from './adapters/rest/index.js';
export { VERSION } from './core/version.js';
export { composeAdapters } from './adapters/compose.js';
export type { AdapterPart } from './adapters/compose.js';
export { withTracking } from './adapters/with-tracking.js';
export type { TrackingQuery, TrackingSource, TrackingUpdate } from './adapters/with-tracking.js';
