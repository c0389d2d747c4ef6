import { readFileSync, writeFileSync } from 'node:fs';

// The end of every learned layer's trainer: write the generated weights module, or with --check
// only compare it with the committed one (exit code 1 when they differ).
export function writeOrCheckWeights(file: string, module: string, argv: readonly string[] = process.argv): void {
  if (argv.includes('--check')) {
    const same = readFileSync(file, 'utf8') === module;
    console.log(same ? 'weights file is up to date' : 'weights file differs from what training produces');
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(file, module);
  console.log(`wrote ${file}`);
}
