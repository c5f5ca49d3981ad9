// Entry that VS Code's extension host calls for the end-to-end tests (extensionTestsPath):
// runs every *.test.js compiled next to this file with mocha (TDD ui: suite/test).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false, // the output is forwarded through the browser to the launcher's stdout
    timeout: 60_000, // first activation starts the language server inside a cold workbench
    ...(process.env.SLGUARD_E2E_GREP ? { grep: process.env.SLGUARD_E2E_GREP } : {}),
  });
  const files = (fs.readdirSync(__dirname, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    if (files.length === 0) return reject(new Error(`no *.test.js files in ${__dirname}`));
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
