export * from './id-number';
export * from './area-code';
