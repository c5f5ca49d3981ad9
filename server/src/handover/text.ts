// The words of the customer handover sheet, shared by the PDF and the HTML page so that both say the same.
import type { Change, HandoverSheet } from '../core/handover';

export const TITLE = 'Phone system credentials';
export const SUBTITLE = 'Customer handover sheet: keep in a safe place';
export const CONFIDENTIAL = 'CONFIDENTIAL: this sheet holds the passwords of your phone system';

export function intro(s: HandoverSheet): string {
  return `This sheet lists every password and security code of the phone system${s.siteName ? ` at ${s.siteName}` : ''}, as programmed on ${isoDate(s.date)}. Guard it like the key to your premises: with these values anyone can reprogram the system or place calls at your cost.`;
}

/** The note for the customer: no back door, how to store the sheet, what to do when it is lost. */
export const CARE: readonly { head: string; text: string }[] = [
  { head: 'There is no back door.', text: 'If the installer password (programming user 2) is lost, nobody can read it back, not your dealer and not NEC: the phone system has to be reset to its factory program (a full program default) and programmed again from the start.' },
  { head: 'Store this sheet safely.', text: 'Keep it in a locked place (a safe or a locked drawer) or type it into a password manager and shred the paper. Do not keep it next to the phone system, photograph it, or send it by e-mail.' },
  { head: 'If the sheet is lost', text: 'or seen by someone who should not know these values, ask your dealer to change the passwords and codes at once, and destroy this sheet when you receive the new one.' },
  { head: 'Your dealer keeps its own record.', text: 'Tell your dealer when you change a password, so that both records stay correct.' },
];

export const CHANGE_LABEL: Record<Change, string> = { new: 'new', changed: 'changed', unchanged: 'unchanged' };

export function previousNote(s: HandoverSheet): string | null {
  if (!s.previous) return null;
  return `Compared with the earlier export ${s.previous.file}: "changed" and "new" mark the credentials set since then. Earlier values are not shown.`;
}

export function removedNote(s: HandoverSheet): string | null {
  if (!s.previous || s.previous.removed.length === 0) return null;
  return `No longer set since the earlier export: ${s.previous.removed.join(', ')}. Destroy earlier sheets of this site.`;
}

export function unreadNote(s: HandoverSheet): string | null {
  if (s.unreadLines === 0) return null;
  return `${s.unreadLines} line${s.unreadLines === 1 ? '' : 's'} of the export could not be read and ${s.unreadLines === 1 ? 'is' : 'are'} not applied; this sheet shows the configuration without ${s.unreadLines === 1 ? 'it' : 'them'} (run slguard check).`;
}

/** One line for the kinds of credential this site does not use, instead of an empty table each. */
export function noneSet(s: HandoverSheet): string | null {
  const empty = s.tables.filter((t) => t.rows.length === 0);
  if (empty.length === 0) return null;
  return `Not set at this site: ${empty.map((t) => `${t.title} (${t.source})`).join('; ')}.`;
}
export const BLANK = '(blank)';

export const SIGNATURES = ['Handed over by (technician)', 'Received by (customer)'] as const;
export const SIGNATURE_FIELDS = ['Name', 'Signature', 'Date'] as const;

export function footer(s: HandoverSheet, version: string): string {
  return `Made by SL Guard ${version} from ${s.file} on ${isoDate(s.date)}.`;
}

/** YYYY-MM-DD in local time: unambiguous on both sides of the Atlantic. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
