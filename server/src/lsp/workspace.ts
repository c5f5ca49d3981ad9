// Whole-workspace review: every `*.slcfg` below the workspace folders gets diagnostics without being opened
// (`slguard.reviewWorkspace`, or once on request), kept current on workspace/didChangeWatchedFiles and cleared
// when a file is deleted. An open document belongs to the editor: its buffer, not the disk, is checked.
// Diagnostics of files on disk are always pushed (they have no document version).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { checkable, isSlcfg, readExport, SKIP_DIRS, walk } from '../io/files';
import type { ReviewWorkspaceResult } from './requests';
import { DISK_VERSION, internalErrorDiagnostic, toDiagnostics } from './diagnostics';
import type { AnalyzeFn, Documents } from './documents';
import { describeError, type Log } from './guard';
import { folderOf, pathToUri, uriToPath, type Folder } from './paths';
import type { SettingsStore } from './settings';

/** At most this many files per review (the rest is left out and the summary says so). */
export const MAX_REVIEW_FILES = 5000;
/** Folders deeper than this below a workspace folder are not searched. */
const MAX_DEPTH = 32;

/** The summary of one review: the request's result (requests.ts). */
export type ReviewSummary = ReviewWorkspaceResult;

export interface ReviewDeps {
  docs: Documents;
  settings: SettingsStore;
  log: Log;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** The analysis (the core's `analyze`; injectable for tests). */
  analyze: AnalyzeFn;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Is `fsPath` inside a skipped folder (node_modules, .git) below `root`? */
function inSkippedDir(root: string, fsPath: string): boolean {
  return path.relative(root, fsPath).split(path.sep).slice(0, -1).some((seg) => SKIP_DIRS.has(seg));
}

export class WorkspaceReview {
  /** Files whose disk diagnostics are shown: path → the URI they were published under. */
  private published = new Map<string, string>();
  /** Folders reviewed on request (until `slguard.reviewWorkspace` is turned off), besides those the setting covers. */
  private onRequest = new Set<string>();
  /** The setting as the last review saw it, per folder. */
  private setting = new Map<string, boolean>();
  private runs = 0;

  constructor(private deps: ReviewDeps) {}

  /** Is a folder reviewed (by the setting, or because a review was requested)? */
  covers(folder: Folder): boolean {
    return this.deps.settings.editorFor(folder).reviewWorkspace || this.onRequest.has(folder.uri);
  }

  /** Is the file open in the editor (then its buffer, not the disk, is checked)? */
  private isOpen(fsPath: string): boolean {
    return this.deps.docs.all().some((d) => uriToPath(d.uri) === fsPath);
  }

  private clear(fsPath: string): void {
    const uri = this.published.get(fsPath);
    if (uri === undefined) return;
    this.published.delete(fsPath);
    this.deps.publish(uri, []);
  }

  /**
   * Reviews the covered folders (every folder when `requested`) and clears what is shown for folders no longer
   * covered. A newer review stops this one at its next file.
   */
  async review(requested: boolean): Promise<ReviewSummary> {
    const run = ++this.runs;
    const summary: ReviewSummary = { folders: 0, files: 0, problems: 0, notChecked: 0, truncated: false, superseded: false };
    const folders = this.deps.settings.folders.filter((f) => f.fsPath !== null);
    for (const f of folders) {
      const setting = this.deps.settings.editorFor(f).reviewWorkspace;
      // Turning the setting off ends a requested review too; otherwise a requested review stays current.
      if (this.setting.get(f.uri) === true && !setting) this.onRequest.delete(f.uri);
      this.setting.set(f.uri, setting);
      if (requested) this.onRequest.add(f.uri);
    }
    for (const uri of [...this.onRequest]) if (!folders.some((f) => f.uri === uri)) this.onRequest.delete(uri);

    // Clear files outside every covered folder (setting turned off, folder removed).
    for (const p of [...this.published.keys()]) {
      const f = folderOf(this.deps.settings.folders, p);
      if (!f || !this.covers(f)) this.clear(p);
    }

    for (const folder of folders) {
      if (!this.covers(folder)) continue;
      summary.folders++;
      const root = folder.fsPath as string;
      const found: string[] = [];
      const truncated = await this.walk(root, found, run);
      if (run !== this.runs) return { ...summary, superseded: true };
      summary.truncated ||= truncated;
      const seen = new Set(found);
      for (const file of found) {
        if (run !== this.runs) return { ...summary, superseded: true };
        // A nested workspace folder's files are reviewed with that folder's settings.
        if (folderOf(folders, file) !== folder) continue;
        if (this.isOpen(file)) { this.clear(file); continue; }
        const n = this.check(file, folder);
        if (n < 0) summary.notChecked++;
        else { summary.files++; summary.problems += n; }
        await nextTick();
      }
      // Files shown earlier that are gone now (deleted while nothing watched them).
      if (!truncated) {
        for (const p of [...this.published.keys()]) {
          if (!seen.has(p) && folderOf(folders, p) === folder) this.clear(p);
        }
      }
    }
    return summary;
  }

  /**
   * Collects `*.slcfg` below `root` (sorted, skipping node_modules and .git, never following a link to a
   * folder, a linked file only when it stays inside the folder: io/files.ts); true if truncated.
   */
  private async walk(root: string, out: string[], run: number): Promise<boolean> {
    let realRoot: string;
    try {
      realRoot = await fs.promises.realpath(root);
    } catch (e) {
      this.deps.log.warn(`workspace review: a folder cannot be read: ${describeError(e).split('\n')[0]}`);
      return false;
    }
    const { files, truncated } = await walk(root, {
      realRoots: [realRoot],
      maxDepth: MAX_DEPTH,
      maxFiles: MAX_REVIEW_FILES,
      stopped: () => run !== this.runs,
      onSkip: (file, reason) => this.deps.log.info(`workspace review: ${JSON.stringify(file)} skipped: ${reason}`),
    });
    for (const f of files) out.push(f.path);
    return truncated;
  }

  /** The real path of the workspace folder holding `folder` (the link policy's bound), or the path itself. */
  private realRoot(folder: Folder): string {
    try {
      return fs.realpathSync(folder.fsPath as string);
    } catch {
      return folder.fsPath as string;
    }
  }

  /** Checks one file on disk and publishes its diagnostics; the number published, or -1 if not checked. */
  private check(file: string, folder: Folder): number {
    const uri = this.published.get(file) ?? pathToUri(file);
    const where = checkable(file, [this.realRoot(folder)]);
    if ('skip' in where) {
      if (where.code !== 'ENOENT') this.deps.log.info(`workspace review: ${JSON.stringify(file)} skipped: ${where.skip}`);
      this.clear(file);
      return -1;
    }
    const decoded = readExport(where.open, where.noFollow);
    if ('error' in decoded) {
      if (decoded.code !== 'ENOENT') this.deps.log.warn(`workspace review: ${JSON.stringify(file)}: ${decoded.error}`);
      this.clear(file);
      return -1;
    }
    const text = decoded.text;
    this.published.set(file, uri);
    let findings;
    try {
      findings = this.deps.analyze(text, { severities: this.deps.settings.forFolder(folder).severities }).findings;
    } catch (e) {
      // Counted as not checked, and the file says so (never its previous result).
      this.deps.log.error(`workspace review: checking ${file} failed: ${describeError(e)}`);
      this.deps.publish(uri, [internalErrorDiagnostic(text)]);
      return -1;
    }
    const diagnostics = toDiagnostics(findings, uri, DISK_VERSION);
    this.deps.publish(uri, diagnostics);
    return diagnostics.length;
  }

  /** The folder that covers a file for review purposes, if any (and the file is not in a skipped folder). */
  private coveringFolder(fsPath: string): Folder | undefined {
    const folder = folderOf(this.deps.settings.folders, fsPath);
    if (!folder || !this.covers(folder) || inSkippedDir(folder.fsPath as string, fsPath)) return undefined;
    return folder;
  }

  /** A file was created or changed on disk. */
  fileChanged(fsPath: string): void {
    if (!isSlcfg(fsPath) || this.isOpen(fsPath)) return;
    const folder = this.coveringFolder(fsPath);
    if (folder) this.check(fsPath, folder);
  }

  /** A file (or a folder: everything shown below it) was deleted on disk. */
  fileDeleted(fsPath: string): void {
    const prefix = fsPath.endsWith(path.sep) ? fsPath : fsPath + path.sep;
    for (const p of [...this.published.keys()]) if (p === fsPath || p.startsWith(prefix)) this.clear(p);
  }

  /**
   * A document was opened: what the review showed for its file is cleared, since the editor's diagnostics take
   * over — unless the server pushes and the URI is the same, in which case the next publish replaces it.
   */
  documentOpened(uri: string, pullMode: boolean): void {
    const p = uriToPath(uri);
    if (p === null) return;
    const shownAs = this.published.get(p);
    if (shownAs === undefined) return;
    if (pullMode || shownAs !== uri) this.clear(p);
    else this.published.delete(p);
  }

  /** A document was closed: if its folder is reviewed, its file on disk is checked again. Returns whether it was. */
  documentClosed(uri: string): boolean {
    const p = uriToPath(uri);
    if (p === null || !isSlcfg(p)) return false;
    const folder = this.coveringFolder(p);
    if (!folder) return false;
    this.published.set(p, uri);
    return this.check(p, folder) >= 0;
  }
}
