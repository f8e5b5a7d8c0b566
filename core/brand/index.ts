export * from './schema';
export * from './default-kit';
export * from './resolve';
export * from './retheme';
export * from './kits';
export * from './disclaimer';
export * from './resolvers';
