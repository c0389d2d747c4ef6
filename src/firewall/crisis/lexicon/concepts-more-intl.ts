import { compile } from '../cue.js';

// Concepts the older lexicons of these languages lacked (issue 13, fourth round): not waking up,
// "don't look for me", a burden on everyone, a last post or message, things handed over after a
// decision, medication saved up, a bridge or a roof with a day, "take care of mum". Polish,
// Russian, Turkish, Korean, Chinese, Hindi, Arabic, Dutch, Swedish.

export const PL_MORE = compile('pl', [
  ['ideation', 1, String.raw`\b(?:zasnac|usnac) i (?:sie )?(?:juz )?nie obudzic\b|\bnie chce sie (?:juz )?obudzic\b`],
  ['ideation', 0.7, String.raw`\bchce (?:po prostu )?zniknac(?: na zawsze)?\b`],
  ['burden', 0.8, String.raw`\b(?:jestem )?ciezarem dla (?:wszystkich|rodziny|was)\b|\bbez mnie (?:bedzie|byloby) (?:wam )?lepiej\b`],
  ['farewell', 0.6, String.raw`\bnie szukajcie mnie\b|\bnie szukaj mnie\b(?! (?:w|na|jutro|dzis)\b)`],
  ['farewell', 0.45, String.raw`\bzaopiekuj(?:cie)? sie (?:mama|tata|kotem|psem|dziecmi)\b`],
  ['absence', 0.8, String.raw`\bjuz mnie nie bedzie\b|\bkiedy mnie (?:juz )?nie bedzie\b|\bpo mojej smierci\b`],
  ['plan', 0.5, String.raw`\b(?:juz )?(?:zdecydowal|postanowil)(?:em|am)\b[^.]{0,20}\b(?:dzis|jutro|w nocy|koniec)\b`],
]);

export const RU_MORE = compile('ru', [
  ['ideation', 1, String.raw`(?:уснуть|заснуть) и не проснуться|не хочу (?:больше )?просыпаться|(?:хочу|хочется) (?:просто )?исчезнуть навсегда`],
  ['burden', 0.8, String.raw`обуза для (?:всех|семьи|вас)|(?:всем|вам) без меня (?:будет )?(?:лучше|легче)`],
  ['farewell', 0.6, String.raw`не ищите меня|не ищи меня`],
  ['farewell', 0.45, String.raw`позаботьтесь о (?:маме|папе|кошке|собаке|детях)|позаботься о (?:маме|папе|кошке|собаке|детях)`],
  ['plan', 0.5, String.raw`я (?:уже )?(?:все|всё) решил|я (?:уже )?(?:все|всё) решила|это (?:мое|моё) последнее (?:сообщение|письмо)`],
  ['means', 0.8, String.raw`(?:накопил|накопила|собрал|собрала|прячу) (?:\S+ )?(?:таблетки|таблеток|снотворное)`],
  // "я уже почти собрала сколько нужно": gathered as many as it takes, the pills unnamed.
  ['means', 0.6, String.raw`(?:собрал|собрала|накопил|накопила) (?:\S+ )?сколько (?:нужно|надо)(?=\s*(?:[.,;!?)]|$))`],
  ['height', 0.4, String.raw`(?:пойду|поеду) на (?:мост|крышу)`],
]);

export const TR_MORE = compile('tr', [
  ['ideation', 1, String.raw`\buyuyup bir daha uyanmamak\b|\b(?:bir daha )?uyanmak istemiyorum\b|\bkaybolmak istiyorum\b`],
  ['burden', 0.8, String.raw`\b(?:herkese|aileme|size) (?:sadece )?yuk(?:um|uyum| oluyorum)\b|\bben(?:siz| olmadan) (?:herkes|hepiniz) (?:daha )?rahat\w*`],
  ['farewell', 0.6, String.raw`\bbeni (?:aramayin|bulmaya calismayin)\b|\bbeni artik arama\b`],
  ['farewell', 0.45, String.raw`\b(?:annem(?:e|lere)?|babam(?:a|lara)?|kedim(?:e)?|kopegim(?:e)?|cocuklar(?:a|ima)) iyi bak\w*`],
  ['height', 0.4, String.raw`\b(?:kopruye|catiya|kopruden|catidan) (?:gidecegim|cikacagim|gidiyorum|ciktim)\b`],
  ['timing', 0.3, String.raw`\byarin sabah\b`],
  ['plan', 0.5, String.raw`\bbu (?:benim )?son (?:mesajim|paylasimim)\b`],
]);

export const KO_MORE = compile('ko', [
  ['ideation', 1, String.raw`(?:영원히|다시는|다시)\s?(?:깨어나지|눈\s?뜨지)\s?(?:않|말)|자고\s?(?:나서\s?)?(?:안|다시는)\s?깨`],
  ['burden', 0.6, String.raw`짐만\s?(?:되|돼)|(?:나\s?때문에|내가)\s?다들\s?힘들`],
  ['farewell', 0.6, String.raw`(?:나를|날)?\s?찾지\s?(?:마|말아)`],
  ['farewell', 0.45, String.raw`(?:엄마|아빠|고양이|강아지|애들)\s?(?:잘\s?)?(?:부탁해|챙겨\s?줘)|다\s?미안해|마지막\s?(?:인사|글|메시지)`],
  ['farewell', 0.4, String.raw`고마웠어|고마웠다`],
  ['giving_away', 0.5, String.raw`(?:다|전부|모두)\s?가져(?:가|가라|가도\s?돼)`],
  ['means', 0.8, String.raw`(?:수면제|약)(?:을|를)?\s?(?:모아|모았|모으)`],
  ['means', 0.3, String.raw`수면제`],
  ['height', 0.4, String.raw`(?:한강|마포)\s?(?:대교|다리)`],
]);

export const ZH_MORE = compile('zh', [
  ['ideation', 1, String.raw`(?:睡着|睡著|睡下)(?:了)?(?:就)?(?:再也)?不(?:要|想)?(?:再)?醒(?:来|來)|一睡不醒|永远不要醒|永遠不要醒`],
  ['burden', 0.8, String.raw`不想再?(?:拖累|连累|連累)|(?:拖累|连累|連累)(?:了)?(?:家人|大家|你们|你們|爸妈|爸媽)`],
  ['farewell', 0.6, String.raw`(?:别|別|不要)(?:来)?找我(?!玩|吃|聊|了啊)`],
  ['farewell', 0.5, String.raw`(?:这|這)是我最后一(?:条|條|次)|我的最后一(?:条|條)(?:微博|朋友圈|动态|動態|消息)`],
  ['plan', 0.5, String.raw`我已经决定了|我已經決定了`],
  ['absence', 0.6, String.raw`我(?:走了|不在了)(?:以后|以後|之后|之後)|等我不在了`],
  ['means', 0.4, String.raw`安眠[药藥]`],
]);

export const HI_MORE = compile('hi', [
  ['ideation', 1, String.raw`सो जाऊं और (?:कभी )?(?:न|ना) उठूं|हमेशा के लिए सो जाऊं|\b(?:so jaun|so jaaun) aur (?:kabhi )?na? uth\w*|\bhamesha ke liye so ja\w*`],
  ['burden', 1, String.raw`मेरे बिना (?:सब|आप सब|तुम सब) (?:ज़्यादा |ज्यादा )?खुश|\bmere bina (?:sab|aap sab) (?:zyada |jyada )?khush\b`],
  ['burden', 0.6, String.raw`(?:मैं )?(?:सब पर |सबके लिए )?(?:एक )?बोझ (?:हूं|हूँ)|\b(?:sab par |sab ke liye )?bojh (?:hoon|hu|hun)\b`],
  ['farewell', 0.6, String.raw`मुझे (?:मत|ना) (?:ढूंढ|ढूँढ)(?:ना|ो)|\bmujhe (?:mat|na) (?:dhundh|dhoondh|dhund)(?:na|o)\b`],
  ['hopelessness', 0.5, String.raw`(?:अब )?(?:और )?(?:बर्दाश्त|सहन) नहीं (?:होता|कर सकता|कर सकती)|\bab (?:aur )?bardasht nahi\b`],
  ['means', 0.3, String.raw`नींद की गोलि|\bneend ki goli`],
]);

export const AR_MORE = compile('ar', [
  ['ideation', 1, String.raw`(?:انام|ان انام) ولا (?:استيقظ|اصحو)|لا اريد ان استيقظ`],
  ['hopelessness', 0.5, String.raw`لم (?:اعد|يعد) (?:احتمل|اقدر|استطيع)|ما عدت اقدر|تعبت من كل شيء`],
  ['burden', 0.6, String.raw`انا عبء|عبء على (?:الجميع|عائلتي|الكل)`],
  ['farewell', 0.6, String.raw`لا تبحثوا عني|لا تبحث عني`],
  ['farewell', 0.45, String.raw`سامحوني|سامحيني|سامحني`],
  ['method', 1, String.raw`اقفز من (?:الجسر|السطح|فوق)|اشنق نفسي`],
  ['means', 0.8, String.raw`جرعة قاتلة|(?:جمعت|اجمع|خبات) (?:\S+ )?(?:الحبوب|حبوب|الدواء)`],
  ['self_harm', 1, String.raw`(?<!لا )اؤذي نفسي|اجرح نفسي`],
  ['timing', 0.3, String.raw`الليلة`],
]);

export const NL_MORE = compile('nl', [
  ['ideation', 1, String.raw`\b(?:gaan slapen|inslapen) en niet (?:meer )?wakker worden\b|\bniet meer wakker (?:willen )?worden\b|\ber een (?:eind|einde) aan (?:maken|te maken)\b`],
  ['hopelessness', 0.6, String.raw`\bik zie het (?:echt )?niet meer zitten\b|\bik trek het niet meer\b`],
  ['farewell', 0.6, String.raw`\bzoek (?:me|mij) niet\b(?! (?:op|in|bij|morgen|vandaag)\b)`],
  ['farewell', 0.45, String.raw`\b(?:zorg|pas) (?:goed )?(?:voor|op) (?:mama|papa|de kat|de hond|de kinderen|mijn kat|mijn hond)\b`],
  ['absence', 0.8, String.raw`\b(?:straks|binnenkort|morgen) ben ik er niet meer\b|\bals ik er niet meer ben\b`],
  ['means', 0.3, String.raw`\bslaappillen\b`],
]);

export const SV_MORE = compile('sv', [
  ['ideation', 1, String.raw`\bsomna (?:in )?och (?:aldrig|inte) vakna (?:igen|mer)?\b`],
  ['burden', 1, String.raw`\b(?:ni|alla|familjen) klarar (?:er|sig) battre utan mig\b`],
  ['farewell', 0.6, String.raw`\bleta inte efter mig\b`],
  ['farewell', 0.45, String.raw`\bta hand om (?:mamma|pappa|katten|hunden|barnen)\b`],
  ['plan', 0.6, String.raw`\ballt ar (?:ordnat|fixat|klart)\b|\bsen ar det klart\b`],
  ['means', 0.8, String.raw`\b(?:sparat|samlat|gomt) (?:\w+ )?(?:tabletter|piller|somntabletter)\b`],
  ['means', 0.3, String.raw`\bsomntabletter\b`],
]);
