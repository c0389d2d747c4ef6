import { join } from 'node:path';
import { setOutboundCrisisThreshold } from './src/firewall/crisis/assess.js';
import { loadRows, runCorpus } from './src/firewall/corpus/run-corpus.js';
const C = '/work/wt/fw-crisis2/src/firewall/corpus/';
const rows = loadRows([join(C, 'visible'), join(C, 'blind'), join(C, 'cases'), join(C, 'tool-calls.jsonl')]);
setOutboundCrisisThreshold(Number(process.argv[2]));
for (const m of runCorpus(rows).needless) console.log(m.row.id, '|', m.a.reasons?.filter((r: string) => /crisis|show/.test(r)).join(' ; ').slice(0, 300));
