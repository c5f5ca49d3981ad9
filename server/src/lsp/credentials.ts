// slguard/generateCredentials: a fresh 90-02 user name and password, as the two program lines the client
// inserts. The values come from core/secrets.ts (crypto-random, meeting the item's rules); server.ts passes its
// generators in. Nothing here is logged or kept.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { GenerateCredentialsParams, GenerateCredentialsResult } from './requests';

export interface SecretGenerators {
  generateUserName(): string;
  generatePassword(): string;
}

/** The installer account (user 1 is the manufacturer's and cannot be set). */
export const DEFAULT_USER = 2;

/** A value as a `.slcfg` line holds it: quoted (FORMAT.md) only when it would otherwise read differently. */
export function formatValue(v: string): string {
  if (v === '' || (v.trim() === v && !v.startsWith('"'))) return v;
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function generateCredentials(params: unknown, secrets: SecretGenerators): GenerateCredentialsResult {
  const raw = (typeof params === 'object' && params !== null ? (params as GenerateCredentialsParams).user : undefined) as unknown;
  if (raw !== undefined && raw !== null && !(typeof raw === 'number' && Number.isInteger(raw) && raw >= 2 && raw <= 8)) {
    throw new ResponseError(ErrorCodes.InvalidParams, '`user` is a 90-02 user from 2 to 8 (user 1 is the manufacturer\'s account).');
  }
  const user = typeof raw === 'number' ? raw : DEFAULT_USER;
  const userName = secrets.generateUserName();
  const password = secrets.generatePassword();
  return {
    user,
    userName,
    password,
    lines: [`90-02-01[${user}] = ${formatValue(userName)}`, `90-02-02[${user}] = ${formatValue(password)}`],
  };
}
