export * from './schema';
export * from './validate';
export * from './slots';
export * from './samples';
export * from './render';
export * from './fill-check';
