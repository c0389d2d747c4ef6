import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

// Watches one config file for edits. Editors often save by writing a temporary file and renaming
// it over the original, which ends a watch on the file itself; watching the directory and
// filtering by name survives that. Bursts of events (write, chmod, rename) are debounced.

export function watchConfigFile(file: string, onChange: () => void, debounceMs = 200): () => void {
  const path = resolve(file);
  const name = basename(path);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(path), { persistent: false }, (_event, changed) => {
      if (changed !== null && changed.toString() !== name) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    });
  } catch {
    return () => undefined; // no watching on this filesystem; SIGHUP and the admin endpoint still work
  }
  watcher.on('error', () => watcher?.close());
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
