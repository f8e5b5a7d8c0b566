export * from './mapping';
export * from './fill';
export * from './text';
export * from './workbook';
export * from './csv';
export * from './job';
export * from './checks';
export * from './sheet';
