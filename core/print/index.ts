export * from './units';
export * from './geometry';
export * from './bleed';
export * from './pdf';
export * from './export';
export * from './text';
export * from './checks';
