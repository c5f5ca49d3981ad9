// The language features, as functions of (document, analysis, request). server.ts registers them.
// Each lives in its own module; this file only re-exports them so server.ts has one import.

export { codeActions } from './codeActions';
export { completion } from './completion';
export { hover } from './hover';
export { documentSymbols, foldingRanges, inlayHints } from './outline';
