// The protocol's names, defined once and shared by the server and the VS Code client: the language id, the
// diagnostics' source, the fix-all code action kind, the settings section, and the server's own requests with
// their shapes. Plain names and types, no imports, so the client bundle does not pull in the server.

/** The language id of site exports (package.json `contributes.languages`). */
export const LANGUAGE_ID = 'nec-sl';

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'slguard';

/** The code action kind of "fix all safe problems" (INTERFACES.md). */
export const FIX_ALL_KIND = 'source.fixAll.slguard';

/** The settings section the server reads (`slguard.*`). */
export const SETTINGS_SECTION = 'slguard';

// ---- requests any editor may send ---------------------------------------------------------------------

/** Runs the whole-workspace review now, in every workspace folder. Params: none. Result: ReviewWorkspaceResult. */
export const REVIEW_WORKSPACE_REQUEST = 'slguard/reviewWorkspace';

export interface ReviewWorkspaceResult {
  /** Workspace folders searched. */
  folders: number;
  /** Files checked. */
  files: number;
  /** Diagnostics published (unsuppressed findings). */
  problems: number;
  /** Files found but not checked (too large, binary, not UTF-8, unreadable). */
  notChecked: number;
  /** true when a folder held more files than a review checks. */
  truncated: boolean;
  /** true when a newer review started before this one finished. */
  superseded: boolean;
}

/** A freshly generated 90-02 user name and password. Params: GenerateCredentialsParams. */
export const GENERATE_CREDENTIALS_REQUEST = 'slguard/generateCredentials';

export interface GenerateCredentialsParams {
  /** The 90-02 user (index) the lines are for; default 2, the installer account. */
  user?: number;
}

export interface GenerateCredentialsResult {
  user: number;
  userName: string;
  password: string;
  /** `90-02-01[u] = NAME` and `90-02-02[u] = PASSWORD`, ready to insert into [programs]. */
  lines: string[];
}
