import { compile } from '../cue.js';

// Georgian, Armenian, Azerbaijani, Kazakh, Uzbek (Latin and Cyrillic), Mongolian, Pashto and
// Kurdish (Kurmanji in Latin letters, Sorani in Arabic script) (issue 13, eighth round), by the
// concepts of south-asia-more.ts. Azerbaijani ə has no decomposition (no \b next to it); Uzbek
// oʻ/gʻ are typed with ʻ, ' or nothing; Armenian և is folded to եւ by NFKC in text and pattern alike.

const OQ = String.raw`(?:'|\u02bb)?`;

export const KA = compile('ka', [
  ['topic', 0.5, String.raw`თვითმკვლელობ`],
  ['ideation', 1, String.raw`აღარ მინდა (?:ცხოვრება|სიცოცხლე)|(?:სიცოცხლე|ცხოვრება) აღარ (?:მინდა|უნდა)|მინდა მოვკვდე|თავს (?:მოვიკლავ|მოიკლავს)`],
  ['burden', 1, String.raw`ჩემს გარეშე (?:ყველას|ყველა) უკეთ|(?:ყველას|ყველა) ჩემს გარეშე უკეთ`],
  ['farewell', 0.5, String.raw`მაპატიე(?:თ)? ყველაფრისთვის`],
  ['giving_away', 0.45, String.raw`აღარ დამჭირდება`],
  ['timing', 0.3, String.raw`ამაღამ|დღეს ღამით`],
  ['hopelessness', 0.5, String.raw`ვეღარ ვუძლებ`],
  ['ideation', 0.6, String.raw`ყველაფერს დავასრულებ`],
  ['method', 1, String.raw`(?:ხიდიდან|სახურავიდან) გადავხტები`],
]);

export const HY = compile('hy', [
  ['topic', 0.5, String.raw`ինքնասպանութ`],
  ['ideation', 1, String.raw`(?:այլևս|էլ) չեմ ուզում ապրել|ուզում եմ (?:մեռնել|մահանալ)|(?:ինքս )?ինձ կսպանեմ|ինքնասպան (?:կլինեմ|լինել)`],
  ['burden', 1, String.raw`առանց ինձ (?:բոլորին|բոլորը) (?:ավելի )?լավ|(?:բոլորին|բոլորը) առանց ինձ (?:ավելի )?լավ`],
  ['farewell', 0.5, String.raw`ներ(?:իր|եք) ինձ ամեն ինչի համար`],
  ['giving_away', 0.45, String.raw`(?:այլևս|էլ) պետք չի (?:լինի|գա)`],
  ['timing', 0.3, String.raw`այս գիշեր|այսօր գիշերը`],
  ['ideation', 1, String.raw`վերջ (?:տալ|տամ) կյանքիս`],
  ['burden', 0.8, String.raw`բեռ եմ`],
  ['method', 1, String.raw`կամրջից (?:կցատկեմ|ցատկել)`],
]);

export const AZ = compile('az', [
  ['ideation', 1, String.raw`yaşamaq istəmirəm|ölmək istəyirəm|özümü öldürəcəyəm|özümü öldürmək istəyirəm|intihar edəcəyəm`],
  ['burden', 1, String.raw`(?:hamı|hamıya) (?:mənsiz|məndən sonra) daha yaxşı|mənsiz (?:hamı|hamıya) daha yaxşı`],
  ['farewell', 0.5, String.raw`hər şey üçün (?:məni )?bağışla`],
  ['giving_away', 0.45, String.raw`(?:artıq )?mənə lazım olmayacaq`],
  ['timing', 0.3, String.raw`\bbu gecə`],
  ['hopelessness', 0.8, String.raw`həyatın mənası qalmayıb|yaşamağın mənası yoxdur`],
  ['method', 1, String.raw`(?:körpüdən|damdan) atılacağam`],
  ['means', 0.8, String.raw`bütün dərmanları içəcəyəm`],
]);

export const KK = compile('kk', [
  ['ideation', 1, String.raw`өмір сүргім келмейді|өлгім келеді|өзімді өлтіремін|өзімді өлтіргім келеді|өз-?өзіме қол жұмсаймын`],
  ['burden', 1, String.raw`менсіз (?:бәріне|барлығына) жақсы`],
  ['farewell', 0.5, String.raw`бәрі үшін кешір`],
  ['giving_away', 0.45, String.raw`(?:маған )?енді керек болмайды`],
  ['timing', 0.3, String.raw`бүгін (?:түнде|кешке)`],
  ['hopelessness', 0.8, String.raw`өмірден шаршадым`],
  ['means', 0.8, String.raw`барлық дәрі(?:лерді|ні) ішемін`],
  ['method', 1, String.raw`көпірден секіремін`],
  ['ideation', 1, String.raw`жить (?:больше )?не хочу`],
]);

export const UZ = compile('uz', [
  ['ideation', 1, String.raw`\b(?:endi )?yashashni xohlamayman\b|\bo${OQ}lgim kel(?:adi|yapti)\b|\bo${OQ}zimni o${OQ}ldiraman\b|\bjonimga qasd qilaman\b|яшашни хоҳламайман|ўлгим кел(?:япти|ади)|ўзимни ўлдираман`],
  ['burden', 1, String.raw`\bmensiz hammaga yaxshi bo${OQ}ladi\b|менсиз ҳаммага яхши бўлади`],
  ['farewell', 0.5, String.raw`\bhamma narsa uchun (?:meni )?kechir\w*`],
  ['giving_away', 0.45, String.raw`\bmenga endi kerak (?:emas|bo${OQ}lmaydi)\b`],
  ['timing', 0.3, String.raw`\bbugun (?:kechasi|kechqurun)\b`],
  ['hopelessness', 0.8, String.raw`\bhayotdan charchadim\b`],
  ['ideation', 1, String.raw`\byashagim kelma(?:yapti|ydi)\b`],
  ['method', 1, String.raw`\bko${OQ}prikdan sakrayman\b`],
]);

export const MN = compile('mn', [
  ['topic', 0.5, String.raw`амиа хорлолт`],
  ['ideation', 1, String.raw`амьдармааргүй|амьдрахыг хүсэхгүй|үхмээр (?:байна|байгаа)|амиа (?:хорлоно|хорломоор|егүүлнэ)`],
  ['burden', 1, String.raw`(?:намайг байхгүй бол|надгүй бол) бүгдэд (?:дээр|сайн)`],
  ['farewell', 0.5, String.raw`бүх зүйлд (?:намайг )?уучлаарай`],
  ['giving_away', 0.45, String.raw`надад цаашид хэрэггүй`],
  ['timing', 0.3, String.raw`өнөө (?:шөнө|орой)`],
]);

export const PS = compile('ps', [
  ['topic', 0.5, String.raw`ځان ?وژنه`],
  ['ideation', 1, String.raw`(?:نور )?نه غواړم (?:چې )?ژوند|ژوند نه غواړم|غواړم (?:چې )?مړ شم|ځان (?:وژنم|ووژنم)`],
  ['burden', 1, String.raw`زما پرته به ټول (?:خوشاله|ښه)`],
  ['farewell', 0.5, String.raw`د هر څه لپاره بښنه`],
  ['giving_away', 0.45, String.raw`نور (?:مې|می) ضرورت نشته`],
  ['timing', 0.3, String.raw`نن شپه`],
]);

/** Kurmanji (Latin letters) and Sorani (Arabic script). */
export const KU = compile('ku', [
  ['topic', 0.5, String.raw`\bxwekuj\w*|خۆکوژی`],
  ['ideation', 1, String.raw`\b(?:edi )?naxwazim (?:edi )?bijim\b|\bdixwazim bimirim\b|\b(?:ez e )?xwe bikujim\b|(?:ئیتر )?نامەوێت بژیم|دەمەوێت بمرم|خۆم دەکوژم`],
  ['burden', 1, String.raw`\bbe min\b.{0,20}\b(?:bastir|xwestir)\b`],
  ['farewell', 0.5, String.raw`\bji bo her tisti\b.{0,20}\bbibore\b|\bbibore ji bo her tisti\b|لە هەموو شتێک (?:لێم )?(?:خۆشبە|ببورە)`],
  ['timing', 0.3, String.raw`\bvesev\b|ئەمشەو`],
]);
