// Entry point of dist/server.js: `node dist/server.js --stdio` (any editor) or `--node-ipc` (the VS Code
// client). createConnection picks the transport from the command line. Needs nothing from VS Code.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describeError } from './guard';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: a failure outside any handler is logged and the server keeps serving.
process.on('uncaughtException', (e) => connection.console.error(`uncaught exception: ${describeError(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${describeError(e)}`));

startServer(connection);
connection.listen();
