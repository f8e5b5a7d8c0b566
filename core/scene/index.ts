export * from './attributes';
export * from './builder';
export * from './colors';
