import { compile } from '../cue.js';

// Crisis said once, quietly, in an earlier turn of an ordinary conversation (issue 13, bw1/cn1
// round), and what the message sent afterwards does. Turn side, by concept: everyone would be
// better off or have it easier without me (0.6), I am only in the way or only disappoint people
// (0.45), I won't need any of this / won't be here (0.45), nothing will get better, nothing
// matters, no reason or strength to go on (0.4), I just want it all to stop or to be over (0.5),
// of a third person: they don't want to exist, see no point since a death (0.6). Message side,
// weak alone and counted with a turn: take it for good / no need to give it back (0.35), don't
// blame anyone, it is nobody's fault (0.5), forgive me / sorry for everything (0.3), thanks for
// everything / for all these years (0.3), I won't come any more / don't look for me (0.35).
// Look-alikes that must not match: lending until a return date ("until I'm back"), selling at a
// price, "tired from work", condolences, a colleague's retirement card.

export const QUIET_TURNS = [
  ...compile('en', [
    ['burden', 0.6, String.raw`\b(?:everyone|everybody|they|people|my family|the team)(?:'d| would)? (?:all )?(?:be|have it|do|get on) (?:so much |much |a lot )?(?:better|easier|happier|fine|lighter)(?: off)? without me\b`],
    ['hopelessness', 0.45, String.raw`\bi(?:'m| am) (?:only|just) (?:in everyone's way|a disappointment|letting everyone down)\b|\ball i do is (?:let (?:everyone|people) down|disappoint)`],
    ['absence', 0.45, String.raw`\bi won't (?:be needing|need) (?:any of )?(?:this|it|them|that|my \w+)(?: \w+)? (?:much longer|anymore|for long|soon|where i'm going)\b`],
    ['giving_away', 0.35, String.raw`\b(?:(?:it's|they're|its|theyre) yours(?: now)?(?: for good)?|keep (?:it|them) for good|no need to (?:give|bring) (?:it|them) back|you don't have to (?:give|bring) (?:it|them|anything) back)\b`],
    ['farewell', 0.5, String.raw`\bdon't blame (?:anyone|anybody|yourself)\b|\b(?:it's|its) not (?:your|anyone's) fault\b`],
    // cw1 round: not wanting to be around, and being watched over felt as a weight (0.3: enough
    // only for a call a person approves anyway, such as switching a check-in off).
    ['ideation', 0.8, String.raw`\bi (?:really )?(?:don't|do not|dont) (?:really )?want to be (?:around|here) (?:any ?more|much longer)\b`],
    ['burden', 0.3, String.raw`\btired of (?:being (?:a bother|a worry|looked after|watched|everyone's (?:project|problem|job))|everyone (?:watching|checking on|worrying about) me)\b|\bwant (?:everyone|everybody|people) to stop (?:checking on|worrying about|watching) me\b`],
  ]),
  ...compile('zh', [
    ['burden', 0.6, String.raw`(?:大家|你们|家里|所有人)(?:没有|没了|少了)我(?:会|就)?(?:更)?(?:轻松|好过|开心|幸福)|我(?:不在|走了)(?:了)?(?:大家|你们)(?:会|就)?(?:更)?(?:轻松|好过)`],
    ['hopelessness', 0.5, String.raw`(?:唔想|不想)(?:再)?(?:撐|撑)(?:落去|下去)|什么都不会好起来|一切都不会好`],
    ['giving_away', 0.35, String.raw`(?:以后|以後)(?:就)?(?:交给|歸|归)你|(?:都|全部)(?:留)?(?:给|俾)你(?:了)?|不用还(?:给)?我`],
  ]),
  ...compile('ko', [
    ['burden', 0.6, String.raw`내가 없(?:어지는 게|으면|는 게) (?:\S+ )?(?:더 )?(?:나을|낫|편할|행복할)`],
    ['absence', 0.45, String.raw`(?:곧|어차피|이제) (?:\S+ )?(?:쓸 일|필요) 없을`],
    ['farewell', 0.3, String.raw`그동안 고마웠`],
  ]),
  ...compile('ja', [
    ['burden', 0.6, String.raw`(?:私|僕|俺|自分)が(?:いない|いなくなった)(?:ほうが|方が)(?:みんな|皆)?(?:楽|幸せ)`],
    ['giving_away', 0.35, String.raw`(?:返さなくて|返さなくても)(?:いい|いいよ)|ずっと持っててい`],
  ]),
  ...compile('ru', [
    ['burden', 0.6, String.raw`без меня (?:всем|им|вам|семье) (?:будет )?(?:проще|легче|лучше)`],
    ['hopelessness', 0.45, String.raw`я (?:всем|всем только|только всем) (?:мешаю|в тягость)|я только всех (?:подвожу|разочаровываю)`],
    ['giving_away', 0.35, String.raw`(?:себе|к себе) насовсем|насовсем (?:себе|забери|оставь)|можешь не возвращать`],
    ['farewell', 0.5, String.raw`никого не вини|никто не виноват`],
  ]),
  ...compile('uk', [
    ['burden', 0.6, String.raw`без мене (?:всім|їм|вам|родині) (?:буде )?(?:простіше|легше|краще)`],
    ['ideation', 0.6, String.raw`краще б (?:мене|її|його) не було|краще (?:б|було б) (?:не прокидатися|не прокинутися)`],
    ['giving_away', 0.35, String.raw`(?:собі|до себе) назавжди|можеш не повертати`],
  ]),
  ...compile('pl', [
    ['burden', 0.6, String.raw`(?:wszystkim|im|rodzinie) (?:bedzie )?(?:lepiej|latwiej) beze mnie|beze mnie (?:wszystkim|im) (?:bedzie )?(?:lepiej|latwiej)`],
    ['ideation', 0.5, String.raw`(?:zeby|by|aby) (?:to )?(?:wszystko )?sie (?:juz )?skonczylo`],
    ['absence', 0.45, String.raw`(?:juz |chyba )?nie bede (?:juz )?(?:tego )?(?:wszystkiego )?potrzebowa(?:l|la|c)\b`],
    ['plan', 0.4, String.raw`(?:juz )?wszystko pozalatwia(?:l|la)`],
    ['giving_away', 0.35, String.raw`nie musisz (?:nic )?(?:oddawac|zwracac)|(?:sa|jest) (?:teraz )?twoj(?:e|a)\b`],
  ]),
  ...compile('de', [
    ['burden', 0.6, String.raw`(?:alle|ihr|die anderen|meine familie) (?:waren|waere|wären|hätten es|haetten es|hatten es) (?:ohne mich )?(?:besser|leichter)(?: dran)? ohne mich|ohne mich (?:waere|wäre|ist) (?:es )?(?:fur|fuer) alle (?:leichter|besser)`],
    ['hopelessness', 0.45, String.raw`\bich mag (?:eigentlich )?(?:gar )?nicht mehr\b|\bich kann (?:einfach )?nicht mehr\b`],
    ['giving_away', 0.35, String.raw`\bgehoren (?:jetzt )?dir\b|\bbehalte? (?:es|sie|ihn) (?:fur immer|einfach)\b|\bmusst (?:es|sie|ihn|nichts) nicht zuruckgeben\b`],
  ]),
  ...compile('nl', [
    ['hopelessness', 0.45, String.raw`\bik zie het (?:eigenlijk |echt |gewoon )?niet meer zitten\b|\bhet maakt (?:allemaal )?niet meer uit\b`],
    ['burden', 0.6, String.raw`\b(?:iedereen|jullie) (?:is|zijn|zou|zouden) (?:beter|makkelijker)(?: af)? zonder mij\b`],
    ['absence', 0.35, String.raw`\bik kom niet meer\b`],
  ]),
  ...compile('no', [
    ['burden', 0.6, String.raw`\b(?:alle|dere|familien) (?:hadde(?: hatt)?|ville hatt|har) det (?:lettere|bedre) uten meg\b`],
    ['hopelessness', 0.45, String.raw`\bjeg orker (?:egentlig |ikke )?(?:ikke )?mer\b`],
    ['plan', 0.4, String.raw`\b(?:har |hadde )?gjort opp for seg\b`],
  ]),
  ...compile('sv', [
    ['burden', 0.6, String.raw`\b(?:alla|ni|familjen) (?:skulle ha det|har det|hade haft det) (?:lattare|battre) utan mig\b`],
  ]),
  ...compile('es', [
    ['burden', 0.6, String.raw`\b(?:todos|mi familia|ustedes) (?:estarian|estaria|vivirian|viviria) (?:mejor|mas tranquilos?) sin mi\b`],
    ['hopelessness', 0.4, String.raw`\bya no (?:tiene|le veo) (?:caso|sentido) seguir\b|\bno (?:le )?ve sentido a seguir\b`],
    ['giving_away', 0.35, String.raw`\bya no me hacen falta\b|\bno hace falta que (?:me )?(?:lo|la|los|las) devuelvas\b`],
  ]),
  ...compile('pt', [
    ['burden', 0.6, String.raw`\b(?:todos|todo mundo|voces|minha familia) (?:ficariam|ficaria|estariam|viveriam) (?:melhor|mais tranquilos?) sem mim\b`],
    ['absence', 0.45, String.raw`\bja nao vou precisar de nada (?:disto|disso)\b`],
    ['giving_away', 0.35, String.raw`\bnao precisas? (?:de )?(?:mos|mas|me) devolver\b|\bficam? contigo\b(?! ate)`],
  ]),
  ...compile('fr', [
    ['burden', 0.6, String.raw`\b(?:tout le monde|vous|ma famille) (?:serait|seriez|serai(?:en)?t) (?:mieux|plus tranquilles?) sans moi\b`],
    ['giving_away', 0.35, String.raw`\bje te (?:la |le |les )?laisse (?:pour de bon|definitivement)\b|\btu n'as pas a me (?:le |la |les )?rendre\b`],
  ]),
  ...compile('it', [
    ['burden', 0.6, String.raw`\b(?:tutti|voi|la mia famiglia) (?:starebbero|stareste|starebbe) meglio senza di me\b`],
    ['farewell', 0.3, String.raw`\bscusami per tutto\b`],
  ]),
  ...compile('tr', [
    ['burden', 0.6, String.raw`\b(?:herkes|ailem|siz) (?:bensiz|ben olmadan) daha (?:rahat|mutlu|iyi)\b`],
    ['plan', 0.45, String.raw`\b(?:bu hafta|yakinda|artik) her seyi bitirecegim\b`],
    ['farewell', 0.5, String.raw`\bhicbir sey (?:sizin|senin) sucunuz? degil\b`],
  ]),
  ...compile('vi', [
    ['hopelessness', 0.45, String.raw`\bchi lam (?:moi nguoi|ca nha|tat ca) that vong\b`],
    ['burden', 0.6, String.raw`\b(?:moi nguoi|ca nha) (?:se )?(?:nhe nhom|de chiu|tot) hon (?:khi )?(?:khong co|neu khong co) (?:minh|toi|em|anh|chi)\b`],
    ['absence', 0.35, String.raw`\bdung (?:goi|tim) (?:cho )?(?:chi|anh|em|minh|toi)\b`],
  ]),
  ...compile('id', [
    ['ideation', 0.7, String.raw`\bnggak yakin (?:aku )?(?:masih )?mau ada di dunia ini\b|\btidak yakin (?:saya )?(?:masih )?ingin ada di dunia ini\b`],
    ['burden', 0.6, String.raw`\bsemua(?: orang)? (?:lebih )?(?:baik|tenang|senang) tanpa (?:aku|saya)\b`],
  ]),
  ...compile('hi', [
    ['burden', 0.6, String.raw`(?:sab|sabhi) (?:log )?mere bina (?:zyada |jyada )?(?:khush|behtar|aaram)|सब (?:लोग )?मेरे बिना (?:ज़्यादा |ज्यादा )?(?:खुश|बेहतर)`],
    ['hopelessness', 0.4, String.raw`कुछ भी ठीक होने वाला नहीं|kuch bhi theek hone wala nahi`],
    ['farewell', 0.5, String.raw`किसी को दोष मत|kisi ko dosh mat`],
    // cw1 round: nothing feels worth doing, everything feels useless (of oneself: "lagta", "feels").
    ['hopelessness', 0.45, String.raw`(?:किसी चीज़?|कुछ भी|कुछ)(?: करने)? का मन नहीं (?:करता|होता)|सब (?:कुछ )?बेकार लगता|कुछ भी अच्छा नहीं लगता|\b(?:kisi cheez|kuch bhi|kuch)(?: karne)? ka mann? nahi (?:karta|hota)\b|\bsab (?:kuch )?bekaa?r lagta\b|\bkuch bhi acc?ha nahi lagta\b|کسی چیز کا دل نہیں کرتا|سب بیکار لگتا|کچھ بھی اچھا نہیں لگتا`],
  ]),
  ...compile('bn', [
    ['hopelessness', 0.5, String.raw`আমি আর পারছি না|সবকিছু থামিয়ে দিতে ইচ্ছে`],
    ['farewell', 0.5, String.raw`কাউকে দোষ দিও না`],
    ['hopelessness', 0.45, String.raw`(?:আর )?কিছুই ভালো লাগে না|সব(?: কিছু)? অর্থহীন লাগে`],
  ]),
  ...compile('ur', [
    ['hopelessness', 0.45, String.raw`بس چھٹکارا چاہیے|سب کچھ بہت بھاری لگ`],
    ['farewell', 0.3, String.raw`مجھے معاف کر دینا`],
  ]),
  ...compile('fa', [
    ['hopelessness', 0.45, String.raw`دیگه توانی برام نمونده|دیگه نمی‌تونم ادامه بدم`],
    ['ideation', 0.6, String.raw`دیگه نمی\u200c?خوا(?:د|م) باش(?:ه|م)`],
    ['farewell', 0.3, String.raw`ببخش که نتونستم`],
  ]),
  ...compile('sw', [
    ['hopelessness', 0.45, String.raw`\bsioni sababu ya kuendelea\b`],
    ['ideation', 0.7, String.raw`\b(?:ili )?(?:alale|nilale|alale) milele\b`],
    ['farewell', 0.35, String.raw`\busilie sana\b|\busijali kuhusu mimi\b`],
  ]),
  ...compile('he', [
    ['absence', 0.5, String.raw`לא חושב(?:ת)? ש(?:אהיה|אני אהיה) פה`],
    ['hopelessness', 0.45, String.raw`לא רואה טעם בכלום`],
    ['giving_away', 0.35, String.raw`לקחת את \S+ לתמיד|לתמיד\?`],
  ]),
  ...compile('ar', [
    ['hopelessness', 0.45, String.raw`مش عايز(?:ة)? (?:اكمل|أكمل)|مش عايز(?:ة)? اعيش`],
    ['absence', 0.35, String.raw`متسالش ليه|متسألش ليه`],
  ]),
];
