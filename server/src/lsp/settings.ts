// The server's settings: the editor's `slguard.*` settings (per workspace folder where the client supports
// workspace/configuration, else what didChangeConfiguration carried) and `.slguard.json` at each workspace
// folder's root, which wins over the editor for rule severities (RULES.md "Settings").
// `generation` changes whenever anything here changes, so cached analyses know they are out of date.

import * as fs from 'node:fs';
import { mergeSeverities, parseSettingsFile, readRuleSeverities, type SettingsProblem } from '../core/settings';
import type { SeverityOrOff } from '../core/types';
import { folderOf, pathToUri, settingsFileOf, uriToPath, type Folder } from './paths';

export type RunMode = 'onType' | 'onSave';

export interface EditorSettings {
  rules: Record<string, SeverityOrOff>;
  run: RunMode;
  reviewWorkspace: boolean;
  inlayHints: boolean;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = Object.freeze({ rules: {}, run: 'onType', reviewWorkspace: false, inlayHints: false });

/** The `slguard` section as the client sends it (anything at all), read leniently; bad rule entries are problems. */
export function readEditorSettings(section: unknown): { settings: EditorSettings; problems: SettingsProblem[] } {
  const s = (typeof section === 'object' && section !== null && !Array.isArray(section) ? section : {}) as Record<string, unknown>;
  const rules = readRuleSeverities(s.rules ?? undefined, 'slguard.rules');
  const inlay = s.inlayHints as Record<string, unknown> | undefined;
  return {
    settings: {
      rules: rules.severities,
      run: s.run === 'onSave' ? 'onSave' : 'onType',
      reviewWorkspace: s.reviewWorkspace === true,
      // Accept both the nested object VS Code sends and a flat dotted key from other editors.
      inlayHints: (typeof inlay === 'object' && inlay !== null && inlay.enabled === true) || s['inlayHints.enabled'] === true,
    },
    problems: rules.problems,
  };
}

/** `.slguard.json` of one workspace folder as last read. */
export interface FileSettings {
  uri: string;
  fsPath: string;
  /** null when there is no such file (or it cannot be read: see problems). */
  text: string | null;
  severities: Record<string, SeverityOrOff>;
  problems: SettingsProblem[];
}

/** A settings file larger than this is not read (it is a few lines in practice). */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export function readSettingsFile(fsPath: string): FileSettings {
  const base = { uri: pathToUri(fsPath), fsPath, text: null, severities: {} };
  let text: string;
  try {
    const st = fs.statSync(fsPath);
    if (!st.isFile()) return { ...base, problems: [] };
    if (st.size > MAX_SETTINGS_BYTES) return { ...base, problems: [{ path: '', message: `The file is larger than ${MAX_SETTINGS_BYTES / 1024} KiB; it is not read.` }] };
    text = fs.readFileSync(fsPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...base, problems: [] };
    return { ...base, problems: [{ path: '', message: `The file cannot be read (${code ?? 'error'}).` }] };
  }
  const parsed = parseSettingsFile(text);
  return { ...base, text, severities: parsed.severities, problems: parsed.problems };
}

export interface EffectiveSettings {
  folder: Folder | undefined;
  editor: EditorSettings;
  severities: Record<string, SeverityOrOff>;
}

export class SettingsStore {
  /** Changes whenever any setting changes. */
  generation = 0;
  private folderList: Folder[] = [];
  private editorGlobal: EditorSettings = DEFAULT_EDITOR_SETTINGS;
  private editorByFolder = new Map<string, EditorSettings>();
  private files = new Map<string, FileSettings>();

  get folders(): readonly Folder[] {
    return this.folderList;
  }

  setFolders(folders: Folder[]): void {
    this.folderList = folders;
    for (const uri of [...this.files.keys()]) if (!folders.some((f) => f.uri === uri)) this.files.delete(uri);
    for (const uri of [...this.editorByFolder.keys()]) if (!folders.some((f) => f.uri === uri)) this.editorByFolder.delete(uri);
    this.generation++;
  }

  /** Replaces the editor settings: `global` for documents outside every folder, `byFolder` keyed by folder URI. */
  setEditor(global: EditorSettings, byFolder: Map<string, EditorSettings>): void {
    this.editorGlobal = global;
    this.editorByFolder = byFolder;
    this.generation++;
  }

  /** (Re)reads the `.slguard.json` of a folder; returns what was read, or undefined for a folder not on disk. */
  reloadFile(folder: Folder): FileSettings | undefined {
    const file = settingsFileOf(folder);
    if (file === null) return undefined;
    const read = readSettingsFile(file);
    this.files.set(folder.uri, read);
    this.generation++;
    return read;
  }

  /** The folder whose root `.slguard.json` is `fsPath`, if any. */
  folderOfSettingsFile(fsPath: string): Folder | undefined {
    return this.folderList.find((f) => settingsFileOf(f) === fsPath);
  }

  fileSettings(folder: Folder): FileSettings | undefined {
    return this.files.get(folder.uri);
  }

  editorFor(folder: Folder | undefined): EditorSettings {
    return (folder && this.editorByFolder.get(folder.uri)) ?? this.editorGlobal;
  }

  forFolder(folder: Folder | undefined): EffectiveSettings {
    const editor = this.editorFor(folder);
    const file = folder ? this.files.get(folder.uri) : undefined;
    return { folder, editor, severities: mergeSeverities(editor.rules, file?.severities ?? {}) };
  }

  /** Settings for a document: those of the innermost workspace folder holding it, else the global ones. */
  forUri(uri: string): EffectiveSettings {
    return this.forFolder(folderOf(this.folderList, uriToPath(uri)));
  }
}
