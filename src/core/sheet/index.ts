export * from './model';
export { SheetBuilder, parseRange, rangeRef, type BuilderOptions } from './builder';
