export * from './attributes';
export * from './context';
export * from './colors';
export * from './image-draw';
export * from './image-filters';
export * from './text-extras';
