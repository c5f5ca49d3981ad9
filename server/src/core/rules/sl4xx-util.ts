import { cleanDialed } from '../mailbox';
import { stripTrunkCode } from '../tolls';

/** The dialed number (after blanks, commas and dashes, and the trunk access code once) starts with an international prefix. */
export function dialsAbroad(number: string, trunkAccessCode: string, prefixes: string[]): boolean {
  const d = stripTrunkCode(cleanDialed(number), trunkAccessCode);
  return prefixes.some((p) => d.startsWith(p));
}
