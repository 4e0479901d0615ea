/**
 * Process entry: `npm start` runs this file (scripts/build-server.ts compiles it to dist/server.js).
 * The composition root is server/ (server/main.ts).
 */
// First: an unsupported Node.js stops here with one line, before the rest of the server loads.
import './scripts/require-node.ts';
import { runServer } from './server/index.ts';

await runServer();
