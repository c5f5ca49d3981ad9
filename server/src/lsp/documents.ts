// The open documents (incremental sync) and their analyses. An analysis is cached per URI for one
// (version, settings generation), so diagnostics, hover, completion and code actions on an unchanged version
// share one run of the core.

import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/analyze';
import type { SeverityOrOff } from '../core/types';

interface CacheEntry {
  version: number;
  generation: number;
  analysis: Analysis;
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

  /** The analysis of the document's current version under the current settings, from the cache when possible. */
  analysis(doc: TextDocument): Analysis {
    const generation = this.generation();
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation) return hit.analysis;
    const analysis = analyze(doc.getText(), { severities: this.severitiesFor(doc.uri) });
    this.analyses++;
    // Only documents still open are cached (a handler may run for one that was closed meanwhile).
    if (this.docs.get(doc.uri) === doc) this.cache.set(doc.uri, { version: doc.version, generation, analysis });
    return analysis;
  }

  /** The cached analysis for exactly this version, if any (never runs the core). */
  cached(doc: TextDocument): Analysis | undefined {
    const hit = this.cache.get(doc.uri);
    return hit && hit.version === doc.version && hit.generation === this.generation() ? hit.analysis : undefined;
  }
}
