import { compile } from '../cue.js';

// Crisis told without crisis words (issue 13, fourteenth round; bb1, al1, ay1 misses and the bh1
// rows written for them), by concept rather than by language:
// - not existing after a named time ("after Sunday I won't exist", "nobody needs to worry about
//   me after Saturday"): as strong as the English absence cues (0.8);
// - "don't look for me", said in a hand-over: a farewell that needs company (0.5), since it is
//   also a joke or a song line; "don't wait for me" is dinner, so it is left out;
// - an ending with a day ("Monday night is when I'm ending it", Indonesian "mengakhiri semuanya");
// - a third person who sent a goodbye and then went silent: "not answering", "phone off" weigh
//   0.4 as the English cue does, so only with a goodbye or a means do they show risk;
// - logistics with no after: no forwarding address, no return ticket (0.4, needs company).
// Kept apart from the per-language lexicons so rounds that add to those do not touch these lines.

export const GOODBYE_LOGISTICS = [
  compile('en', [
    ['absence', 0.8, String.raw`\b(?:after|from|past) (?:tonight|tomorrow|the weekend|(?:this |next )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)(?: night| morning)?),? (?:i'?ll|i will|i) (?:no longer|not|won'?t) (?:exist|be here|be around|be alive)\b`],
    ['absence', 0.6, String.raw`\bi'?ll be gone by then\b[^.!?]{0,40}\b(?:ending it|end it|do it)\b|\b(?:is|'s) when i'?m ending (?:it|things|everything)\b`],
    ['farewell', 0.5, String.raw`\b(?:please )?(?:don'?t|do not) (?:come )?(?:look|search|go looking) for me\b`],
    ['plan', 0.5, String.raw`\b(?:please )?(?:don'?t|do not) (?:come to|go into|open) (?:the|my) (?:apartment|flat|house|room|garage) alone\b`],
    ['plan', 0.4, String.raw`\bno forwarding address\b|\b(?:won'?t|don'?t|will not) need (?:a|one|any) (?:forwarding address|return ticket|return flight)\b|\bno return (?:ticket|transfer|flight) (?:needed|necessary)\b`],
    ['absence', 0.4, String.raw`\b(?:phone|phones) (?:is |are )?(?:off|switched off|dead)\b|\bnot picking up\b|\bisn'?t picking up\b|\bwon'?t pick up\b|\bstopped answering\b`],
  ]),
  compile('es', [
    ['absence', 0.8, String.raw`\bya no (?:voy a existir|existire)\b|\bdejare de existir\b`],
    ['farewell', 0.5, String.raw`\bno me (?:busques|busquen)\b`],
    ['plan', 0.4, String.raw`\b(?:no necesito|sin) (?:billete|boleto|pasaje) de (?:vuelta|regreso)\b|\bsin direccion (?:nueva|de reenvio)\b`],
    ['absence', 0.4, String.raw`\bno (?:contesta|responde|coge|atiende) (?:el telefono|el movil|las llamadas|a nadie)\b|\btiene el (?:telefono|movil) apagado\b`],
  ]),
  compile('pt', [
    ['absence', 0.8, String.raw`\bnao vou (?:mais )?existir\b|\bnao existirei mais\b|\bdeixarei de existir\b`],
    ['farewell', 0.5, String.raw`\bnao me procure(?:m)?\b`],
    ['absence', 0.4, String.raw`\bnao atende (?:o telefone|o celular|ninguem|as ligacoes)?\b|\bcelular (?:esta )?desligado\b`],
  ]),
  compile('fr', [
    ['absence', 0.8, String.raw`\bje n'existerai plus\b|\bje ne serai plus (?:la|de ce monde)\b(?! (?:pour|a|au|en|le|la|les|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)`],
    ['farewell', 0.5, String.raw`\bne me cherche(?:z)? pas\b`],
    ['plan', 0.4, String.raw`\bpas (?:besoin )?d'adresse de (?:reexpedition|suivi)\b|\bpas (?:besoin )?de (?:billet )?retour\b`],
    ['absence', 0.4, String.raw`\bne (?:repond|decroche) (?:plus|pas)\b|\bson (?:telephone|portable) est (?:eteint|coupe)\b`],
  ]),
  compile('de', [
    ['absence', 0.8, String.raw`\b(?:gibt es|gibts) mich nicht mehr\b|\bexistiere ich nicht mehr\b|\bwerde ich nicht mehr (?:da sein|existieren|leben)\b`],
    ['farewell', 0.5, String.raw`\bsuch(?:t)? (?:bitte )?nicht nach mir\b|\bsuch(?:t)? mich (?:bitte )?nicht\b`],
    ['absence', 0.4, String.raw`\bgeht nicht (?:mehr )?(?:ans telefon|ran)\b|\bhandy (?:ist )?aus(?:geschaltet)?\b`],
  ]),
  compile('it', [
    ['absence', 0.8, String.raw`\bnon esistero piu\b`],
    ['farewell', 0.5, String.raw`\bnon (?:cercarmi|cercatemi|mi cercate|mi cercare)\b`],
    ['absence', 0.4, String.raw`\bnon risponde (?:al telefono|piu)\b|\bha il telefono spento\b`],
  ]),
  compile('no', [
    ['absence', 0.8, String.raw`\b(?:finnes jeg|jeg finnes|eksisterer jeg|jeg eksisterer) ikke (?:lenger|mer)\b|\bfinns jag inte (?:langre|mer)\b`],
    ['farewell', 0.5, String.raw`\bikke (?:let|se) etter meg\b|\bleta inte efter mig\b|\bikke led efter mig\b`],
  ]),
  compile('hu', [
    ['absence', 0.8, String.raw`\butan (?:mar )?nem leszek\b(?! (?:itthon|otthon|ott|itt|bent|benn|elerheto|a |az ))|\bnem kell (?:tobbe )?aggodnia? (?:ertem|miattam)\b`],
    ['farewell', 0.5, String.raw`\bne keress(?:etek)?\b`],
  ]),
  compile('pl', [
    ['absence', 0.6, String.raw`\bnie bedzie mnie\b(?! (?:w |na |do |przez |od |jutro w|w domu))|\bprzestane istniec\b`],
    ['farewell', 0.5, String.raw`\bnie szukaj(?:cie)? mnie\b|\bzegnajcie\b`],
    ['absence', 0.4, String.raw`\bnie odbiera\b|\bma wylaczony telefon\b`],
  ]),
  compile('ru', [
    ['farewell', 0.5, String.raw`не ищ(?:и|ите) меня`],
    ['absence', 0.4, String.raw`не (?:берет|бер[её]т) трубку|телефон (?:выключен|отключен)`],
  ]),
  compile('tr', [
    ['farewell', 0.5, String.raw`\bbeni aramayin\b|\bbeni arama\b(?! ?(?:lar|yi))`],
    ['farewell', 0.4, String.raw`\bhakkinizi helal edin\b|\bhakkini helal et\b`],
    ['absence', 0.4, String.raw`\btelefonu kapali\b|\btelefonu acmiyor\b`],
  ]),
  compile('id', [
    ['intent', 0.6, String.raw`\bmengakhiri (?:semuanya|segalanya|semua ini)\b`],
    ['farewell', 0.5, String.raw`\bjangan (?:cari|mencari) (?:aku|saya|kakak|abang|mama|papa)\b`],
    ['absence', 0.4, String.raw`\b(?:tidak|nggak|gak|ga) (?:angkat|mengangkat) (?:telepon|telpon|hp)\b`],
  ]),
  compile('he', [
    ['farewell', 0.5, String.raw`אל תחפש(?:ו|י)? אותי`],
    ['absence', 0.4, String.raw`לא עונה לטלפון|הטלפון (?:שלו|שלה) כבוי`],
  ]),
  // CJK: matched as substrings. "もう私はいない" needs the speaker: "もういない" alone is someone who left.
  compile('ja', [
    ['absence', 0.8, String.raw`もう(?:私|僕|俺|わたし|あたし)は?(?:この世に)?いない|(?:私|僕|俺)は(?:もう)?この世にいない`],
    ['farewell', 0.5, String.raw`探さないで`],
    ['plan', 0.4, String.raw`転送先(?:住所)?(?:は|も)?(?:いらない|いりません|不要|ありません|ない)`],
    ['absence', 0.4, String.raw`電話に出ない|電話に出ません|電源が切れて`],
  ]),
  compile('zh', [
    ['ideation', 0.9, String.raw`唔想再醒|唔想醒返|不想再醒来|不想再醒來|不想再醒过来|不想再醒過來`],
    ['farewell', 0.5, String.raw`唔好搵我|不要找我|別找我|别找我`],
    ['burden', 0.7, String.raw`唔使再煩住大家|唔使再麻煩大家|不会再麻烦大家|不會再麻煩大家|不用再担心我|不用再擔心我`],
    ['absence', 0.4, String.raw`唔聽電話|唔接電話|不接电话|不接電話|关机了|關機了`],
  ]),
  compile('km', [['ideation', 0.8, String.raw`មិនចង់ភ្ញាក់`]]),
  compile('am', [['absence', 0.4, String.raw`ስልኳን አታነሳም|ስልኩን አያነሳም`]]),
  compile('eu', [['absence', 0.4, String.raw`\bez du telefonoa hartzen\b`]]),
  compile('yo', [['absence', 0.4, String.raw`\bko gbe foonu\b`]]),
].flat();
