// A language server for the protocol tests whose analysis throws for any text holding THROW_MARKER (injected
// through startServer's options, as dist/server.js would be built, but from the tsc output). Started by
// TestClient with `server: THROWING_SERVER`; does nothing when loaded any other way (node --test loads it).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { analyze } from '../../../../server/src/core/analyze';
import { startServer } from '../../../../server/src/lsp/server';

export const THROW_MARKER = 'THROW-IN-ANALYSIS';
/** A part of the injected error's message that must never reach a diagnostic (it stands for document text). */
export const THROWN_DETAIL = 'detail-from-the-document';

if (require.main === module && process.argv.includes('--stdio')) {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, {
    analyze: (text, options) => {
      if (text.includes(THROW_MARKER)) throw new TypeError(`injected failure: ${THROWN_DETAIL}`);
      return analyze(text, options);
    },
  });
  connection.listen();
}
