export * from './types';
export * from './data';
export * from './size';
export * from './custom';
export * from './motion';
