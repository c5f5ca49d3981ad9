// `slguard handover FILE --output SHEET [--format pdf|html] [--previous OLD.slcfg]`
// The customer handover sheet (INTERFACES.md): the one output that holds secrets. It goes only to SHEET, a new
// file of mode 0600; standard output gets nothing, standard error only names files and counts, never a value.
// Exit status: 0 written; 2 usage error, an input that cannot be read, or SHEET that exists or cannot be written.

import * as path from 'node:path';
import { version } from '../../../package.json';
import { analyze, MAX_TEXT_LENGTH } from '../core/analyze';
import { collectCredentials, type HandoverSheet } from '../core/handover';
import { renderHtml } from '../handover/html';
import { NotPrintableError, renderPdf } from '../handover/pdf';
import { writeSecretFile } from '../handover/write';
import { decodeText, escapeControl, readExport, readStdin } from '../io/files';
import { readArgs, UsageError } from './common';

export const HANDOVER_USAGE = `Usage: slguard handover FILE --output SHEET [--format pdf|html] [--previous OLD.slcfg]

Writes the customer handover sheet of one site export (FILE, or '-' for standard input): the site, the date,
every enabled programming user (90-02) with name and password, User Pro passwords (90-28), SIP phone logins
(84-22), DISA passwords (25-08), SIP trunk registrations (10-36) and mailbox security codes, with a note for
the customer on keeping it. This is the one output of SL Guard that holds secrets: it is written only to
SHEET, as a new file with mode 0600, never over an existing file and never to standard output.

Options:
  --output SHEET          the file to create (required)
  --format pdf|html       pdf (default), or a printable self-contained HTML page
                          (default html when SHEET ends in .html or .htm)
  --previous OLD.slcfg    an earlier export of the same site: mark each credential new, changed or
                          unchanged since then (the old values are never shown)
  -h, --help              show this help
`;

export interface HandoverIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

interface Options {
  file: string;
  output: string;
  format: 'pdf' | 'html';
  previous: string | null;
}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const files: string[] = [];
  let output: string | null = null;
  let format: Options['format'] | null = null;
  let previous: string | null = null;
  readArgs(argv, (name, value) => {
    switch (name) {
      case '--output': output = value('file'); return true;
      case '--previous': previous = value('file'); return true;
      case '--format': {
        const v = value();
        if (v !== 'pdf' && v !== 'html') throw new UsageError(`--format is pdf or html, not '${v}'`);
        format = v;
        return true;
      }
      default: return false;
    }
  }, (arg) => files.push(arg));
  if (files.length === 0) throw new UsageError('missing FILE: the site export to make the handover sheet of');
  if (files.length > 1) throw new UsageError(`one FILE only (a handover sheet is for one site), not ${files.length}`);
  if (output === null) throw new UsageError('missing --output SHEET: the sheet holds passwords and is written only to a file you name');
  if (output === '-') throw new UsageError("--output - would mean standard output; the sheet holds passwords and is written only to a file you name");
  if (previous === '-' && files[0] === '-') throw new UsageError("standard input ('-') can be FILE or --previous, not both");
  return { file: files[0], output, format: format ?? (/\.html?$/i.test(output) ? 'html' : 'pdf'), previous };
}

function readSite(file: string): { text: string } | { error: string } {
  const r = file === '-' ? ((): { text: string } | { error: string } => {
    const b = readStdin();
    return 'error' in b ? b : decodeText(b.bytes);
  })() : readExport(file);
  if ('error' in r) return r;
  if (r.text.length > MAX_TEXT_LENGTH) return { error: `more than ${MAX_TEXT_LENGTH / 1024 / 1024} million characters; not read` };
  return r;
}

const shown = (f: string) => (f === '-' ? '<stdin>' : escapeControl(f));

export async function runHandover(argv: string[], io: HandoverIo, now: () => Date = () => new Date()): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`slguard: ${escapeControl(e.message)}\n\n${HANDOVER_USAGE}`);
    return 2;
  }
  if (opts === 'help') { io.stdout(HANDOVER_USAGE); return 0; }

  const cur = readSite(opts.file);
  if ('error' in cur) { io.stderr(`slguard: ${shown(opts.file)}: ${escapeControl(cur.error)}\n`); return 2; }
  let previous: { analysis: ReturnType<typeof analyze>; file: string } | undefined;
  if (opts.previous !== null) {
    const old = readSite(opts.previous);
    if ('error' in old) { io.stderr(`slguard: ${shown(opts.previous)}: ${escapeControl(old.error)}\n`); return 2; }
    previous = { analysis: analyze(old.text), file: opts.previous === '-' ? '<stdin>' : path.basename(opts.previous) };
  }
  const sheet = collectCredentials(analyze(cur.text), { file: opts.file === '-' ? '<stdin>' : path.basename(opts.file), date: now(), previous });

  let bytes: Uint8Array;
  try {
    bytes = opts.format === 'pdf' ? await renderPdf(sheet, version) : Buffer.from(renderHtml(sheet, version), 'utf8');
  } catch (e) {
    if (e instanceof NotPrintableError) {
      io.stderr(`slguard: ${shown(opts.file)}: ${e.message}; make the sheet with --format html\n`);
      return 2;
    }
    // Never the error's text: a renderer's message could quote what it was drawing.
    io.stderr('slguard: internal error while making the handover sheet; nothing was written; please report it\n');
    return 2;
  }

  const w = writeSecretFile(opts.output, bytes);
  if ('exists' in w) {
    io.stderr(`slguard: ${shown(opts.output)} already exists; the handover sheet is never written over a file: remove it or choose another name\n`);
    return 2;
  }
  if ('error' in w) {
    io.stderr(`slguard: ${shown(opts.output)}: cannot write the handover sheet: ${escapeControl(w.error)}\n`);
    return 2;
  }
  for (const line of warnings(sheet, opts.file)) io.stderr(line);
  io.stderr(`slguard: wrote the handover sheet (${opts.format.toUpperCase()}, ${count(sheet)}) to ${shown(opts.output)}, mode 0600. It holds the site's passwords: give it to the customer and store it safely.\n`);
  return 0;
}

function count(s: HandoverSheet): string {
  const n = s.tables.reduce((a, t) => a + t.rows.length, 0);
  return `${n} credential${n === 1 ? '' : 's'}`;
}

/** What the technician should know before handing the sheet over: counts and file names only. */
function warnings(s: HandoverSheet, file: string): string[] {
  const out: string[] = [];
  if (s.unreadLines > 0) out.push(`slguard: warning: ${shown(file)}: ${s.unreadLines} line${s.unreadLines === 1 ? ' is' : 's are'} not applied (SL001-SL004); the sheet shows the configuration without ${s.unreadLines === 1 ? 'it' : 'them'} (see slguard check)\n`);
  const factory = s.tables.reduce((a, t) => a + t.rows.filter((r) => r.notes.some((n) => n.startsWith('factory default'))).length, 0);
  if (factory > 0) out.push(`slguard: warning: ${factory} programming user${factory === 1 ? ' still has' : 's still have'} the factory password (see slguard check)\n`);
  return out;
}
