export * from './schema';
export * from './defaults';
export * from './issues';
export * from './json';
export * from './locks';
export * from './migrate';
export * from './tree';
export * from './slug';
