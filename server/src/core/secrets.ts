// Credential generators for quick fixes. A cryptographically secure source (node:crypto randomInt); each
// value meets its item's rules and is never weak by the rule that would report it. Called only when a fix is
// applied, never during analysis.

import { randomInt } from 'node:crypto';
import { allOneCharacter, isDigitRun, isWeakProgrammingPassword } from './weak';

function draw(alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

function until(make: () => string, ok: (s: string) => boolean): string {
  for (;;) {
    const s = make();
    if (ok(s)) return s;
  }
}

/** 90-02-02: exactly 8 of 0-9 * #, at least one * or #, not weak by SL104. */
export function generatePassword(): string {
  return until(() => draw('0123456789*#', 8), (s) => /[*#]/.test(s) && /\d/.test(s) && !isWeakProgrammingPassword(s));
}

/** The installer password follows the same rules as every 90-02 password. */
export const generateInstallerPassword = generatePassword;

/** 90-02-01: 10 printable ASCII characters (letters, digits, a few symbols that need no quoting), never a factory name. */
export function generateUserName(): string {
  const letters = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  return until(() => draw(letters, 1) + draw(`${letters}23456789!%+-._@`, 9), (s) => /\d/.test(s) && /[^A-Za-z0-9]/.test(s));
}

/** 90-28-01: 8 of 0-9 * #, not weak by SL110 (short, one character, a run). */
export function generateUserProPassword(): string {
  return until(() => draw('0123456789*#', 8), (s) => /[*#]/.test(s) && !allOneCharacter(s) && !isDigitRun(s));
}

/** A mailbox access code: 6 digits, not all one digit and not a run (SL404). */
export function generateMailboxCode(): string {
  return until(() => draw('0123456789', 6), (s) => !allOneCharacter(s) && !isDigitRun(s));
}
