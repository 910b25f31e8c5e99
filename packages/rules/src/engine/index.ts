export * from './facts';
export * from './parameters';
export * from './program';
export {
  ExprError,
  resultWord,
  type CmpOp,
  type Expr,
  type NamedCondition,
  type RenderLine,
  type Scope,
  type TraceEntry,
  type TraceStatus,
} from './expr';
export { ageAt, previousMonth, type MissingItem } from './derive';
export {
  CatalogueError,
  catalogueIssues,
  compileCatalogue,
  linesToText,
  renderExpr,
  renderProgram,
  validateExpr,
  type CompiledCatalogue,
  type CompiledProgram,
  type RenderOptions,
} from './compile';
export * from './evaluate';
export * from './edit';
export * from './amend';
export * from './impact';
export * from './screen';
export * from './ledger';
export * from './figures';
export type { IncomeParts } from './derive';
export { formatValue, yuan } from './format';
