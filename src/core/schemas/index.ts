export * from './primitives.js';
export * from './order.js';
export * from './returns.js';
export * from './feedback.js';
export * from './loyalty.js';
export * from './recommendations.js';
