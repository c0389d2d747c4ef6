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
  // fw-gaps round: don't look for me, a burden, sleeping pills gathered.
  ['farewell', 0.5, String.raw`ნუ მეძებ(?:თ)?`],
  ['burden', 0.8, String.raw`ტვირთი ვარ`],
  ['means', 0.8, String.raw`(?:საძილე )?აბები (?:შევაგროვე|დავაგროვე|ვიყიდე)`],
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
  // fw-gaps round: don't look for me, no strength left to live, sleeping pills gathered, ending it all.
  ['farewell', 0.5, String.raw`(?:ինձ )?մի փնտրե(?:ք|ր)`],
  ['ideation', 0.8, String.raw`(?:էլ|այլևս) ուժ չունեմ ապրելու`],
  ['means', 0.8, String.raw`(?:քնաբեր )?հաբեր (?:եմ )?(?:հավաքել|կուտակել)`],
  ['ideation', 0.6, String.raw`ամեն ինչ կավարտեմ`],
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
  // fw-gaps round: a burden, don't look for me, sleeping pills gathered.
  ['burden', 0.8, String.raw`(?:бүгдэд|бүх хүнд|гэр бүлдээ) ачаа (?:болсон|боллоо|юм)`],
  ['farewell', 0.5, String.raw`намайг (?:бүү|битгий) хай`],
  ['means', 0.8, String.raw`(?:нойрны )?эм(?:үүд)? (?:их )?(?:цуглуулсан|хураасан)`],
]);

/** Kyrgyz (Cyrillic; no \b: it does not see Cyrillic letters as word characters). fw-gaps round. */
export const KY = compile('ky', [
  ['topic', 0.5, String.raw`өз жанын кыюу`],
  ['ideation', 1, String.raw`жашагым келбейт|жашоону каалабайм|өлгүм келет|өзүмдү өлтүр(?:өм|гүм келет)|өз жан(?:ымды|ын) кы(?:ям|ямын|ят|ймакчы)|өзүмө кол салам`],
  ['burden', 0.8, String.raw`(?:баарына|бардыгына|баарыңарга) жүк (?:болуп калдым|болдум|болуп жатам)`],
  ['burden', 1, String.raw`мен болбосом (?:баарына|бардыгына|баарыңарга) (?:жакшы|жеңил)|менсиз (?:баарына|баары) жакшы`],
  ['farewell', 0.5, String.raw`баары(?:сы)? үчүн кечир|мени издебе(?:гиле|ңиз|ңер)?`],
  ['giving_away', 0.45, String.raw`(?:мага )?мындан ары керек болбойт`],
  ['timing', 0.3, String.raw`бүгүн (?:түнү|кечинде)`],
  ['means', 0.8, String.raw`(?:уктатуучу )?дары(?:лар)?(?:ды|ны)? (?:чогултуп|жыйнап)|бардык дары(?:ларды|ны) ичем`],
  ['method', 1, String.raw`(?:көпүрөдөн|чатырдан|үйдүн башынан) (?:секирем|ыргыйм)`],
  ['hopelessness', 0.8, String.raw`жашоодон (?:тажадым|чарчадым|тажап кеттим)`],
  // "Not here after Saturday" is also said before a trip: it needs company.
  ['absence', 0.5, String.raw`(?:күнүнөн|ишембиден|жекшембиден|дүйшөмбүдөн|жумадан|эртеңден) кийин мен (?:болбойм|жок болом)`],
  ['hopelessness', 0.8, String.raw`жашоо(?:нун|мдун)? (?:мааниси|маңызы) (?:жок|калган жок)`],
  ['burden', 0.8, String.raw`(?:мен )?эч кимге керек эмесмин`],
]);

/** Uyghur: Arabic script, and the Latin letters typed on phones (accents folded away). fw-gaps round. */
export const UG = compile('ug', [
  ['topic', 0.5, String.raw`ئۆزىنى ئۆلتۈرۈش`],
  ['ideation', 1, String.raw`ياشىغۇم (?:يوق|كەلمەيدۇ)|ياشاشنى (?:خالىمايمەن|خالىمىدىم)|ئۆلگۈم (?:بار|كېلىۋاتىدۇ|كېلىدۇ)|ئۆزۈمنى ئۆلتۈر(?:ىمەن|ۈۋالىمەن|مەكچى)|جېنىمغا (?:قەست|زامىن) قىل`],
  ['ideation', 1, String.raw`\byashighum (?:yoq|kelmeydu)\b|\bolgum (?:bar|keliwatidu|kelidu)\b|\bozumni olturi(?:men|walimen)\b|\bozumni olturmekchi\b`],
  ['burden', 0.8, String.raw`(?:ھەممەيلەنگە|ھەممىڭلارغا|ھەممىگە|ئائىلەمگە) (?:يۈك|ئېغىرچىلىق) بولۇپ قالدىم|يۈك بولدۇم`],
  ['burden', 1, String.raw`مەن بولمىسام (?:ھەممىسىگە|ھەممىڭلارغا|ھەممەيلەنگە) ياخشى`],
  ['farewell', 0.5, String.raw`ھەممە (?:ئىش|نەرسە) ئۈچۈن (?:مېنى )?كەچۈر|مېنى ئىزدى(?:مەڭلار|مەڭ|ماڭلار)|\bmeni izdi(?:meng|mengler)\b`],
  ['giving_away', 0.45, String.raw`(?:ماڭا )?ئەمدى كېرەك بولمايدۇ`],
  ['timing', 0.3, String.raw`بۈگۈن (?:كەچتە|كېچە|ئاخشام)|\bbugun (?:kechte|kechisi)\b`],
  ['means', 0.8, String.raw`(?:ئۇيقۇ )?دورى(?:لىرى|لار)?(?:نى)? يىغىپ قويدۇم|ھەممە دورىنى (?:ئىچىمەن|يەيمەن)`],
  ['method', 1, String.raw`(?:كۆۋرۈكتىن|بىنادىن|ئۆگزىدىن) (?:سەكرەيمەن|ئاتلايمەن)`],
  ['hopelessness', 0.8, String.raw`ھاياتتىن (?:زېرىكتىم|بىزار بولدۇم|چارچىدىم)`],
  // "Not here after Saturday" is also said before a trip: it needs company.
  ['absence', 0.5, String.raw`(?:دىن|تىن) كېيىن مەن بولمايمەن|\bkeyin men bolmaymen\b`],
  ['hopelessness', 0.8, String.raw`ھاياتىمنىڭ (?:ھېچ )?(?:مەنىسى|ئەھمىيىتى) (?:قالمىدى|يوق)`],
  ['ideation', 1, String.raw`ئۆلۈپ كەتسەم (?:ياخشى|بولاتتى)`],
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
