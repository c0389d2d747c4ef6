import { compile } from '../cue.js';

// Languages the other lexicons did not cover (issue 13, sixth round), written by concept, not by
// sentence: wanting to die, killing oneself, not wanting to live any more, no reason to live,
// everyone better off without me, goodbye to everyone, jumping from a height, taking all the
// pills, and "tonight" (a booster). Accents are folded as texts are (ő -> o, ž -> z, ẹ -> e), and
// Cyrillic й is folded to и. Their idioms ("dying of laughter") are in distancing.ts.
// Persian is written with an optional zero-width non-joiner (می‌خواهم / میخواهم).

/** Urdu and Roman Urdu / Hinglish as typed on a phone keyboard. */
export const UR = compile('ur', [
  ['topic', 0.5, String.raw`خودکشی|\b(?:khudkhushi|khudkashi|khud ?kushi)\b`, 'neg'],
  ['ideation', 1, String.raw`مرنا چاہت[اىی]|خودکشی کر(?:وں|لوں|نے والا|نے والی|وں گا|وں گی)|خود کو (?:مار|ختم کر)|(?:اب )?جینا نہیں چاہت|اپنی جان (?:لے|دے) (?:لوں|دوں)`],
  ['ideation', 1, String.raw`\b(?:marna chahta|marna chahti|mar jana chahta|mar jana chahti|khud ko (?:khatam|khtm|maar) (?:kar )?(?:dunga|dungi|doonga|lunga|lungi)|jeene ka (?:mann|man|dil) nahi|jeena nahi chahta|jeena nahi chahti|apni jaan (?:le|de) (?:lunga|lungi|dunga|dungi))\b`],
  ['ideation', 0.5, String.raw`سب (?:کچھ )?ختم کر (?:دوں|دونگا|دوں گا|دوں گی)|\bsab (?:kuch )?khatam kar (?:dunga|dungi|doonga)\b`],
  ['burden', 1, String.raw`میرے بغیر (?:سب|آپ سب|تم سب) (?:زیادہ )?(?:خوش|بہتر)|\bmere bina (?:sab|tum sab|aap sab) (?:zyada )?(?:khush|behtar)\b`],
  ['farewell', 0.45, String.raw`ہمیشہ کے لیے الوداع|سب کو الوداع|\b(?:alvida sab ko|hamesha ke liye alvida)\b`],
  ['means', 0.8, String.raw`ساری (?:گولیاں|دوائیاں) کھا|\bsaari (?:goliyan|dawaiyan) kha\b`],
  ['timing', 0.3, String.raw`آج رات|\baaj raat\b`],
]);

export const FA = compile('fa', [
  ['topic', 0.5, String.raw`خودکشی`, 'neg'],
  ['ideation', 1, String.raw`(?:می\u200c?|)خوا(?:هم|م) بمیرم|خودم(?: را|و|رو) (?:می\u200c?)?(?:کشم|بکشم)|(?:دیگه|دیگر) ?نمی\u200c?خوا(?:هم|م) (?:زندگی کنم|زنده باشم)|نمی\u200c?خوا(?:هم|م) زنده (?:باشم|بمونم)|به زندگی(?:‌?ام|م) پایان (?:می\u200c?دهم|بدهم|میدم)|خودکشی (?:می\u200c?کنم|کنم|میکنم)`],
  ['hopelessness', 0.8, String.raw`(?:هیچ )?دلیلی برای زندگی (?:ندارم|نیست)`],
  ['burden', 1, String.raw`بدون من (?:همه )?(?:راحت\u200c?تر|بهتر|خوشحال\u200c?تر)`],
  ['farewell', 0.5, String.raw`خداحافظ(?:ی)? (?:برای همیشه|همگی|همه)|(?:منو|مرا) ببخش(?:ید)? برای همه چیز`],
  ['method', 1, String.raw`از (?:پل|پشت بام|ساختمان) (?:می\u200c?)?پرم`],
  ['means', 0.8, String.raw`همه(?: ی)? (?:قرص\u200c?ها|قرصا|داروها) (?:رو|را) (?:می\u200c?)?خورم`],
  ['timing', 0.3, String.raw`امشب`],
]);

/** Malay: the words Indonesian does not share ("tak nak", "malam ni"). */
export const MS = compile('ms', [
  ['ideation', 1, String.raw`\b(?:(?:aku|saya) )?(?:nak|mahu|ingin) (?:mati|bunuh diri|tamatkan (?:hidup|nyawa))\b|\b(?:tak|tidak) (?:nak|mahu|ingin) hidup lagi\b|\btak sanggup (?:nak )?hidup\b|\bambil nyawa sendiri\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:dia|adik|kawan (?:aku|saya)) (?:nak|mahu|ingin) (?:mati|bunuh diri)\b`],
  ['burden', 1, String.raw`\b(?:semua orang|korang|kamu semua) (?:lebih )?(?:baik|bahagia|senang) tanpa (?:aku|saya)\b`],
  ['farewell', 0.6, String.raw`\bselamat tinggal (?:semua|untuk selamanya|buat selamanya)\b`],
  ['method', 1, String.raw`\bterjun (?:dari )?(?:jambatan|bangunan|bumbung)\b`],
  ['means', 0.8, String.raw`\btelan semua (?:ubat|pil)\b`],
  ['timing', 0.3, String.raw`\bmalam ni\b`],
]);

export const HU = compile('hu', [
  ['topic', 0.5, String.raw`\bongyilkossag\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:meg akarok halni|meghalni (?:akarok|szeretnek)|megolom magam|megolnem magam|ongyilkos (?:leszek|akarok lenni)|veget vetek (?:az eletemnek|mindennek))\b`, 'neg'],
  ['ideation', 1, String.raw`\bnem akarok (?:tovabb |mar )?elni\b`],
  ['hopelessness', 0.8, String.raw`\bnincs (?:miert|ertelme) elni\b`],
  ['burden', 1, String.raw`\bmindenkinek jobb (?:lesz|lenne) nelkulem\b`],
  ['farewell', 0.6, String.raw`\bbucsuzom mindenkitol\b|\bbocsassatok meg mindenert\b`],
  ['method', 1, String.raw`\bleugrom (?:a )?(?:hidrol|tetorol|haztetorol)\b`],
  ['means', 0.8, String.raw`\bbeveszem az osszes (?:gyogyszert|tablettat|altatot)\b`],
  ['timing', 0.3, String.raw`\bma (?:este|ejjel)\b`],
]);

export const FI = compile('fi', [
  ['topic', 0.5, String.raw`\bitsemurh\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:haluan kuolla|tapan itseni|tappaa itseni|paatan elamani|lopetan elamani|teen itsemurhan)\b`, 'neg'],
  ['ideation', 1, String.raw`\ben (?:enaa )?halua (?:enaa )?elaa\b`],
  ['hopelessness', 0.8, String.raw`\bei ole (?:mitaan )?syyta elaa\b`],
  ['burden', 1, String.raw`\b(?:kaikilla|teilla) olisi parempi ilman minua\b`],
  ['farewell', 0.6, String.raw`\bhyvasti kaikki\b|\bantakaa anteeksi kaikki\b`],
  ['method', 1, String.raw`\bhyppaan (?:sillalta|katolta)\b`],
  ['means', 0.8, String.raw`\botan kaikki (?:pillerit|laakkeet|tabletit|unilaakkeet)\b`],
  ['timing', 0.3, String.raw`\btana (?:yona|iltana)\b`],
]);

/** Danish and Norwegian phrasings the nordic lexicon lacks ("orker ikke å leve", "tage livet af mig"). */
export const DA_NO_MORE = compile('da', [
  ['ideation', 1, String.raw`\b(?:jeg )?(?:orker|gider) ikke (?:a |at )?leve (?:lenger|laengere|mere)?\b|\btage livet af mig\b|\bbega selvmord\b|\bta livet mitt\b`, 'neg'],
  ['means', 0.8, String.raw`\b(?:tager|tar|ta|tage) alle (?:pillerne|pillene|tabletterne|tablettene)\b`],
  ['timing', 0.3, String.raw`\bi (?:aften|nat|kveld)\b`],
]);

/** Serbian, Croatian, Bosnian in Latin and Cyrillic script. */
export const SH = compile('sh', [
  ['topic', 0.5, String.raw`\bsamoubist\w*|\bsamoubojstv\w*|самоубист`, 'neg'],
  ['ideation', 1, String.raw`\b(?:zelim (?:da )?umr(?:em|ijeti|eti)|hocu da umrem|ubicu se|ubit cu se|oduzecu sebi zivot|izvrsit cu samoubojstvo)\b|желим да умрем|хоћу да умрем|убићу се`, 'neg'],
  ['ideation', 1, String.raw`\bne (?:zelim|mogu) (?:vise )?(?:da )?(?:zivim|zivjeti|ziveti)\b|не (?:желим|могу) (?:више )?да живим`],
  ['burden', 1, String.raw`\bsvima (?:ce biti|bi bilo) bolje bez mene\b|свима (?:ће бити|би било) боље без мене`],
  ['farewell', 0.6, String.raw`\bzbogom svima\b|\boprostite mi za sve\b`],
  ['method', 1, String.raw`\bskoci(?:cu|t cu) (?:sa|s) (?:mosta|zgrade|krova)\b`],
  ['means', 0.8, String.raw`\bpopi(?:cu|t cu) sve (?:tablete|lekove|lijekove)\b`],
  ['timing', 0.3, String.raw`\b(?:veceras|nocas)\b|вечерас|ноћас`],
]);

export const BG = compile('bg', [
  ['topic', 0.5, String.raw`самоубииств`, 'neg'],
  ['ideation', 1, String.raw`искам да умра|ще се (?:самоубия|убия)|ще сложа край на (?:живота си|всичко)`, 'neg'],
  ['ideation', 1, String.raw`не искам (?:повече )?да живея`],
  ['hopelessness', 0.8, String.raw`няма смисъл да живея`],
  ['burden', 1, String.raw`(?:на )?всички (?:ще им е|ще им бъде|ще са) по-добре без мен`],
  ['farewell', 0.6, String.raw`сбогом на всички|простете ми за всичко`],
  ['method', 1, String.raw`ще скоча от (?:моста|покрива|блока)`],
  ['means', 0.8, String.raw`ще (?:изпия|гълтна) всички (?:хапчета|таблетки|лекарства)`],
  ['timing', 0.3, String.raw`довечера|тази нощ`],
]);

export const TA = compile('ta', [
  ['topic', 0.5, String.raw`தற்கொலை`, 'neg'],
  ['ideation', 1, String.raw`சாக (?:விரும்பு|வேண்டும்|போகிறேன்|போறேன்)|வாழ (?:விருப்பமில்லை|விரும்பவில்லை|பிடிக்கவில்லை|முடியவில்லை)|என்னை (?:நானே )?(?:கொல்ல|மாய்த்து)|உயிரை மாய்த்து|தற்கொலை செய்(?:ய| ?போ)`],
  ['burden', 1, String.raw`நான் இல்லாமல் (?:எல்லோரும்|எல்லாரும்) (?:நன்றாக|சந்தோஷமாக)`],
  ['timing', 0.3, String.raw`இன்று இரவு|இன்னைக்கு ராத்திரி`],
]);

export const MR = compile('mr', [
  ['ideation', 1, String.raw`मरायचं आहे|मरायचे आहे|मला मरायच|जगायचं नाही|जगायचे नाही|जीव (?:देणार|द्यायचा)|स्वतःला संपवणार|आत्महत्या करणार`],
  ['burden', 1, String.raw`माझ्याशिवाय (?:सगळे|सगळ्यांना) (?:बरं|सुखी|आनंदी)`],
  ['timing', 0.3, String.raw`आज रात्री`],
]);

export const BN_MORE = compile('bn', [
  ['ideation', 1, String.raw`বাঁচতে চাই না|মরে যেতে চাই|আত্মহত্যা করব|নিজেকে শেষ করে দেব`],
  ['means', 0.8, String.raw`সব (?:ঘুমের )?(?:ওষুধ|বড়ি|ট্যাবলেট) খেয়ে (?:নেব|ফেলব)`],
  ['timing', 0.3, String.raw`আজ রাতে`],
]);

export const YO = compile('yo', [
  ['topic', 0.5, String.raw`\bigbemi ara eni\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:mo fe ku|mo fe pa ara mi|ma pa ara mi|mo ma pa ara mi)\b`],
  ['ideation', 1, String.raw`\bmi o fe (?:gbe aye|wa laaye) mo\b`],
  ['timing', 0.3, String.raw`\b(?:lale oni|ni ale yi|ale oni)\b`],
]);

export const ZU = compile('zu', [
  ['ideation', 1, String.raw`\b(?:ngifuna ukufa|ngizozibulala|ngifuna ukuzibulala)\b`],
  ['ideation', 1, String.raw`\b(?:angisafuni|angifuni) ukuphila\b`],
  ['topic', 0.5, String.raw`\bukuzibulala\b`],
  ['burden', 1, String.raw`\bbonke (?:bazoba|bangaba) ngcono ngaphandle kwami\b`],
  ['timing', 0.3, String.raw`\b(?:namuhla ebusuku|kusihlwa)\b`],
]);

export const CA = compile('ca', [
  ['ideation', 1, String.raw`\b(?:(?:em )?vull (?:morir|suicidar)|em suicidare|em matare|(?:em )?traure la vida|treure'?m la vida|acabar amb (?:tot|la meva vida))\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:ja )?no vull viure(?: mes)?\b`],
  ['hopelessness', 0.8, String.raw`\bno tinc (?:cap )?(?:motiu|rao) per viure\b`],
  ['burden', 1, String.raw`\btothom estaria millor sense mi\b`],
  ['farewell', 0.6, String.raw`\badeu per sempre\b|\bperdoneu-me per tot\b`],
  ['method', 1, String.raw`\bsaltare (?:del|des del) (?:pont|terrat)\b`],
  ['timing', 0.3, String.raw`\baquesta nit\b`],
]);

/** Arabic written in Latin letters and digits (Arabizi), Egyptian and Levantine. */
export const AR_LATN = compile('ar', [
  ['topic', 0.5, String.raw`\b(?:intihar|ente7ar|inte7ar)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:3ayez|3ayza|3awez|bedi|bidi|abgha) (?:amoot|amout|mout|moot)\b|\b(?:ha|ra7)(?:mawet|mawwet|a2tel|2tel) nafs(?:y|i)\b|\b(?:a2tel|eqtel|2atel) nafs(?:y|i)\b|\b(?:ha|h)?nta7er\b`],
  ['ideation', 1, String.raw`\b(?:mesh|mish|ma) (?:3ayez|3ayza|3awez|bedi|bidi) (?:a3eesh|a3ish|3ish|3eesh)\b|\bma3ad (?:bedi|bidi) (?:3ish|a3ish)\b`],
  ['timing', 0.3, String.raw`\b(?:el ?leila di|el ?leila|elleila)\b`],
]);
