import { compile } from '../cue.js';

// Indirect risk in other languages (see indirect-en.ts for the families): hand-overs ("it's yours
// now", "look after the cat for me"), everything arranged, endings with a date ("over by the
// weekend", "soon nobody has to worry about me"), medication gathered, a decision taken, being a
// weight on everyone, not coming back. Weighted to need company, as in English.

export const INDIRECT_ES = compile('es', [
  ['giving_away', 0.5, String.raw`\bquedate con (?:mi|mis|el|la|los|las)\b|\bte (?:dejo|quedas con) (?:mi|mis|el|la|los|las)\b(?! llaves)|\b(?:es|son) (?:tuy[oa]s?|para ti) (?:ahora|para siempre)\b|\bmis cosas son (?:tuyas|para ti)\b`],
  ['hopelessness', 1, String.raw`\b(?:hart[oa]|cansad[oa]|agotad[oa]) de (?:vivir|la vida)\b`],
  ['farewell', 0.45, String.raw`\bcuida(?:d|me)? (?:de|a) (?:los ninos|mis hijos|mi (?:perro|perra|gato|gata|madre|mama|padre|papa)|mama|papa|[a-z]+,? por favor)\b|\bgracias por (?:aguantarme|soportarme|todos estos anos)\b`],
  ['plan', 0.6, String.raw`\b(?:ya )?(?:he dejado|deje|tengo|esta|quedo) todo (?:arreglado|en orden|listo|resuelto|atado|preparado)\b|\bquien se queda con (?:el perro|la perra|el gato|la gata|los ninos|mis cosas)\b`],
  ['absence', 0.6, String.raw`\bpronto no (?:tendran|tendras|tendreis|van a tener) que preocupar(?:se|te|os) por mi\b|\bya no (?:tendran|tendras|van a tener) que (?:preocuparse|cargar) (?:por mi|conmigo)\b`],
  ['absence', 0.45, String.raw`\bno (?:vuelvo|voy a volver) (?:nunca|mas)\b`],
  ['means', 0.8, String.raw`\b(?:he |tengo )?(?:juntado|guardado|ahorrado|acumulado|escondido) (?:\w+ )?(?:\d+ )?(?:pastillas|comprimidos|pildoras|somniferos|calmantes)\b`],
  ['burden', 0.8, String.raw`\b(?:un )?(?:peso|estorbo|carga) para (?:todos|todo el mundo|mi familia|ustedes|vosotros)\b`],
]);

export const INDIRECT_PT = compile('pt', [
  ['plan', 0.45, String.raw`\bja (?:esta )?tudo (?:pronto|preparado|organizado)\b`],
  ['plan', 0.45, String.raw`\bja (?:esta )?tudo (?:pronto|preparado|organizado)\b`],
  ['giving_away', 0.5, String.raw`\bfica(?:r)? com (?:o meu|a minha|os meus|as minhas|meu|minha)\b|\b(?:e|sao) (?:seu|sua|seus|suas|teu|tua) agora\b`],
  ['absence', 0.45, String.raw`\bnao (?:volto|vou voltar) (?:mais|nunca mais)\b`],
  ['absence', 0.6, String.raw`\blogo ninguem (?:vai )?(?:precisar|ter) (?:de )?(?:se )?preocupar comigo\b`],
  ['plan', 0.6, String.raw`\b(?:deixei|esta|ta|ficou) tudo (?:organizado|resolvido|arrumado|certo|em ordem)\b`],
  ['means', 0.8, String.raw`\b(?:juntei|guardei|escondi|acumulei) (?:\w+ )?(?:\d+ )?(?:comprimidos|remedios|pilulas|calmantes)\b`],
  ['burden', 0.8, String.raw`\bum (?:peso|fardo|estorvo) (?:para|pra) (?:todos|todo mundo|minha familia|voces)\b`],
]);

export const INDIRECT_FR = compile('fr', [
  ['plan', 0.45, String.raw`\btout est (?:pret|prepare|organise)\b`],
  ['plan', 0.45, String.raw`\btout est (?:pret|prepare|organise)\b`],
  ['giving_away', 0.5, String.raw`\b(?:l'appartement|l'appart|la voiture|le chat|le chien|la maison|mon \w+|ma \w+|mes \w+) (?:est|sont) (?:a|pour) toi\b|\bje te (?:laisse|donne|legue) (?:mon|ma|mes|l'|le|la|les)\b(?! cles)`],
  ['means', 0.8, String.raw`\b(?:mis de cote|garde|accumule|stocke|amasse|cache) (?:toutes |tous )?(?:mes|des|les) (?:boites de )?(?:somniferes|cachets|comprimes|medicaments|pilules)\b`],
  ['absence', 0.6, String.raw`\b(?:je ne vais pas|je vais pas|je ne pourrai pas) tenir jusqu'?(?:a|au|a la) (?:noel|nouvel an|l'ete|mon anniversaire|la fin)\b|\bce ne sera plus (?:mon|ton|votre) probleme\b|\bapres (?:demain|ca|cela)\b[^.]{0,25}\b(?:trop tard|plus mon probleme)\b`],
  ['burden', 0.8, String.raw`\bun (?:poids|fardeau|boulet) pour (?:tout le monde|vous|ma famille|eux|tous)\b`],
  ['plan', 0.6, String.raw`\bj'ai (?:tout )?(?:regle|range|organise) (?:tout|mes affaires)\b|\bj'ai tout regle\b`],
]);

export const INDIRECT_DE = compile('de', [
  ['plan', 0.45, String.raw`\b(?:es ist )?alles (?:ist )?(?:vorbereitet|bereit|erledigt)\b`],
  ['plan', 0.45, String.raw`\b(?:es ist )?alles (?:ist )?(?:vorbereitet|bereit|erledigt)\b`],
  ['giving_away', 0.45, String.raw`\b(?:gehort|gehoren) (?:jetzt |ab jetzt )?dir\b|\bdu kannst (?:meine|meinen|mein|die|das|den) \w+ haben\b`],
  ['absence', 0.5, String.raw`\b(?:am|bis zum|nach dem|ab) (?:wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b[^.]{0,20}\bist (?:es|alles) vorbei\b|\bbald ist (?:es|alles) vorbei\b|\bniemand muss sich (?:mehr )?(?:um mich|sorgen)\b`],
  ['burden', 0.8, String.raw`\beine (?:last|belastung) fur (?:alle|euch|meine familie|jeden)\b`],
  ['means', 0.8, String.raw`\b(?:tabletten|pillen|schlaftabletten)\b[^.]{0,20}\b(?:gesammelt|gebunkert|gehortet|aufgehoben|versteckt)\b`],
]);

export const INDIRECT_IT = compile('it', [
  ['giving_away', 0.5, String.raw`\bti lascio (?:il|la|i|le|lo|gli|mio|mia|miei|mie)\b(?! chiavi)|\b(?:e|sono) tu[oaei] (?:adesso|ora|da adesso)\b`],
  ['plan', 0.6, String.raw`\bho (?:gia )?sistemato tutto\b|\bho messo (?:tutto|le mie cose) in ordine\b`],
  ['means', 0.8, String.raw`\b(?:messo da parte|conservato|accumulato|nascosto) (?:tutte )?(?:le )?(?:mie )?(?:pillole|pastiglie|compresse|sonniferi)\b`],
  ['burden', 0.8, String.raw`\bun peso per (?:tutti|la mia famiglia|voi)\b`],
]);

export const INDIRECT_NL = compile('nl', [
  ['giving_away', 0.5, String.raw`\bgaat naar jou\b|\b(?:is|zijn) (?:nu )?voor jou\b|\bmag (?:mijn|de|het) \w+ hebben\b`],
  ['plan', 0.6, String.raw`\bik heb alles geregeld\b|\bwie de (?:hond|kat) krijgt\b`],
  ['absence', 0.6, String.raw`\bhoeft niemand (?:meer )?op mij te (?:letten|passen)\b|\bniemand hoeft (?:zich )?(?:meer )?(?:zorgen|druk) (?:te maken )?(?:om|over) mij\b`],
  ['means', 0.8, String.raw`\b(?:pillen|tabletten|slaappillen)\b[^.]{0,20}\b(?:gespaard|verzameld|bewaard|verstopt)\b`],
]);

export const INDIRECT_PL = compile('pl', [
  ['plan', 0.45, String.raw`\bwszystko (?:jest )?(?:przygotowane|gotowe|zalatwione)\b`],
  ['plan', 0.45, String.raw`\bwszystko (?:jest )?(?:przygotowane|gotowe|zalatwione)\b`],
  ['hopelessness', 1, String.raw`\bnie ma po co zyc\b|\bpo co (?:mam )?(?:dalej )?zyc\b|\bnie widze (?:juz )?sensu (?:zycia|zyc|w zyciu)\b|\bmam dosc zycia\b`],
  ['absence', 0.55, String.raw`\b(?:nie przyjde|juz nie przyjde) (?:juz|nigdy|wiecej)\b|\bnie przyjde juz\b`],
  ['giving_away', 0.5, String.raw`\boddaje (?:ci|wam) (?:moj|moja|moje|wszystko)\b|\bmozesz (?:wziac|zatrzymac|zabrac) (?:moj|moja|moje)\b`],
  ['means', 0.8, String.raw`\b(?:zbieram|zbieralem|zbieralam|uzbieralem|uzbieralam|chowam) (?:\w+ )?(?:tabletki|tabletek|leki|pigulki)\b`],
]);

export const INDIRECT_TR = compile('tr', [
  ['plan', 0.45, String.raw`\bher sey hazir\b`],
  ['plan', 0.45, String.raw`\bher sey hazir\b`],
  ['absence', 0.7, String.raw`\bartik yokum\b|\bartik olmayacagim\b`],
  ['farewell', 0.5, String.raw`\bhakkinizi helal edin\b|\bbeni unutmayin\b`],
  ['giving_away', 0.5, String.raw`\b(?:kediyi|kedimi|kopegi|kopegimi|esyalarimi|arabami|bilgisayarimi|gitarimi) \S+ ver(?:in|ir misin|sinler|ecegim)\b`],
  ['means', 0.8, String.raw`\bhap(?:lari|larimi)? biriktir\w*`],
]);

export const INDIRECT_RU = compile('ru', [
  ['plan', 0.45, String.raw`вс[её] (?:уже )?(?:готово|решено|подготовлено)`],
  ['plan', 0.45, String.raw`вс[её] (?:уже )?(?:готово|решено|подготовлено)`],
  ['absence', 0.5, String.raw`скоро (?:все|всё) (?:закончится|кончится)|больше не (?:понадоб|пригод)`],
  ['giving_away', 0.5, String.raw`оставляю (?:тебе|вам)|забираите|забирай`],
]);

export const INDIRECT_JA = compile('ja', [
  ['farewell', 0.45, String.raw`(?:猫|ねこ|ネコ|犬|いぬ|子供|子ども|家族|母|父|お母さん|お父さん)(?:のこと)?(?:を)?(?:よろしく|頼む|頼みます|お願い)`],
  ['hopelessness', 0.6, String.raw`全部疲れた|すべてに疲れた|何もかも(?:疲れた|嫌)`],
  ['method', 0.5, String.raw`(?:屋上|橋の上|ビルの上|崖)(?:に|で)(?:いる|来た|立って)`],
  ['means', 0.8, String.raw`薬を(?:貯め|ため|集め)`],
]);

export const INDIRECT_ZH = compile('zh', [
  ['means', 1, String.raw`(?:攒了|攒够|攒好|攒的|囤了)(?:的)?(?:药|藥|安眠药|安眠藥)|攒药|攒藥|囤药|囤藥|(?:药都|藥都|药已|藥已)(?:攒|存|囤)|(?:药|藥)(?:攒好|存好|囤好|攒够)`],
  ['burden', 0.5, String.raw`不(?:会|會)再?麻烦(?:大家|你们|你們|任何人)|不(?:会|會)再?拖累`],
  ['giving_away', 0.5, String.raw`都(?:转|轉)给你|留给你|留給你|都给你|都給你`],
  ['farewell', 0.45, String.raw`照顾好(?:爸妈|爸爸|妈妈|自己|孩子)|照顧好(?:爸媽|爸爸|媽媽|孩子)`],
]);

export const INDIRECT_KO = compile('ko', [
  ['giving_away', 0.5, String.raw`(?:네가|형이|니가|너가|언니가|누나가|오빠가)\s?가져|가져가(?:도 돼|라)`],
  ['hopelessness', 0.5, String.raw`다\s?지쳤|모든\s?게\s?지쳐`],
]);

export const INDIRECT_AR = compile('ar', [
  ['plan', 0.45, String.raw`كل شيء جاهز|كل شيء مرتب`],
  ['plan', 0.45, String.raw`كل شيء جاهز|كل شيء مرتب`],
  ['ideation', 1, String.raw`(?:لا|لم اعد|ما عدت|ما عاد) ?(?:اريد|ابي|ابغى) ?(?:ان )?(?:اعيش|احيا)|(?:تريد|يريد) ان (?:تموت|يموت)|ستنتحر|سينتحر`],
  ['absence', 0.7, String.raw`لن اكون هنا (?:طويلا|بعد الان)|لن احتاج(?:ها|ه)? بعد الان`],
  ['giving_away', 0.6, String.raw`وزعت اغراضي|اوزع اغراضي|خذ (?:ساعتي|كتبي|اغراضي|سيارتي)`],
  ['farewell', 0.5, String.raw`سامح\S* على كل شيء|اعتن(?:ي)? ب(?:امي|ابي|اطفالي|قطتي)`],
]);

export const INDIRECT_HI = compile('hi', [
  ['giving_away', 0.5, String.raw`तुम रख लेना|रख लेना|\brakh lena\b`],
  ['farewell', 0.45, String.raw`(?:माँ|मां|मम्मी|पापा|बच्चों|दीदी|भैया|भाई|बहन|नानी|दादी) का ध्यान रखना|\b(?:maa|mummy|papa) ka dhyan rakhna\b`],
]);

// Indonesian: the explicit statements too (there was no Indonesian lexicon beyond topic words).
export const ID = compile('id', [
  ['topic', 0.5, String.raw`\bbunuh diri\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:ingin|mau|pengen|pingin|pgn|ingin sekali|lebih baik|mending) (?:mati|bunuh diri|mengakhiri hidup(?:ku|nya)?)\b|\b(?:tidak|gak|ga|nggak|enggak) (?:mau|ingin) hidup lagi\b`, 'neg'],
  ['hopelessness', 1, String.raw`\b(?:capek|cape|lelah|cpk) hidup\b`],
  ['farewell', 0.5, String.raw`\bmaaf(?:kan (?:aku|saya))? (?:untuk|atas) (?:semuanya|segalanya)\b|\btolong jaga (?:kucing|anjing|ibu|bapak|mama|papa|anak)\w*`],
  ['absence', 0.7, String.raw`\b(?:aku|saya) (?:sudah )?tidak akan ada lagi\b`],
  ['self_harm', 1, String.raw`\b(?:menyakiti|melukai) diri\b`, 'neg'],
]);
