import { compile } from '../cue.js';

// Russian, Polish, Turkish. Cyrillic has no \b in JS regexes without /u, so Russian uses stems.

export const RU = compile('ru', [
  ['topic', 0.5, String.raw`(?:самоубииств|суицид)`, 'neg'],
  ['ideation', 1, String.raw`(?:хочу|хочет|хотел[аи]?|хочется) (?:умереть|покончить с собои|убить себя|исчезнуть навсегда|не жить|сдохнуть)`, 'neg'],
  ['ideation', 1, String.raw`(?:покончить с собои|убить себя|покончу с собои|свести счеты с жизнью|наложить на себя руки|суицидальн)`, 'neg'],
  ['ideation', 1, String.raw`не хочу (?:больше )?жить|мысли о (?:самоубииств|смерти|суициде)`],
  ['hopelessness', 0.5, String.raw`не могу больше|нет выхода|ничего не изменится`],
  ['hopelessness', 1, String.raw`нет смысла (?:жить|в жизни)|(?:устал|устала) (?:от жизни|жить)|жизнь не имеет смысла`],
  ['burden', 1, String.raw`(?:всем|им|семье) (?:будет )?лучше без меня`],
  ['burden', 0.6, String.raw`я (?:только )?обуза`],
  ['burden', 0.8, String.raw`никто не (?:заметит|будет скучать)`],
  ['farewell', 0.8, String.raw`прощаите (?:все|навсегда)|прощаи навсегда|когда ты (?:прочитаешь|прочтешь) это`],
  ['plan', 1, String.raw`предсмертн`],
  ['absence', 0.8, String.raw`меня (?:скоро )?не будет|меня больше не увидите`],
  ['giving_away', 0.7, String.raw`раздаю (?:свои |все свои )?вещи|раздал[аи]? (?:свои )?вещи`],
  ['height', 0.4, String.raw`на крыше|на мосту`],
  ['method', 1, String.raw`(?:прыгнуть|спрыгнуть|броситься|выпрыгнуть) (?:с|под|из) (?:моста|крыши|поезд|окна)|повеситься`],
  ['means', 1, String.raw`сколько (?:таблеток|снотворного) [а-я ]{0,40}?(?:умереть|смертельн|не проснуться)`],
  ['means', 0.8, String.raw`смертельн(?:ая|ую) доз`],
  ['self_harm', 1, String.raw`режу себя|порезать себя|селфхарм|причинить себе (?:вред|боль)|самоповрежд`, 'neg'],
  ['timing', 0.3, String.raw`сегодня ночью|этои ночью|после экзамена`],
]);

export const PL = compile('pl', [
  ['hopelessness', 0.5, String.raw`\bnie dam (?:juz )?rady\b|\bnie (?:moge|wytrzymam) (?:juz )?(?:dluzej|wiecej)\b`],
  ['topic', 0.5, String.raw`\bsamobo(?:jst|jcz)\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:chce|chcial(?:a|bym|abym)?|chcialbym) (?:umrzec|sie zabic|zniknac na zawsze|nie zyc)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:zabic sie|odebrac sobie zycie|popelnic samobojstwo)\b`, 'neg'],
  ['ideation', 1, String.raw`\bmysli samobojcze\b|\bnie chce (?:juz )?zyc\b`],
  ['hopelessness', 0.5, String.raw`\bnie daje (?:juz )?rady\b|\bnie moge juz\b|\bnie ma wyjscia\b`],
  ['hopelessness', 1, String.raw`\b(?:nie ma|bez) sensu zyc\b|\bzycie nie ma sensu\b|\bzmeczon[ya] zyciem\b`],
  ['burden', 1, String.raw`\bwszystkim (?:bedzie|byloby) lepiej beze mnie\b`],
  ['burden', 0.6, String.raw`\bjestem ciezarem\b`],
  ['farewell', 0.8, String.raw`\bzegnajcie\b|\bgdy to przeczytasz\b`],
  ['plan', 1, String.raw`\blist pozegnalny\b`],
  ['absence', 0.8, String.raw`\b(?:niedlugo|wkrotce) mnie nie bedzie\b`],
  ['giving_away', 0.7, String.raw`\brozdaje (?:swoje |wszystkie swoje )?rzeczy\b`],
  ['height', 0.4, String.raw`\bna (?:dachu|moscie)\b`],
  ['method', 1, String.raw`\bskoczyc z (?:mostu|dachu|bloku)\b|\bpowiesic sie\b`],
  ['means', 1, String.raw`\bile (?:tabletek|pigulek) [\w' -]{0,40}?(?:umrzec|smiertel\w*|zabic)\b`],
  ['means', 0.8, String.raw`\bsmiertelna dawka\b`],
  ['self_harm', 1, String.raw`\b(?:tne sie|ciac sie|samookalecz\w*)\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:dzis w nocy|dzisiaj w nocy|po egzaminie)\b`],
]);

export const TR = compile('tr', [
  ['topic', 0.5, String.raw`\bintihar\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:olmek istiyorum|olmek istiyor|kendimi oldur\w*|intihar etmek istiyorum|intihar edecegim|yasamak istemiyorum|canima kiy\w*|olsem daha iyi)\b`],
  ['hopelessness', 0.5, String.raw`\bartik dayanamiyorum\b|\bcikis yolu yok\b`],
  ['hopelessness', 1, String.raw`\byasamanin (?:bir )?anlami yok\b|\byasamaktan yoruldum\b`],
  ['burden', 1, String.raw`\b(?:herkes )?bensiz daha iyi\b|\bben olmadan (?:herkes )?daha (?:iyi|mutlu)\b`],
  ['burden', 0.6, String.raw`\bben bir yukum\b`],
  ['farewell', 0.8, String.raw`\bbunu okudugunda\b|\bhoscakalin herkes\b|\bherkese elveda\b`],
  ['plan', 1, String.raw`\bveda mektubu\b`],
  ['absence', 0.8, String.raw`\byakinda (?:burada )?olmayacagim\b`],
  ['method', 1, String.raw`\b(?:kopruden|catidan|binadan) atla\w*`],
  ['means', 1, String.raw`\bkac (?:hap|tablet) [\w' -]{0,40}?(?:olur|oldurur|olumcul|olmek)\b`],
  ['means', 0.8, String.raw`\bolumcul doz\b`],
  ['self_harm', 1, String.raw`\bkendime zarar\b|\bkendimi kesiyorum\b`],
  ['timing', 0.3, String.raw`\bbu gece\b|\bsinavdan sonra\b`],
]);
