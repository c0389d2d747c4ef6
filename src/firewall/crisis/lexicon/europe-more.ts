import { compile } from '../cue.js';

// European languages the older lexicons did not cover (issue 13, eighth round): Estonian,
// Latvian, Lithuanian, Slovak, Slovenian, Macedonian, Albanian, Icelandic, Welsh, Irish, Basque,
// Galician, Maltese. Written as normalize() leaves text: accents, carons, cedillas and dots are
// dropped (ž -> z, ë -> e, ġ -> g, ā -> a); ð, þ and ħ have no decomposition and stay, so no \b
// next to them. "Dying of laughter" in each is in distancing.ts.

export const ET = compile('et', [
  ['topic', 0.5, String.raw`\benesetapu\w*|\benesetapp\w*`],
  ['ideation', 1, String.raw`\b(?:ma )?ei taha (?:enam )?elada\b|\btahan (?:lihtsalt |ainult )?surra\b|\btapan (?:end|enda|ennast) (?:ara)?\b`],
  ['ideation', 0.6, String.raw`\bteen (?:sellele|koigele) lopu\b`],
  ['burden', 1, String.raw`\b(?:koigil|teil|neil) oleks parem ilma minuta\b`],
  ['farewell', 0.5, String.raw`\bandke mulle (?:koik )?andeks\b|\bandesta mulle koik\b`],
  ['giving_away', 0.45, String.raw`\bpole (?:teda|seda|neid) enam vaja\b`],
  ['timing', 0.3, String.raw`\btana (?:oosel|ohtul)\b`],
  ['hopelessness', 0.8, String.raw`\belul pole (?:enam )?motet\b`],
  ['ideation', 0.6, String.raw`\b(?:koigele )?lopu teha\b`],
]);

export const LV = compile('lv', [
  ['topic', 0.5, String.raw`\bpasnavib\w*`],
  ['ideation', 1, String.raw`\b(?:vairs )?negribu (?:vairs )?dzivot\b|\bgribu (?:vienkarsi |tikai )?(?:nomirt|mirt)\b|\bnogalinasu sevi\b|\bizdarisu pasnavibu\b`],
  ['ideation', 0.6, String.raw`\b(?:es )?to (?:visu )?izbeigsu\b`],
  ['burden', 1, String.raw`\b(?:visiem )?bez manis (?:visiem )?bus labak\b`],
  ['farewell', 0.5, String.raw`\bpiedod(?:iet)? man par visu\b`],
  ['giving_away', 0.45, String.raw`\bvairs nebus vajadzig\w*`],
  ['timing', 0.3, String.raw`\b(?:sonakt|sovakar)\b`],
  ['hopelessness', 0.8, String.raw`\bnav speka dzivot\b`],
  ['ideation', 0.6, String.raw`\bgribu pazust uz visiem laikiem\b`],
  ['method', 1, String.raw`\b(?:lekt|lecu|leksu) no (?:tilta|jumta)\b`],
]);

export const LT = compile('lt', [
  ['topic', 0.5, String.raw`\bsavizudyb\w*`],
  ['ideation', 1, String.raw`\bnebenoriu gyventi\b|\bnenoriu (?:daugiau )?gyventi\b|\bnoriu (?:tiesiog )?(?:numirti|mirti)\b|\bnusizudysiu\b|\bnoriu nusizudyti\b`],
  ['burden', 1, String.raw`\bbe manes visiems bus geriau\b|\bvisiems bus geriau be manes\b`],
  ['farewell', 0.5, String.raw`\batleisk(?:ite)? man uz viska\b`],
  ['giving_away', 0.45, String.raw`\bman (?:ju|jo|jos|to) nebereikes\b`],
  ['timing', 0.3, String.raw`\b(?:sianakt|sivakar)\b`],
  ['hopelessness', 0.8, String.raw`\bne(?:be)?ra prasmes gyventi\b`],
  ['means', 0.8, String.raw`\b(?:prisirinkau|sukaupiau) tableciu\b`],
  ['method', 1, String.raw`\bnusoksiu nuo (?:tilto|stogo)\b`],
]);

export const SK = compile('sk', [
  ['topic', 0.5, String.raw`\bsamovrazd\w*`],
  ['ideation', 1, String.raw`\b(?:uz )?nechcem (?:uz )?zit\b|\bchcem zomriet\b|\bzabijem sa\b|\bspachat samovrazdu\b|\bchcem sa zabit\b`],
  ['burden', 1, String.raw`\bvsetkym bude bezo mna lepsie\b|\bbezo mna (?:bude )?(?:vsetkym )?lepsie\b`],
  ['method', 1, String.raw`\bskocim z (?:mosta|strechy|okna|balkona)\b`],
  ['farewell', 0.5, String.raw`\bodpust(?:te)? mi vsetko\b`],
  ['giving_away', 0.45, String.raw`\buz (?:ho|ju|ich|to) nebudem potrebovat\b`],
  ['timing', 0.3, String.raw`\bdnes (?:v noci|vecer)\b`],
  ['hopelessness', 0.8, String.raw`\bnema zmysel zit\b`],
  ['means', 0.5, String.raw`\bvsetky (?:\w+ )?(?:lieky|tabletky|prasky)\b`],
]);

export const SL = compile('sl', [
  ['topic', 0.5, String.raw`\bsamomor\w*`],
  ['ideation', 1, String.raw`\b(?:nocem|ne zelim) vec ziveti\b|\b(?:hocem|zelim) umreti\b|\bubil(?:a)? se bom\b`],
  ['ideation', 0.6, String.raw`\bnocoj bom (?:koncal|koncala)\b|\bbom (?:koncal|koncala) s tem\b`],
  ['burden', 1, String.raw`\bvsem bo bolje brez mene\b|\bbrez mene bo vsem bolje\b`],
  ['farewell', 0.5, String.raw`\boprosti(?:te)? mi za vse\b`],
  ['giving_away', 0.45, String.raw`\bne bom (?:je|ga|jih) vec potreboval\w*`],
  ['timing', 0.3, String.raw`\bnocoj\b`],
  ['hopelessness', 0.8, String.raw`\bni smisla ziveti\b`],
  ['method', 1, String.raw`\bskocil(?:a)? bom z (?:mostu|strehe)\b`],
]);

export const MK = compile('mk', [
  ['ideation', 1, String.raw`не сакам (?:повеќе )?да живеам`],
  ['ideation', 1, String.raw`сакам да умрам|ќе се убијам|ќе си го одземам животот`, 'neg'],
  ['burden', 1, String.raw`(?:на сите )?ќе (?:им )?биде подобро без мене`],
  ['farewell', 0.5, String.raw`прости(?:те)? ми за сè`],
  ['timing', 0.3, String.raw`вечерва|оваа ноќ`],
  ['hopelessness', 0.8, String.raw`нема смисла да живеам`],
  ['method', 1, String.raw`ќе скокнам од (?:мостот|покривот)`],
]);

export const SQ = compile('sq', [
  ['topic', 0.5, String.raw`\bvetevras\w*`],
  ['ideation', 1, String.raw`\bnuk (?:dua|du) (?:me )?te jetoj\b|\bdua te vdes\b|\bdo (?:ta|te) vras(?:e)? veten\b|\bvras veten\b`],
  ['burden', 1, String.raw`\bdo te jene me mire pa mua\b|\bme mire pa mua\b`],
  ['farewell', 0.5, String.raw`\bme fal per gjithcka\b`],
  ['giving_away', 0.45, String.raw`\bnuk do (?:te )?me duhet me\b`],
  ['timing', 0.3, String.raw`\bsonte\b`],
  ['method', 1, String.raw`\bdo (?:ta|te) hedh(?:e)? veten\b`],
  ['hopelessness', 0.8, String.raw`\b(?:s'ka|nuk ka) kuptim te jetoj\b|\bjam lodhur nga jeta\b`],
]);

export const IS = compile('is', [
  ['topic', 0.5, String.raw`sjalfsvig`],
  ['ideation', 1, String.raw`\beg vil ekki lifa lengur\b|\beg vil (?:bara )?deyja\b|aetla a(?:ð|d) drepa mig|\bdrepa mig\b`],
  ['burden', 1, String.raw`\ballir vaeru betur settir an min\b`],
  ['farewell', 0.5, String.raw`fyrirgef(?:ð|d)u mer allt`],
  ['timing', 0.3, String.raw`\bi (?:kvold|nott)\b`],
]);

export const CY = compile('cy', [
  ['topic', 0.5, String.raw`\bhunanladdiad\w*`],
  ['ideation', 1, String.raw`\b(?:dw i|dwi) ddim (?:eisiau|isio|moyn) byw (?:rhagor|mwyach|ddim mwy)\b|\b(?:dw i|dwi)(?:'n)? (?:eisiau|isio|moyn) marw\b|\bladd fy hun\b`],
  ['burden', 1, String.raw`\bbydd pawb yn well (?:eu byd )?hebdda i\b`],
  ['farewell', 0.5, String.raw`\b(?:sori|maddeuwch i mi) am bopeth\b`],
  ['timing', 0.3, String.raw`\bheno\b`],
]);

export const GA = compile('ga', [
  ['topic', 0.5, String.raw`\bfein(?:-| )?mharu\w*`],
  ['ideation', 1, String.raw`\bnil me ag iarraidh (?:maireachtail|a bheith beo)\b|\b(?:ba mhaith liom|teastaionn uaim) bas a fhail\b|\bmo lamh (?:fein )?a chur i mo bhas\b`],
  ['farewell', 0.5, String.raw`\bta bron orm faoi gach rud\b`],
  ['timing', 0.3, String.raw`\banocht\b`],
]);

export const EU = compile('eu', [
  ['ideation', 1, String.raw`\bez dut (?:gehiago )?bizi nahi\b|\bhil nahi dut\b|\b(?:neure|nire) burua hil(?:ko dut)?\b|\bburuaz beste egin\w*`],
  ['burden', 1, String.raw`\b(?:denak |guztiak )?hobeto (?:egongo lirateke|egongo ziren) ni gabe\b|\bni gabe hobeto\b`],
  ['farewell', 0.5, String.raw`\bbarkatu (?:dena|guztiagatik)\b`],
  ['timing', 0.3, String.raw`\bgaur gauean\b`],
]);

export const GL = compile('gl', [
  ['ideation', 1, String.raw`\b(?:xa )?non quero (?:seguir )?vivir\b`],
  ['ideation', 1, String.raw`\bquero morrer\b|\bvou matarme\b`, 'neg'],
  ['ideation', 0.6, String.raw`\b(?:remato|acabo|vou rematar|vou acabar) con todo\b`],
  ['burden', 1, String.raw`\b(?:todos|todo o mundo) estarian mellor sen min\b|\bmellor sen min\b`],
  ['farewell', 0.5, String.raw`\bperdoa(?:de)?me por todo\b`],
  ['giving_away', 0.45, String.raw`\bxa non (?:a|o|os|as) vou precisar\b`],
  ['timing', 0.3, String.raw`\besta noite\b`],
]);

export const MT = compile('mt', [
  ['topic', 0.5, String.raw`\bsuwicidj\w*`],
  ['ideation', 1, String.raw`ma rridx ng(?:ħ|h)ix (?:aktar|izjed)|\birrid immut\b|noqtol lili nnifsi`],
  ['burden', 1, String.raw`kul(?:ħ|h)add (?:ikun|jkun) a(?:ħ|h)jar ming(?:ħ|h)ajri`],
  ['farewell', 0.5, String.raw`skuzani g(?:ħ|h)al kollox`],
  ['timing', 0.3, String.raw`\billejla\b`],
]);
