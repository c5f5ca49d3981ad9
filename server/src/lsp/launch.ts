// The language server's command line: which transport, or --help / --version. Pure (no I/O), so main.ts stays
// a few lines and this is tested on its own. The transports are those vscode-languageserver accepts.

export type Transport =
  | { kind: 'stdio' }
  | { kind: 'node-ipc' }
  | { kind: 'socket'; port: number }
  | { kind: 'pipe'; name: string };

export type Launch =
  | { kind: 'serve'; transport: Transport }
  | { kind: 'help' }
  | { kind: 'version' }
  /** A usage error: `message` then the usage on standard error, exit status 2. */
  | { kind: 'usage'; message: string };

export const USAGE = `Usage: slguard-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The SL Guard language server (LSP 3.17): security review of NEC SL2100 / SL1100 site exports (*.slcfg,
language id nec-sl) for any editor.

  --stdio                 speak LSP on standard input and output (most editors)
  --node-ipc              over the Node IPC channel (the VS Code extension)
  --socket=PORT           over a TCP connection to PORT on this machine
  --pipe=NAME             over a named pipe or Unix domain socket
  --clientProcessId=PID   exit when that process ends
  -h, --help              show this text
  -v, --version           show the version

Run it as \`node --expose-gc dist/server.js --stdio\` to let it give memory back after large files.
`;

/** Reads the server's arguments (`process.argv.slice(2)`). */
export function parseLaunch(args: readonly string[]): Launch {
  let transport: Transport | undefined;
  const set = (t: Transport): Launch | undefined => {
    if (transport) return { kind: 'usage', message: 'Give one transport only.' };
    transport = t;
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    let err: Launch | undefined;
    switch (name) {
      case '-h': case '--help': return { kind: 'help' };
      case '-v': case '--version': return { kind: 'version' };
      case '--stdio': err = set({ kind: 'stdio' }); break;
      case '--node-ipc': err = set({ kind: 'node-ipc' }); break;
      case '--socket': {
        const v = value();
        const port = Number(v);
        if (!v || !/^\d+$/.test(v) || port < 1 || port > 65535) return { kind: 'usage', message: '--socket needs a port number (1-65535).' };
        err = set({ kind: 'socket', port });
        break;
      }
      case '--pipe': {
        const v = value();
        if (!v) return { kind: 'usage', message: '--pipe needs a pipe name.' };
        err = set({ kind: 'pipe', name: v });
        break;
      }
      case '--clientProcessId': {
        // Read by vscode-languageserver itself; only checked here.
        const v = value();
        if (!v || !/^\d+$/.test(v)) return { kind: 'usage', message: '--clientProcessId needs a process id.' };
        break;
      }
      default: return { kind: 'usage', message: `Unknown argument ${JSON.stringify(arg).slice(0, 80)}.` };
    }
    if (err) return err;
  }
  if (!transport) return { kind: 'usage', message: 'Say how to talk to the editor: --stdio, --node-ipc, --socket=PORT or --pipe=NAME.' };
  return { kind: 'serve', transport };
}
