// Keeping the SettingsStore in step with the client: the editor's `slguard` section (workspace/configuration
// per folder when the client supports it, else what didChangeConfiguration carried) and each folder's
// `.slguard.json`, whose problems are published as diagnostics on that file. Reloads run one after another,
// so an older read never overwrites a newer one; after each, `changed` runs (checks again, reviews again).

import type { ConfigurationItem, Diagnostic } from 'vscode-languageserver';
import { settingsProblemDiagnostics } from './diagnostics';
import { describeError, type Log } from './guard';
import type { Folder } from './paths';
import { SETTINGS_SECTION } from './requests';
import { DEFAULT_EDITOR_SETTINGS, readEditorSettings, type EditorSettings, type SettingsStore } from './settings';

export interface SettingsSyncDeps {
  settings: SettingsStore;
  log: Log;
  /** Does the client answer workspace/configuration? (Known once initialized.) */
  clientHasConfiguration(): boolean;
  getConfiguration(items: ConfigurationItem[]): Promise<unknown>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** After every reload: the settings may have changed. */
  changed(): void;
}

export class SettingsSync {
  /** What the last didChangeConfiguration carried, for clients without workspace/configuration. */
  private pushedSection: unknown = undefined;
  /** Problems of the editor settings already logged (each is logged once). */
  private reportedEditorProblems = new Set<string>();
  /** `.slguard.json` files that have diagnostics now. */
  private filesWithProblems = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private deps: SettingsSyncDeps) {}

  /** workspace/didChangeConfiguration carried this `slguard` section. */
  pushed(section: unknown): void {
    this.pushedSection = section;
  }

  /** Reads the editor settings (when `editor`) and the `.slguard.json` of `files`, after any reload under way. */
  reload(what: { editor: boolean; files: readonly Folder[] }): Promise<void> {
    this.queue = this.queue.then(async () => {
      if (what.editor) await this.loadEditorSettings();
      for (const f of what.files) this.reloadFile(f);
      this.deps.changed();
    }).catch((e: unknown) => this.deps.log.error(`reloading the settings failed: ${describeError(e)}`));
    return this.queue;
  }

  /** Workspace folders were removed (by URI) and added: the removed ones' settings-file problems are cleared. */
  foldersChanged(removed: ReadonlySet<unknown>, added: readonly Folder[]): Promise<void> {
    const { settings } = this.deps;
    for (const f of settings.folders) {
      const file = settings.fileSettings(f);
      if (removed.has(f.uri) && file && this.filesWithProblems.delete(file.uri)) this.deps.publish(file.uri, []);
    }
    const kept = settings.folders.filter((f) => !removed.has(f.uri) && !added.some((a) => a.uri === f.uri));
    settings.setFolders([...kept, ...added]);
    return this.reload({ editor: true, files: added });
  }

  private async loadEditorSettings(): Promise<void> {
    const { settings, log } = this.deps;
    const folders = settings.folders;
    const perFolder = this.deps.clientHasConfiguration();
    let sections: unknown[];
    if (perFolder) {
      try {
        const items = [{ section: SETTINGS_SECTION }, ...folders.map((f) => ({ scopeUri: f.uri, section: SETTINGS_SECTION }))];
        const res: unknown = await this.deps.getConfiguration(items);
        sections = Array.isArray(res) ? res : [];
      } catch (e) {
        log.warn(`reading the settings failed; defaults are used: ${describeError(e).split('\n')[0]}`);
        sections = [];
      }
    } else {
      sections = [this.pushedSection];
    }
    const global = this.read(sections[0]);
    const byFolder = new Map<string, EditorSettings>();
    folders.forEach((f, i) => byFolder.set(f.uri, perFolder ? this.read(sections[i + 1] ?? sections[0]) : global));
    settings.setEditor(global, byFolder);
  }

  private read(section: unknown): EditorSettings {
    if (section === undefined || section === null) return DEFAULT_EDITOR_SETTINGS;
    const { settings, problems } = readEditorSettings(section);
    for (const p of problems) {
      const line = `settings: ${p.path}: ${p.message}`;
      if (!this.reportedEditorProblems.has(line)) { this.reportedEditorProblems.add(line); this.deps.log.warn(line); }
    }
    return settings;
  }

  private reloadFile(folder: Folder): void {
    const file = this.deps.settings.reloadFile(folder);
    if (!file) return;
    if (file.problems.length || this.filesWithProblems.has(file.uri)) {
      this.deps.publish(file.uri, settingsProblemDiagnostics(file.text, file.problems));
      if (file.problems.length) this.filesWithProblems.add(file.uri);
      else this.filesWithProblems.delete(file.uri);
    }
  }
}
