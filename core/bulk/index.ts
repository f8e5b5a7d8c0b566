export * from './mapping';
export * from './fill';
