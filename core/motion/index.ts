export * from './timeline';
export * from './adapt';
export * from './gif-decode';
export * from './gif-encode';
export * from './export';
export { applyEntrances } from './pose-nodes';
export * from './webp';
