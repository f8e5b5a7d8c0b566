export * from './types';
export * from './pipeline';
export * from './batch';
export * from './metadata';
export * from './naming';
export * from './alt-text';
export * from './job';
export * from './privacy';
