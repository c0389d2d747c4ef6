import { compile } from '../cue.js';

// Swedish, Norwegian, Danish. Accents and rings are folded (å, ä -> a; ö -> o; ø -> o; æ -> ae).

export const SV = compile('sv', [
  ['topic', 0.5, String.raw`\bsjalvmord\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:vill|ville|skulle vilja) (?:bara )?(?:do|doa|inte leva|inte vakna|forsvinna for alltid|ta mitt liv)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:ta livet av mig|ta mitt (?:eget )?liv|doda mig sjalv|sjalvmordstankar)\b`, 'neg'],
  ['ideation', 1, String.raw`\bvill inte (?:leva|finnas) (?:langre|mer|kvar)\b|\borkar inte leva\b`],
  ['hopelessness', 0.5, String.raw`\b(?:jag )?orkar inte (?:mer|langre)\b|\bingen utvag\b|\bdet blir aldrig battre\b`],
  ['hopelessness', 0.8, String.raw`\bingen (?:mening|anledning) (?:med att|att) leva\b|\btrott pa (?:livet|att leva)\b`],
  ['burden', 1, String.raw`\b(?:alla|ni|familjen) (?:skulle )?(?:ha det|ma|vara) battre utan mig\b`],
  ['burden', 0.6, String.raw`\bjag ar (?:bara )?en borda\b`],
  ['farewell', 0.4, String.raw`\bhejda\b|\bfarval\b|\bforlat (?:for allt|mig)\b`],
  ['farewell', 0.3, String.raw`\bforlat\b|\btack for allt\b`],
  ['plan', 1, String.raw`\bavskedsbrev\b`],
  ['absence', 0.8, String.raw`\bsnart (?:inte )?(?:har|kvar) (?:langre|mer)\b|\bnar jag inte (?:finns|ar har) (?:langre|mer)\b`],
  ['giving_away', 0.7, String.raw`\bger bort (?:alla )?mina (?:saker|grejer)\b`],
  ['height', 0.4, String.raw`\b(?:pa|uppe pa) (?:taket|bron|kanten|stupet)\b`],
  ['method', 1, String.raw`\bhoppa (?:fran|fran|framfor|ner fran) (?:bron|taket|taget|stupet)\b`],
  ['means', 0.8, String.raw`\bdodlig dos\b`],
  ['self_harm', 1, String.raw`\b(?:skada mig sjalv|skar mig|skara mig|sjalvskad\w*)\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:i natt|ikvall|i kvall)\b`],
]);

export const NO_DA = compile('no', [
  ['topic', 0.5, String.raw`\bselvmord\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:vil|ville|har lyst til a|har lyst til at) (?:bare )?(?:do|daa|ikke leve|ikke vakne|ikke vagne|forsvinne for alltid|forsvinde for altid)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:ta livet av meg|tage mit (?:eget )?liv|drepe meg selv|draebe mig selv|selvmordstanker)\b`, 'neg'],
  ['ideation', 1, String.raw`\bvil ikke (?:leve|vaere her) (?:lenger|laengere|mer|mere)\b`],
  ['hopelessness', 0.5, String.raw`\b(?:orker|kan) ikke mer(?:e)?\b|\bingen utvei\b|\bingen vej ud\b`],
  ['burden', 1, String.raw`\b(?:alle|dere|familien|i) (?:har det|ville hatt det|ville have det|er) bedre (?:uten|uden) meg|\bbedre (?:uten|uden) (?:meg|mig)\b`],
  ['farewell', 0.5, String.raw`\bfarvel\b|\bha det (?:bra )?for alltid\b|\bbeklager alt\b|\bundskyld for alt\b`],
  ['plan', 1, String.raw`\bavskjedsbrev\b|\bafskedsbrev\b`],
  ['giving_away', 0.7, String.raw`\bgir bort (?:alle )?(?:tingene mine|mine ting)\b|\bgiver (?:alle )?mine ting vaek\b`],
  ['height', 0.4, String.raw`\bpa (?:taket|broen|broa|kanten)\b`],
  ['method', 1, String.raw`\bhoppe (?:fra|ud fra|foran) (?:broen|broa|taket|toget)\b`],
  ['self_harm', 1, String.raw`\b(?:skade meg selv|skade mig selv|kutte meg|selvskad\w*)\b`, 'neg'],
]);
