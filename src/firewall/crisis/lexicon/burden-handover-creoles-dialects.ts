import { compile } from '../cue.js';

// The concepts of burden-handover-south-asia.ts in Creoles, Pidgins and dialects (issue 13, ch1
// round): Haitian and Mauritian Creole, Papiamento, Jamaican Patois, Tok Pisin, Scots, Swiss German
// and Luxembourgish, as typed on a phone. A burden on everyone, all one's things given away,
// "thanks for everything" (0.4) and "look after mum" (0.3). Look-alikes that must not match: "mi
// nearly dead wid laugh", "fair puggled efter the ceilidh", "nöd da, mir gönd in d'Ferie", "merci
// fir alles" after a holiday (one weak goodbye alone).

export const BURDEN_HANDOVER_CREOLES_DIALECTS = [
  ...compile('ht', [
    ['burden', 0.6, String.raw`\b(?:mwen|li) (?:se|vin) (?:yon )?chay (?:pou|sou) (?:tout moun|fanmi m|fanmi l)\b`],
    ['giving_away', 0.5, String.raw`\b(?:mwen|li) (?:bay|bay tout moun) tout (?:afe|bagay|zafe) (?:m|mwen|li)\b`],
    ['farewell', 0.35, String.raw`\bmesi pou tout bagay\b`],
    ['farewell', 0.25, String.raw`\bpran swen (?:manman|papa|chat|chen|pitit) (?:m|mwen)\b`],
  ]),
  ...compile('mfe', [
    ['burden', 0.6, String.raw`\b(?:mo|li) (?:enn|en) fardo\b|\bfardo pou (?:tou dimounn|mo fami)\b`],
    ['giving_away', 0.5, String.raw`\b(?:mo|li) (?:finn|in) donn tou (?:mo|so) zafer\b`],
    ['farewell', 0.35, String.raw`\bmersi pou tou\b`],
    ['farewell', 0.25, String.raw`\bokip mo (?:mama|papa|zanfan)\b`],
  ]),
  ...compile('pap', [
    ['burden', 0.6, String.raw`\b(?:mi|e) ta un carga pa (?:tur|tur hende|mi famia)\b`],
    ['giving_away', 0.5, String.raw`\b(?:mi|e) a duna tur (?:mi|su) kos(?:nan)?\b`],
    ['farewell', 0.35, String.raw`\bdanki pa tur kos\b`],
    ['farewell', 0.25, String.raw`\bkuida mi (?:mama|tata|yunan)\b`],
  ]),
  ...compile('jam', [
    ['burden', 0.6, String.raw`\b(?:mi|me|him|she|im) (?:a|is|deh) (?:jus |just |only )?(?:a )?burden (?:pon|to|fi|fa) (?:everybody|everyone|unnu|di family|mi family)\b`],
    ['giving_away', 0.5, String.raw`\b(?:mi|me|him|she) (?:gi|give|gie|gih) (?:weh|whey|way|wey) (?:all |everyting )?(?:mi|me|him|har) (?:tings|ting|clothes|stuff)\b`],
    ['farewell', 0.35, String.raw`\b(?:tanks|thanks) fi (?:everyting|everything)\b`],
    ['farewell', 0.25, String.raw`\btek care a (?:mommy|mumma|mama|di pickney|mi pickney)\b`],
  ]),
  ...compile('tpi', [
    ['burden', 0.6, String.raw`\b(?:mi|em) hevi long (?:olgeta|famili)\b`],
    ['giving_away', 0.5, String.raw`\b(?:mi|em) givim (?:olgeta|olgeta samting) (?:samting )?bilong (?:mi|em)\b`],
    ['farewell', 0.35, String.raw`\btenkyu long olgeta samting\b`],
    ['farewell', 0.25, String.raw`\blukautim (?:mama|papa|ol pikinini)\b`],
  ]),
  ...compile('sco', [
    ['burden', 0.6, String.raw`\ba burden tae (?:awbody|abody|aw'body|everybody|ma faimly|the faimly)\b`],
    ['giving_away', 0.5, String.raw`\b(?:gied|gien|gave|gein) awa(?:y)? (?:aw|a'|a) (?:ma|his|her) (?:stuff|things|gear|claes)\b`],
    ['farewell', 0.35, String.raw`\b(?:thanks|ta) fir (?:awthing|awthin|a'thing)\b`],
    ['farewell', 0.25, String.raw`\blook efter ma (?:maw|mammy|da|dug|cat|weans)\b`],
  ]),
  ...compile('gsw', [
    ['burden', 0.6, String.raw`\b(?:ich|i) bi (?:fur|für) (?:alli|allne|mini familie) (?:nume |nur |bloss )?(?:e|en|ä|es) last\b`],
    ['giving_away', 0.5, String.raw`\b(?:mini|sini|iri) sache (?:scho |alli |alles )?verschankt\b`],
    ['farewell', 0.25, String.raw`\blueg(?:ed|et)? (?:guet )?zu (?:mim|minere|mine) (?:mami|mueter|papi|chatz|hund)\b`],
  ]),
  ...compile('lb', [
    ['burden', 0.6, String.raw`\b(?:ech sinn|hien ass|hatt ass) (?:jidderengem|allen|der famill) eng laascht\b|\beng laascht fir (?:jiddereen|all)\b`],
    ['giving_away', 0.5, String.raw`\ball (?:meng|seng|hir) saachen? verschenkt\b`],
    ['farewell', 0.35, String.raw`\bmerci fir alles\b`],
    ['farewell', 0.25, String.raw`\bpasst op meng (?:mamm|mamma|pap|kaz|hond) op\b`],
  ]),
];
