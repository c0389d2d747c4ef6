// Worker entry used when running from TypeScript sources (tests, `npm run dev`): Node 20 does not
// pass module loaders to worker threads, so register tsx here before loading the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./writer-worker.ts');
