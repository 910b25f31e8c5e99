export * from './id-number';
export * from './person-name';
export * from './area-code';
export * from './ledger-codes';
export * from './tiers';
export * from './engine';
export * from './catalogue';
export * from './calendar';
