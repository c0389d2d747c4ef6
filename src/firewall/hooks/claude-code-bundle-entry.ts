import { join } from 'node:path';
import { loadBundle } from './code-cache.js';

// The `switchyard-hook` bin as `npm run build` ships it (dist/hook/claude-code-entry.js, CommonJS):
// loads the hook's body (claude-code-main.ts, bundled to claude-code-main.js) through V8's code
// cache and runs it. Bundled by scripts/build-hook.ts; `__dirname` is the bundle's directory.

const main = loadBundle(join(__dirname, 'claude-code-main.js')).exports.main as () => Promise<void>;
void main();
