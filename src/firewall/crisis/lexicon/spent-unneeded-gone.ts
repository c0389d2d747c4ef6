import { compile } from '../cue.js';

// Four concepts the dl1, dm1, dn1 and do1 authors wrote in some 30 languages no lexicon had them
// in (issue 13, fw-fresh-recall round), each in the user's own words about themselves:
// - no reason or wish to go on living, not wanting to wake again, wanting to leave this life
//   (ideation 1, negatable): Kinyarwanda, Galician, Twi, Irish and Scottish Gaelic, Māori, Samoan;
// - worn out by life itself or unable to bear any more (hopelessness): tired *of life* or *of
//   everything* weighs 0.6–0.7 (Shona, Tigrinya, Amharic, Welsh, Armenian "no strength to live");
//   a bare "I can't any more" or "no strength left" 0.4–0.5, since it is also said of a task
//   (Georgian, Armenian, Faroese, Azerbaijani, Javanese, Malay, Somali);
// - needed by no one, everyone better off if I weren't, won't trouble you again (burden): the
//   Turkic belt (Turkmen, Kazakh, Uzbek, Kyrgyz, Tatar, Bashkir), Persian, Azerbaijani, Somali,
//   Malayalam, Chinese and Taiwanese Hokkien; "won't trouble you" only when it ends the clause,
//   as "…won't trouble you with the books again" is a hired accountant;
// - gone after a time, won't be heard from, don't wait any more, don't come looking (absence and
//   farewell, 0.5–0.6, needing company): "any more" is required for "don't wait for me", which is
//   otherwise a late train (Russian, Bulgarian, Slovene, Serbo-Croatian, Macedonian, Faroese,
//   Bashkir, Burmese, Cebuano, Welsh, Javanese, Georgian, Armenian "soon it will all be over"),
//   with "it's all yours now" in Chinese and Hokkien and a bridge or roof in five languages as the
//   company such cues need.
// Kept in a file of its own so the per-language lexicons other rounds edit stay untouched.

export const SPENT_UNNEEDED_GONE = [
  ...compile('any', [
    // no reason or wish to go on living
    ['ideation', 1, String.raw`\bnta mpamvu yo (?:gukomeza )?kubaho\b|\bsinkibona impamvu yo (?:gukomeza )?kubaho\b`, 'neg'],
    ['ideation', 1, String.raw`\bseria (?:mellor )?non (?:volver a )?espertar\b|\bnon (?:quero|queria) (?:volver a )?espertar(?: mais| nunca)?\b`, 'neg'],
    ['ideation', 1, String.raw`mempɛ sɛ me(?:sɔre|te ase|tena ase) bio`, 'neg'],
    ['ideation', 1, String.raw`\bnil me ag iarraidh a bheith (?:anseo|beo) (?:nios mo|a thuilleadh)\b|\bchan eil mi (?:airson|ag iarraidh) a bhith (?:beo|an seo) tuilleadh\b`, 'neg'],
    ['ideation', 1, String.raw`\bkaore he take o (?:taku|toku) (?:noho|ora)\b`, 'neg'],
    ['ideation', 1, String.raw`\bfia alu ese mai (?:lenei|le) olaga\b|\bua le toe fia ola\b`, 'neg'],
    // worn out by life or by everything
    ['hopelessness', 0.7, String.raw`\bndaneta (?:no|ne)upenyu\b|ምንባር (?:ደኺመ|ሰልቹ|ሰልቺ)|መኖር ሰልችቶኛል|(?:այլևս|այլեւս)? ?ուժ չունեմ ապրել|\bwedi blino ar fyw\b`],
    ['hopelessness', 0.6, String.raw`\bwedi blino ar bopeth\b|აღარ შემიძლია (?:ასე )?(?:ცხოვრება|სიცოცხლე)`],
    ['hopelessness', 0.5, String.raw`(?:այլևս|այլեւս) ուժ չունեմ|\beg orki ikki (?:meira|longur)\b|\bdaha doz[əe] bilmir[əe]m\b|\b(?:aku|awakku) wis ora kuat (?:maneh|meneh)\b|\b(?:saya|aku) (?:dah|sudah) tak larat\b|\bwaxba ma jiro oo (?:ii|i) harsan\b|ما بقاش عندي علاش نكمل|دیگر توان ندارم`],
    ['hopelessness', 0.4, String.raw`აღარ შემიძლია(?!\s*(?:დღეს|ახლა|ხვალ))`],
    // needed by no one, better if I weren't, won't trouble you again
    ['burden', 0.8, String.raw`\bolmasam\s+hami\w*(?:\s+\w+)?\s+(?:rahat|asan)|بهتر(?:ه| است)(?: که)? من نباشم`],
    ['burden', 0.7, String.raw`ആർക്കും (?:ഒരു )?(?:ഭാരമാകില്ല|ബുദ്ധിമുട്ടും ഉണ്ടാകില്ല)`],
    ['burden', 0.6, String.raw`\bhic kime gerek dal\b|ешкімге керек емеспін|\bhech kimga keragim yo'?q\b|эч кимге керегим жок|бер ?кемгә (?:лә|дә|да) кәрәкмәием|беркемгә дә кирәкми(?:м|мен)|\bqofna (?:ima|i ma) baahna\b`],
    ['burden', 0.5, String.raw`不(?:會|会)再(?:打擾|打扰|麻煩|麻烦)(?:你們|你们|妳們|你|妳|大家)了?$|\bbo (?:beh|boeh) koh (?:hoo|ho) (?:lin|li|lan) huan-?lo\b`],
    // gone after a time, won't be heard from, don't wait any more, don't come looking
    ['absence', 0.8, String.raw`धेरै दिन (?:रहन्न|बाँच्दिन)|(?:мине|мені) күрмә(?:ҫ|с)һегеҙ|мине күрмәссез|کسی کو میری فکر نہیں`],
    ['absence', 0.6, String.raw`\b(?:tit|tu) hoyr(?:a|ir) ikki meira fra maer\b|няма да (?:ме )?чуете (?:пак|повече)|\bne bos(?:te)? (?:vec )?slisal[ai]? (?:zame|o meni)\b|\b(?:mene|me) ne bo vec\b(?!\s+(?:v|na|pri|doma|tukaj|tam)\b)|ကျွန်(?:မ|တော်) မရှိတော့ဘူး`],
    ['absence', 0.5, String.raw`не жди(?:те)? меня (?:больше|уже никогда)|не ме чакай(?:те)? повече|\bne cakaj(?:te)? me (?:vec|nikoli)\b|\bne cekaj(?:te)? me (?:vise|nikad)\b|не ме чекај(?:те)? повеќе|მალე ყველაფერი (?:დასრულდება|დამთავრდება)|շուտով ամեն ինչ (?:կավարտվի|կվերջանա)|\bdili na (?:ko|ako) (?:mobalik|mouli)\b(?!\s+(?:sa|diri|dinhi)\b)|反正以後(?:也|都)?用不(?:到|着|著|上)了|反正以后(?:也|都)?用不(?:到|着|上)了`],
    // "it's all yours now" in Chinese and Taiwanese Hokkien: a hand-over that needs company
    ['giving_away', 0.4, String.raw`以後(?:就)?(?:麻煩|交給|拜託)(?:你|妳)(?:們)?了|以后(?:就)?(?:麻烦|交给|拜托)(?:你|妳)(?:们)?了|(?:也|都)(?:給|给|交給|交给)(?:你|妳)(?:們|们)?了|\blong (?:hoo|ho) (?:a-)?[a-z]+\b`],
    // on a bridge or a high roof, looking down (a booster: it strengthens real evidence only)
    ['height', 0.3, String.raw`күпер(?:дә|гә|гә менеп)|سەر پردەکە|د سیند پل|\bkorpu(?:nun|ye|de)\b|болои бино|\bgledam dol\b|аска карадым`],
    ['farewell', 0.5, String.raw`\bpaid (?:a|â) dod i chwilio amdana i\b|\bojo (?:nggoleki|goleki|nggoleti) aku\b|\bha is eedeyn\b`],
  ]),
];
