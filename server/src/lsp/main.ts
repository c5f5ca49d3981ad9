// Entry point of dist/server.js (the `slguard-language-server` command): `--stdio` (any editor), `--node-ipc`
// (the VS Code client), `--socket=PORT` or `--pipe=NAME`; `--help` and `--version`. Needs nothing from VS Code.
// The server reads its messages itself (not through createConnection's command-line handling) so that a
// broken stream, such as a message without a valid Content-Length, ends the process with status 1: the client
// then restarts it, where the library would log the error and stay alive, deaf to every later message.

import { Console } from 'node:console';
import {
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { describeError } from './guard';
import { parseLaunch, USAGE, type Transport } from './launch';
import { startServer } from './server';

function open(t: Transport): [MessageReader, MessageWriter] {
  switch (t.kind) {
    case 'stdio': {
      // Standard output carries the protocol: anything the code prints with console.* goes to standard error.
      const toStderr = new Console(process.stderr, process.stderr);
      for (const m of ['log', 'info', 'debug', 'dir', 'table', 'trace'] as const) (console as unknown as Record<string, unknown>)[m] = toStderr[m].bind(toStderr);
      return [new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)];
    }
    case 'node-ipc': return [new IPCMessageReader(process), new IPCMessageWriter(process)];
    case 'socket': return createServerSocketTransport(t.port);
    case 'pipe': return createServerPipeTransport(t.name);
  }
}

function main(): void {
  const launch = parseLaunch(process.argv.slice(2));
  if (launch.kind === 'help') { process.stdout.write(USAGE); return; }
  if (launch.kind === 'version') { process.stdout.write(`${version}\n`); return; }
  if (launch.kind === 'usage') {
    process.stderr.write(`slguard-language-server: ${launch.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const [reader, writer] = open(launch.transport);
  // A stream that cannot be read as LSP messages: nothing later on it can be trusted to be in step. Exit.
  reader.onError((e) => {
    process.stderr.write(`slguard-language-server: the message stream is broken (${describeError(e).split('\n')[0].slice(0, 200)}); exiting.\n`);
    process.exit(1);
  });
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  // Last line of defence: a failure outside any handler is logged and the server keeps serving.
  process.on('uncaughtException', (e) => connection.console.error(`uncaught exception: ${describeError(e)}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${describeError(e)}`));
  const server = startServer(connection);
  // The client went away: exit, cleanly only after a shutdown request (as the library does for --stdio).
  reader.onClose(() => process.exit(server.shutdownReceived() ? 0 : 1));
  connection.listen();
}

main();
