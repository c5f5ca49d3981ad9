// The open documents (incremental sync) and their analyses. An analysis is cached per URI for one
// (version, settings generation), so diagnostics, hover, completion and code actions on an unchanged version
// share one run of the core.

import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type AnalyzeOptions } from '../core/analyze';
import type { SeverityOrOff } from '../core/types';

/** The core's entry point, injectable (tests give one that throws). */
export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Analysis;

interface CacheEntry {
  version: number;
  generation: number;
  /** The analysis, or what the core threw for this version (thrown again, so a failing run is not repeated). */
  analysis: Analysis | { failed: unknown };
}

export class Documents {
  private docs = new Map<string, TextDocument>();
  private cache = new Map<string, CacheEntry>();
  /** How many times the core ran (for tests and logs). */
  analyses = 0;

  constructor(
    /** Severities for a document's URI. */
    private severitiesFor: (uri: string) => Record<string, SeverityOrOff>,
    /** The current settings generation. */
    private generation: () => number,
    /** The analysis itself (the core's `analyze`). */
    readonly run: AnalyzeFn = analyze,
  ) {}

  open(uri: string, languageId: string, version: number, text: string): TextDocument {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.docs.set(uri, doc);
    this.cache.delete(uri);
    return doc;
  }

  /** Applies incremental (or full) changes; undefined for a document that is not open. */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): TextDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    TextDocument.update(doc, changes, version);
    return doc;
  }

  close(uri: string): boolean {
    this.cache.delete(uri);
    return this.docs.delete(uri);
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  /**
   * The analysis of the document's current version under the current settings, from the cache when possible.
   * Throws what the core threw (again from the cache for the same version and settings).
   */
  analysis(doc: TextDocument): Analysis {
    const generation = this.generation();
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation) return unwrap(hit.analysis);
    let analysis: CacheEntry['analysis'];
    try {
      analysis = this.run(doc.getText(), { severities: this.severitiesFor(doc.uri) });
    } catch (e) {
      analysis = { failed: e };
    }
    this.analyses++;
    // Only documents still open are cached (a handler may run for one that was closed meanwhile).
    if (this.docs.get(doc.uri) === doc) this.cache.set(doc.uri, { version: doc.version, generation, analysis });
    return unwrap(analysis);
  }

  /** The cached analysis for exactly this version, if any (never runs the core; undefined after a failure). */
  cached(doc: TextDocument): Analysis | undefined {
    const hit = this.cache.get(doc.uri);
    return hit && hit.version === doc.version && hit.generation === this.generation() && !('failed' in hit.analysis) ? hit.analysis : undefined;
  }
}

function unwrap(a: CacheEntry['analysis']): Analysis {
  if ('failed' in a) throw a.failed;
  return a;
}
