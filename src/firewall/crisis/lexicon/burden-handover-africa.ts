import { compile } from '../cue.js';

// The same concepts as burden-handover-south-asia.ts in African languages (issue 13, ch1 round):
// Shona, Kinyarwanda, Chichewa, Sesotho, which no lexicon had, and Hausa, Amharic, Somali, Yoruba
// and Nigerian Pidgin beyond their explicit statements (africa.ts, seldom-africa-andes.ts): a
// burden on everyone, all one's things given away, "thanks for everything" (0.4) and "look after
// mother" (0.3), "I won't be around again". Yoruba is written without tone marks, as normalize()
// leaves it. Look-alikes that must not match: tired after work ("ndaneta nebasa"), thanks after a
// wedding ("na gode da komai, mun ji dadin bikin"), giving household things away before a move.

export const BURDEN_HANDOVER_AFRICA = [
  ...compile('sn', [
    ['burden', 0.6, String.raw`\b(?:ndiri|ndava|ari|ava) mutoro\b|\bmutoro (?:kune|kuna) (?:vese|vose|mhuri)\b`],
    ['giving_away', 0.5, String.raw`\b(?:ndapa|ndakapa|apa|akapa|ndapedza kupa)\b.{0,30}\bzvinhu zva(?:ngu|ke) (?:zvese|zvose)\b`],
    ['farewell', 0.35, String.raw`\bndatenda nezvose\b|\bmaita basa nezvose\b`],
    ['farewell', 0.25, String.raw`\bchengetai? (?:amai|baba|mhuri)\b`],
  ]),
  ...compile('rw', [
    ['burden', 0.6, String.raw`\b(?:ndi|ni) umutwaro\b|\bumutwaro kuri (?:bose|buri wese|umuryango)\b`],
    ['giving_away', 0.5, String.raw`\b(?:natanze|yatanze)\b.{0,20}\bibintu (?:byanjye|bye) byose\b`],
    ['farewell', 0.35, String.raw`\bmurakoze kuri byose\b|\burakoze kuri byose\b`],
    ['farewell', 0.25, String.raw`\bmuzite kuri (?:mama|papa|abana)\b`],
  ]),
  ...compile('ny', [
    ['burden', 0.6, String.raw`\b(?:ndine|ali) mtolo\b|\bmtolo kwa (?:aliyense|onse|banja)\b`],
    ['giving_away', 0.5, String.raw`\b(?:ndapereka|ndinapereka|wapereka|anapereka) katundu (?:wanga|wake)(?: yense| onse)?\b`],
    ['farewell', 0.35, String.raw`\bzikomo (?:pa|chifukwa cha) (?:chilichonse|zonse)\b`],
    ['farewell', 0.25, String.raw`\bsamalirani (?:amayi|abambo|ana)\b`],
  ]),
  ...compile('st', [
    ['burden', 0.6, String.raw`\b(?:ke|o) moroalo\b|\bmoroalo ho (?:bohle|motho e mong le e mong|lelapa)\b`],
    ['giving_away', 0.5, String.raw`\b(?:ke|o) fane ka dintho tsa (?:ka|hae)\b`],
    ['farewell', 0.35, String.raw`\bke a leboha ka tsohle\b`],
    ['farewell', 0.25, String.raw`\bhlokomelang (?:mme|ntate|bana)\b`],
  ]),
  ...compile('ha', [
    ['burden', 0.6, String.raw`\b(?:na zama|ya zama|ta zama|ni) nauyi (?:ga|a kan) (?:kowa|kowa da kowa|iyali)\b`],
    ['giving_away', 0.5, String.raw`\b(?:na|ya|ta) (?:raba|ba da|bayar da|rarraba) (?:kayana|kayansa|kayanta)(?: duka| gaba daya)?\b`],
    ['farewell', 0.25, String.raw`\bku kula da (?:mahaifiyata|mahaifina|mamana|babana|yarana)\b`],
  ]),
  ...compile('am', [
    ['burden', 0.6, String.raw`(?:ለሁሉም|ለቤተሰቤ) ሸክም|ሸክም (?:ነኝ|ሆኛለሁ|ሆኗል|ሆናለች)`],
    ['giving_away', 0.5, String.raw`እቃዎቼን (?:ሁሉ )?(?:ሰጠሁ|ሰጥቻለሁ|አከፋፈልኩ)`],
    ['farewell', 0.35, String.raw`ለሁሉም ነገር አመሰግናለሁ`],
    ['farewell', 0.25, String.raw`(?:እናቴን|አባቴን) ተንከባከቡ`],
  ]),
  ...compile('so', [
    ['burden', 0.6, String.raw`\bculays (?:baan|buu|bay) (?:ku )?(?:ahay|yahay)\b|\b(?:qof walba|dadka oo dhan|qoyska) culays\b`],
    ['giving_away', 0.5, String.raw`\balaab(?:taydii|tayda|tiisii)(?: oo dhan)? (?:waan|wuu) (?:bixiyay|bixiyey|qaybiyay)\b`],
    ['farewell', 0.35, String.raw`\bwax walba (?:waad|aad) ku mahadsan(?: tihiin|tahay)\b`],
    ['farewell', 0.25, String.raw`\bhooyo (?:ilaaliya|daryeela)\b`],
  ]),
  ...compile('yo', [
    ['burden', 0.6, String.raw`\bmo ti di eru\b|\bmo je eru\b|\beru (?:fun|le|si) gbogbo (?:eniyan|wa|ebi|yin)\b`],
    ['giving_away', 0.5, String.raw`\bmo ti (?:fi|fun (?:won|awon \w+) ni) gbogbo (?:nkan|nnkan|eru|dukia) mi\b`],
    ['farewell', 0.35, String.raw`\b[eo] se fun ohun gbogbo\b`],
    ['farewell', 0.25, String.raw`\be toju (?:mama|iya|baba) mi\b`],
  ]),
  ...compile('pcm', [
    ['burden', 0.6, String.raw`\b(?:i|e|she|he) (?:be|don be|na) (?:burden|wahala) for (?:everybody|everyone|una|my family|him family|her family)\b`],
    ['giving_away', 0.5, String.raw`\b(?:i|e|she|he) don (?:share|give out|dash|share out) (?:all )?(?:my|him|her|im) (?:things|property|load|tins)\b`],
    ['absence', 0.5, String.raw`\b(?:i|e|she|he) no go dey again\b`],
  ]),
];
