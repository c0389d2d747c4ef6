import { union } from './cue.js';
import type { CueHit } from './types.js';
import { execIf, testIf, type Possible } from './possible.js';

// Layer 2c, not tied to phrases (issue 13, third round): concepts of a final act that co-occur in
// one clause, each a small vocabulary in many languages, so "tonight everything ends", "esta noche
// se termina todo", "bu gece her şey bitecek", "сегодня ночью всё закончится" and "malam ini
// semuanya selesai" are one rule, not five phrases:
// - an ending of everything (END next to ALL) set for a near time or decided;
// - medication laid out or lined up (the noun and the act in any order);
// - no strength left to live or to go on;
// - a decision with nothing after it, or with a day ("já decidi, é hoje");
// - where the keys, deeds, passwords or bank books are (a hand-over; weak alone).

/** Everything ending, per language (not "finish everything today", which is work). */
const END_ALL = union([
  String.raw`\b(?:everything (?:will |is going to |is gonna )?(?:ends?|be over|stops?)|end (?:it all|everything|all of (?:it|this))|it(?:'ll)? all ends?|it(?:'ll| will)? all be over|all (?:of )?this (?:ends|will end|will be over))\b`,
  String.raw`\b(?:(?:se )?(?:termina|acaba|terminara|acabara) todo|todo (?:se )?(?:termina|acaba|terminara|acabara|va a terminar|se va a acabar)|(?:acabar|terminar) con todo|tudo (?:vai )?(?:acabar|acaba|termina|terminar)|acabar com tudo)\b`,
  String.raw`\b(?:tout (?:sera |va |va etre |est )?(?:fini|termine|finir)|tout s'arrete\w*|alles (?:ist |wird )?(?:vorbei|zu ende)|(?:ist|wird) alles vorbei|(?:e |sara )?tutto finito|finisce tutto|tutto finira|alles (?:is |zal )?(?:voorbij|afgelopen))\b`,
  String.raw`\b(?:wszystko (?:sie )?(?:skonczy|zakonczy|konczy)|to zakoncze|zakoncze to|skoncze z tym|her sey (?:bitecek|biter|bitsin|bitti|bitmis olacak)|hepsi bitsin|semuanya (?:selesai|berakhir|akan (?:selesai|berakhir))|mengakhiri semuanya|sab khatam)\b`,
  String.raw`вс[её] (?:\S+ )?(?:закончится|кончится|кончено)|покончу со всем|(?:سانهي|انهي|سينتهي|ينتهي) كل شيء|كل شيء (?:سينتهي|ينتهي|انتهى)|सब (?:खत्म|ख़त्म)|(?:一切|所有)(?:都)?(?:会|會)?(?:结束|結束)|(?:结束|結束)(?:这|這)?一切|(?:全部|すべて|全て|何もかも)(?:を)?終わりに|(?:全部|すべて|全て|何もかも)(?:が)?終わる|모든\s?(?:것|게)\s?끝|다 끝내|다끝내|다 끝날|다끝날|다 끝나|다끝나`,
  String.raw`\b(?:termin cu (?:toate|totul)|(?:sa )?se (?:termine|termina) (?:totul|tot)|pun capat la tot|skoncim (?:s|se) (?:tim|vsim)|vsechno skonci|ket thuc (?:tat ca|moi thu|het)|cham dut tat ca|moi thu se ket thuc|(?:matapos|tapusin|wakasan) (?:na )?(?:ang )?lahat|tapos na (?:ang )?lahat|kumaliza kila kitu|kila kitu kitaisha|gor slut pa (?:det|allt|mitt liv)|ar allt over|allt (?:tar slut|ar over)|maak ik er een eind(?:e)? aan|alles is (?:straks )?voorbij)\b`,
  String.raw`να τελειωσουν ολα|ολα θα (?:εχουν )?τελειωσ(?:ουν|ει)|τελειωνουν ολα|τα τελειωνω ολα|(?:מסיים|מסיימת|לסיים|לגמור|גומר|גומרת) עם הכ(?:ו)?ל|(?:הכל|הכול) (?:נגמר|ייגמר|יסתיים)|(?:все|усе) (?:\S+ )?(?:закінчиться|скінчиться|скінчено)|покінчу з усім|จบทุกอย่าง|ทุกอย่างจะจบ|ทุกอย่างจบ`,
]);
/** What ordinarily ends tonight: an exam, a release, a match, a project, a move, a sale, a season. */
export const ORDINARY_END = union([
  String.raw`\b(?:exams?|finals?|test|release|deploy\w*|launch|project|thesis|assignment|homework|deadline|match|game|tournament|season|finale|series|sale|offer|move|shift|semester|term|tour|festival|party|examen|exame|prova|prufung|esame|egzamin\w*|sinav\w*|ujian|skripsi|tesis|tese|these|proyecto|projeto|projet|projekt|progetto|proje|proyek|partido|jogo|spiel|partita|mecz|mac|pertandingan|temporada|saison|staffel|stagione|sezon|oferta|soldes|angebot|offerta|promocja|indirim|diskon|mudanza|mudanca|demenagement|umzug|trasloco|przeprowadzk\w*|tasinma|pindahan|verhuizing|tentamen|wedstrijd|uitverkoop|paper|pariksha)\b`,
  String.raw`\b(?:zkousk\w*|examen\w*|thi cu|ky thi|du an|pagsusulit|proyekto|mtihani|mradi|provet|tentamen|proiect\w*|sezon\w*|ujian)\b|εξεταση|εξετασεις|בחינה|מבחן|פרויקט|іспит|проєкт|สอบ|โปรเจกต์`,
  String.raw`экзамен|релиз|проект|матч|сезон|скидк|переезд|диплом|امتحان|مباراة|مشروع|تخفيض|परीक्षा|पेपर|मैच|試験|テスト|リリース|試合|仕事|課題|論文|セール|締め切り|締切|宿題|レポート|截止|报告|報告|考试|考試|比赛|比賽|项目|項目|论文|論文|作业|作業|打折|工作|시험|과제|경기|프로젝트|논문|세일|마감`,
]);
const NEAR = union([
  String.raw`\b(?:tonight|today|tomorrow|this weekend|soon|esta noche|hoy|manana|pronto|este fin de semana|hoje|esta noite|amanha|logo|ce soir|cette nuit|aujourd'hui|demain|bientot|heute|heute nacht|morgen|bald|stasera|stanotte|oggi|domani|presto|vannacht|vanavond|vandaag|binnenkort|dzisiaj|dzis|jutro|wkrotce|niedlugo|bu gece|bugun|yarin|yakinda|malam ini|hari ini|besok|aaj|aaj raat)\b`,
  String.raw`сегодня|этои ночью|завтра|скоро|الليلة|اليوم|غدا|قريبا|आज|今夜|今晩|今日|明日|今晚|今天|明天|오늘|내일|곧`,
  // A weekday names a near day ("on Friday it all ends") in any language.
  String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|poniedzialek|wtorek|sroda|czwartek|piatek|sobota|niedziela|pondeli|utery|streda|ctvrtek|patek|nedele|luni|marti|miercuri|joi|vineri|sambata|duminica|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|senin|selasa|rabu|kamis|jumat|sabtu|minggu|lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar)\b`,
  String.raw`понедел|вторник|сред[уа]|четверг|пятниц|суббот|воскресен|понеділ|вівтор|серед[уа]|четвер|п'ятниц|субот|неділ|δευτερα|τριτη|τεταρτη|πεμπτη|παρασκευη|σαββατο|κυριακη|ביום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|בשבת|วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัส|วันศุกร์|วันเสาร์|วันอาทิตย์|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|يوم (?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت|الاحد)|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天]|礼拜[一二三四五六天]|[월화수목금토일]요일`,
  String.raw`\b(?:diseara|in noaptea asta|maine|azi|dnes|dneska|dnes v noci|zitra|brzy|toi nay|dem nay|hom nay|ngay mai|ngayong gabi|mamayang gabi|bukas|ngayon|leo|usiku|kesho|ikvall|i kvall|i natt|idag|imorgon|snart|vanavond|morgen)\b|αποψε|σημερα|αυριο|συντομα|הלילה|היום|מחר|בקרוב|сьогодні|вночі|завтра|незабаром|คืนนี้|วันนี้|พรุ่งนี้`,
]);
const DECIDED = union([
  String.raw`\b(?:decided|made up my mind|my mind is made up|decidi|decidio|decidido|decidida|j'ai decide|entschieden|deciso|zdecydowal\w*|postanowil\w*|besloten|karar verdim|kararimi verdim|sudah kuputuskan|sudah memutuskan|faisla kar liya|faisla ho gaya)\b`,
  String.raw`решил|решила|قررت|फैसला कर लिया|決めた|決心した|决定了|決定了|결정했|마음먹었`,
  String.raw`\b(?:rozhodl(?:a)? jsem se|m-am hotarat|am decis|da quyet dinh|quyet dinh roi|nagpasya na ako|desidido na ako|nimeamua|jag har bestamt mig|bestamt mig)\b|αποφασισα|החלטתי|вирішив|вирішила|ตัดสินใจแล้ว`,
]);

/** A decision whose object comes before the verb: "…ことに決めた", "…하기로 결정했". */
const DECIDED_OBJECT_BEFORE = /(?:ことに|ことを|ように|のを|기로|으로|로)\s*$/;
/** English names it first too: "standup moves to 10 from monday, i've decided" (dd1 round). */
const DECIDED_AFTER_WHAT = /\b\w+(?:\s+\S+){3,},\s*(?:i'?ve|i have|we'?ve|we have)\s*$/;

const PILLS = union([
  String.raw`\b(?:pills|tablets|meds|medication|sleeping pills|painkillers|pastillas|comprimidos|remedios|pildoras|somniferos|cachets|comprimes|medicaments|somniferes|tabletten|pillen|schlaftabletten|pillole|pastiglie|compresse|sonniferi|tabletki|tabletek|leki|pigulki|slaappillen|haplar\w*|ilaclar\w*|obat|goliyan)\b`,
  String.raw`таблетк|таблеток|снотворн|حبوب|الحبوب|गोलियां|गोलियाँ|薬|睡眠薬|药|藥|安眠药|安眠藥|약을|약은|수면제`,
]);
/** Laid out to be taken, not "ready for collection" at a pharmacy or sorted into a weekly organiser. */
const LAID_OUT = union([
  String.raw`\b(?:lined up|laid (?:them )?out|in front of me|counted out|klaargelegd|klaar gelegd|bereitgelegt|bereit gelegt|alineadas|enfileirad[oa]s|alignes|allineate|przygotowal\w*|hazirladim|sudah kusiapkan|tayyar rakh\w*)\b`,
  String.raw`приготовил|разложил|جهزت|तैयार रख|並べ|用意した|准备好|準備好|摆好|擺好|준비(?:해|했)|모아(?:놨|뒀|놓)`,
]);
/** Someone laying out medication as care: a week's doses, an organiser, another person's pills. */
const CARE = union([
  String.raw`\b(?:for the week|for tomorrow|organi[sz]er|dosette|pill box|(?:her|his|their|mum'?s|mom'?s|dad'?s|gran'?s) (?:pills|tablets|meds|medication)|with (?:breakfast|dinner|lunch)|morning and evening)\b`,
  String.raw`\b(?:voor de week|van (?:opa|oma|mama|papa)|para la semana|(?:de|del) (?:la abuela|el abuelo|mi madre|mi padre|abuelo|abuela)|para a semana|da vov[oa]|pour la semaine|de (?:mamie|papi)|fur die woche|von (?:oma|opa)|per la settimana|della nonna|del nonno|na tydzien|babci|dziadka|haftalik|untuk seminggu)\b`,
  String.raw`на неделю|للأسبوع|一週間分|一周的|일주일\s?치`,
]);
const STRENGTH = union([
  String.raw`\b(?:no strength|no energy|strength left|force de|fuerzas? (?:para|de)|forcas? (?:para|de)|kraft (?:mehr )?(?:zu|zum)|keine kraft|la forza di|forze per|sil(?:y)? (?:zeby|na)|gucum yok|gucum kalmadi|sanggup|kuat lagi|himmat nahi)\b`,
  String.raw`нет сил|не осталось сил|لا استطيع الاستمرار|لا اقدر على الاستمرار|ताकत नहीं|力が(?:ない|残って)|没有力气|沒有力氣|힘이\s?없`,
]);
const LIVE = union([
  String.raw`\b(?:live|living|vivir|viver|vivre|leben|vivere|zyc|yasamaya|hidup|jeena|jine)\b`,
  String.raw`жить|العيش|जीने|生き|活下去|살`,
]);
const GO_ON = union([
  String.raw`\b(?:go on|carry on|keep going|continue|seguir|continuar|continuer|weiter\w*|andare avanti|continuare|dalej|devam)\b`,
  String.raw`продолжать|الاستمرار|继续|繼續|계속`,
]);
const KEEPSAKE = union([
  String.raw`\b(?:keys?|deeds|bank cards?|pin|passwords?|passbook|savings book|documents|papers|llaves|escrituras|tarjetas|contrasenas|documentos|papeles|chaves|senhas|cles|papiers|mots de passe|schlussel|unterlagen|passworter|chiavi|documenti|klucze|dokumenty|hasla|anahtar\w*|belgeler\w*|sifre\w*|kunci|dokumen|kata sandi|password)\b`,
  String.raw`ключ|документ|парол|مفاتيح|المفاتيح|وثائق|चाबी|पासवर्ड|通帳|印鑑|鍵|暗証番号|钥匙|鑰匙|密码|密碼|存折|银行卡|열쇠|통장|비밀번호`,
  // dp1 round: the languages of the out-of-fold misses (Armenian, Gaelic, Maltese, Icelandic,
  // Amharic, Slovenian, Uzbek) and their neighbours.
  String.raw`\b(?:iuchair|cavetta|cwievet|lykl\w*|lykill|kljuc\w*|kulcs\w*|kalit\w*|nokl\w*|nokkel|nyckl\w*|nyckel|noglen|nogler|sleutel\w*)\b|բանալի|ቁልፍ|κλειδ|מפתח|کلید`,
]);
const STASHED = union([
  String.raw`\b(?:in the drawer|in the shoebox|in the wardrobe|in the safe|in the envelope|in the top drawer|in the desk|in the glovebox|under the mat|under the doormat|under the pot|under the plant pot|under the flowerpot|with (?:the )?(?:neighbou?r|concierge|porter|landlady)|con (?:la|el) vecin[oa]|en el cajon|con la portera|con el portero|debajo del felpudo|na gaveta|com a vizinha|dans le tiroir|chez (?:la|le) voisin\w*|sous le paillasson|in der schublade|beim nachbarn|nel cassetto|dalla vicina|w szufladzie|u sasiadki|u sasiada|cekmecede|komsuda|di laci|di bawah keset|diary mein|daraz mein)\b`,
  String.raw`у сосед|в ящике|под ковриком|في الدرج|عند الجيران|दराज़? में|引き出し|抽屉|抽屜|地垫下|地墊下|서랍`,
  String.raw`\b(?:with (?:mrs|mr|ms) \w+|in the meter box|in the key ?safe|in the key ?box|fon chloich|fon bhrat|ta(?:h|ħ)t il-|g(?:h|ħ)and il-girien|hja nagrann\w*|i skuffunni|undir mottunni|i solskyggninu|pri sosed\w*|v predalu|pod predpraznik\w*|a szomszed\w*|a fiokban|a labtorlo alatt|qo'?shnida|stolda|tortmada|hos nabo\w*|i skuffen|under matt(?:a|en)|hos grann\w*|i ladan|under mattan|bij de bur(?:en|e)|bij de buurvrouw|in de la|onder de mat)\b|դռան տակ|գորգի տակ|հարևանի մոտ|στο συρταρι|στον γειτονα|στη γειτονισσα|κατω απο το χαλακι|אצל השכנ|במגירה|מתחת לשטיח|ከጎረቤ`,
]);

function hit(signal: CueHit['signal'], weight: number, phrase: string): CueHit {
  return { signal, weight, lang: 'any', phrase };
}

/**
 * One of these must occur for any rule here to fire (concepts.ts indexes them with its own): the
 * rarer side of each pair, so common words (keys, pills) do not wake the rules up.
 */
export const FINAL_TRIGGERS = [END_ALL, LAID_OUT, STRENGTH, DECIDED, STASHED];

/** `ordinaryEnd`: the text names something that ordinarily ends (ORDINARY_END), anywhere in it. */
export function finalConceptHits(clause: string, ordinaryEnd = false, possible: Possible = null): CueHit[] {
  const out: CueHit[] = [];
  const ending = execIf(END_ALL, clause, possible);
  if (ending) {
    const near = NEAR.test(clause);
    const decided = testIf(DECIDED, clause, possible);
    // Alone it needs company: exams, releases, finals and sales end tonight too.
    if ((near || decided) && !ordinaryEnd) out.push(hit('ideation', near && decided ? 0.6 : 0.45, `${ending[0]} (${near ? 'soon' : 'decided'})`));
  }
  if (testIf(LAID_OUT, clause, possible) && PILLS.test(clause) && !CARE.test(clause)) out.push(hit('means', 0.8, 'medication laid out or lined up'));
  const strength = execIf(STRENGTH, clause, possible);
  if (strength) {
    // "no strength left to live", not "no energy today, I live for weekends"
    const after = clause.slice(strength.index, strength.index + strength[0].length + 40);
    if (LIVE.test(after)) out.push(hit('hopelessness', 0.8, 'no strength left to live'));
    else if (GO_ON.test(after)) out.push(hit('hopelessness', 0.5, 'no strength left to go on'));
  }
  const decision = execIf(DECIDED, clause, possible);
  if (decision) {
    const after = clause.slice(decision.index + decision[0].length).trim();
    // Japanese and Korean name what was decided before the verb ("転職することに決めた").
    const before = clause.slice(0, decision.index);
    const named = DECIDED_OBJECT_BEFORE.test(before) || DECIDED_AFTER_WHAT.test(before);
    // A time right after it is what was decided ("decided, tonight"); a day further on belongs to
    // the decision's own object ("decided to go with the blue logo, files by Friday", dd1 round).
    if (!named && (after.length <= 2 || NEAR.test(after.split(/\s+/, 3).join(' ')))) out.push(hit('intent', 0.45, `${decision[0]} (nothing else said)`));
  }
  if (testIf(STASHED, clause, possible) && KEEPSAKE.test(clause)) out.push(hit('plan', 0.45, 'where the keys, papers or passwords are'));
  return out;
}
