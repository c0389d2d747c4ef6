import { compile } from '../cue.js';

// What people at risk say without crisis words, in South Asian languages the lexicons had only
// explicit statements for (issue 13, ch1 round), by concept: a burden on everyone or the family
// (said of oneself or of a friend), belongings given or shared out, pills gathered, "I won't be
// here any more", and the goodbye words "thanks for everything" (0.4) and "look after mother" (0.3),
// which need company: together they stay under the threshold, as a thank-you after a wedding must.
// Indic scripts have no \b (JavaScript's word boundary is ASCII); the romanised rows have it.
// Look-alikes that must not match: a tax burden (வரிச்சுமை), "died laughing" (నవ్వి నవ్వి
// చచ్చిపోయాను), "not here next week, a sister's wedding" (ಮುಂದಿನ ವಾರ ನಾನು ಇರುವುದಿಲ್ಲ).

export const BURDEN_HANDOVER_SOUTH_ASIA = [
  ...compile('te', [
    ['burden', 0.6, String.raw`(?:అందరికీ|అందరికి|కుటుంబానికి|ఇంట్లో వాళ్ళకి|ఇంటికి) (?:నేను )?(?:ఒక )?భారం`],
    ['giving_away', 0.5, String.raw`(?:వస్తువులన్నీ|వస్తువులు అన్నీ|సామాన్లన్నీ|నా వస్తువులు) (?:\S+ )?ఇచ్చేశ`],
    ['absence', 0.6, String.raw`ఇక (?:నేను )?(?:ఉండను|ఉండబోను|ఉండడు|ఉండదు)`],
    ['farewell', 0.35, String.raw`అన్నింటికీ (?:ధన్యవాదాలు|థాంక్స్|కృతజ్ఞతలు)`],
    ['farewell', 0.25, String.raw`(?:అమ్మను|అమ్మని|నాన్నను|నాన్నని) జాగ్రత్తగా చూసుకో`],
  ]),
  ...compile('te-Latn', [
    ['burden', 0.6, String.raw`\b(?:andariki|andarki|intlo vallaki|kutumbaniki) (?:nenu |vaadu |vadu |aame )?(?:bhaaram|bharam|baaram)\b`],
    ['giving_away', 0.45, String.raw`\b(?:anni|annee|antha) (?:ichesa(?:nu|du|di)|icheesa(?:nu|du|di))\b`],
  ]),
  ...compile('pa', [
    ['burden', 0.6, String.raw`(?:ਸਾਰਿਆਂ|ਸਭ|ਪਰਿਵਾਰ|ਘਰਦਿਆਂ) (?:ਤੇ|ਉੱਤੇ|ਲਈ|ਵਾਸਤੇ) (?:ਇੱਕ )?ਬੋਝ`],
    ['giving_away', 0.5, String.raw`(?:ਸਮਾਨ|ਚੀਜ਼ਾਂ) (?:\S+ )?(?:ਵੰਡ|ਦੇ) (?:ਦਿੱਤਾ|ਦਿੱਤੀਆਂ|ਦਿਤਾ)`],
    ['means', 0.5, String.raw`ਗੋਲੀਆਂ (?:\S+ )?(?:ਇਕੱਠੀਆਂ|ਜਮ੍ਹਾਂ|ਬਚਾ)`],
    ['farewell', 0.35, String.raw`ਹਰ ਚੀਜ਼ (?:ਲਈ|ਵਾਸਤੇ) (?:ਸ਼ੁਕਰੀਆ|ਧੰਨਵਾਦ)`],
    ['farewell', 0.25, String.raw`(?:ਮਾਂ|ਬੇਬੇ|ਬਾਪੂ) ਦਾ ਖਿਆਲ ਰੱਖ`],
  ]),
  ...compile('ta', [
    ['burden', 0.6, String.raw`(?:எல்லாருக்கும்|எல்லோருக்கும்|குடும்பத்துக்கு|வீட்டுக்கு) (?:நான் )?(?:ஒரு )?பாரம`],
    ['giving_away', 0.5, String.raw`(?:பொருட்களை|பொருள்களை|சாமான்களை) (?:எல்லாம் )?(?:\S+ )?கொடுத்து(?:விட்ட|ட்ட)`],
    ['absence', 0.6, String.raw`இனிமேல் (?:நான் )?இருக்க(?:ப் போவதில்லை| மாட்டே)`],
    ['farewell', 0.35, String.raw`எல்லாவற்றுக்கும் நன்றி|எல்லாத்துக்கும் நன்றி`],
    ['farewell', 0.25, String.raw`(?:அம்மாவை|அப்பாவை) பார்த்துக்கொள்`],
  ]),
  ...compile('kn', [
    ['burden', 0.6, String.raw`(?:ಎಲ್ಲರಿಗೂ|ಮನೆಯವರಿಗೆ|ಕುಟುಂಬಕ್ಕೆ) (?:ನಾನು )?ಹೊರೆ`],
    ['means', 0.5, String.raw`ಮಾತ್ರೆಗಳನ್ನು (?:\S+ )?(?:ಕೂಡಿಸಿ|ಸಂಗ್ರಹಿಸಿ|ಉಳಿಸಿ|ಕೂಡಿಟ್ಟ)`],
    ['giving_away', 0.5, String.raw`(?:ವಸ್ತುಗಳನ್ನು|ಸಾಮಾನುಗಳನ್ನು) (?:ಎಲ್ಲಾ )?(?:\S+ )?ಕೊಟ್ಟು(?:ಬಿಟ್ಟೆ|ಬಿಟ್ಟ)`],
    ['farewell', 0.35, String.raw`ಎಲ್ಲದಕ್ಕೂ (?:ಧನ್ಯವಾದ|ಥ್ಯಾಂಕ್ಸ್)`],
    ['farewell', 0.25, String.raw`(?:ಅಮ್ಮನನ್ನು|ಅಪ್ಪನನ್ನು|ನಾಯಿಯನ್ನು|ಬೆಕ್ಕನ್ನು) ನೋಡಿಕೊ`],
  ]),
  ...compile('ml', [
    ['burden', 0.6, String.raw`(?:എല്ലാവർക്കും|വീട്ടുകാർക്ക്|കുടുംബത്തിന്) (?:ഞാൻ )?(?:ഒരു )?ഭാരമ`],
    ['giving_away', 0.5, String.raw`(?:സാധനങ്ങൾ|സാധനങ്ങളെല്ലാം) (?:എല്ലാം )?(?:\S+ )?കൊടുത്തു`],
    ['farewell', 0.35, String.raw`എല്ലാത്തിനും നന്ദി`],
    ['farewell', 0.25, String.raw`(?:അമ്മയെ|അച്ഛനെ) നോക്കണ`],
  ]),
  ...compile('mr', [
    ['burden', 0.6, String.raw`(?:सगळ्यांवर|सर्वांवर|घरच्यांवर|सगळ्यांना) (?:\S+ )?(?:ओझं|ओझे)`],
    ['giving_away', 0.5, String.raw`(?:वस्तू|सामान) (?:मी |त्याने |तिने )?(?:वाटून|देऊन) टाकल`],
    ['farewell', 0.35, String.raw`सगळ्यासाठी धन्यवाद|सगळ्यासाठी आभार`],
    ['farewell', 0.25, String.raw`(?:आईची|बाबांची) काळजी घे`],
  ]),
  ...compile('bn', [
    ['burden', 0.6, String.raw`(?:সবার|সকলের|পরিবারের) (?:কাছে |জন্য |ওপর |উপর )?(?:একটা )?বোঝা`],
    ['giving_away', 0.5, String.raw`জিনিসপত্র (?:সব )?(?:বিলিয়ে|দিয়ে) দি`],
    ['farewell', 0.35, String.raw`সবকিছুর জন্য ধন্যবাদ`],
    ['farewell', 0.25, String.raw`(?:মায়ের|মার|বাবার) খেয়াল রাখ`],
  ]),
  ...compile('gu', [
    ['burden', 0.6, String.raw`(?:બધા|બધાં|પરિવાર|ઘરના) (?:પર|માટે) (?:હું )?બોજ`],
    ['means', 0.5, String.raw`ગોળીઓ (?:\S+ )?(?:ભેગી|સંઘરી|બચાવી)`],
    ['farewell', 0.35, String.raw`બધા માટે આભાર|બધી વાત માટે આભાર`],
    ['farewell', 0.25, String.raw`(?:મમ્મીનું|પપ્પાનું|બાનું) ધ્યાન રાખ`],
  ]),
  ...compile('or', [
    ['burden', 0.6, String.raw`(?:ସମସ୍ତଙ୍କ|ପରିବାର) (?:ପାଇଁ |ଉପରେ )?(?:ମୁଁ )?ବୋଝ`],
    ['giving_away', 0.5, String.raw`ଜିନିଷ (?:ସବୁ )?ଦେଇ(?:ଦେଲି|ଦେଲା)`],
    ['farewell', 0.35, String.raw`ସବୁ କିଛି ପାଇଁ ଧନ୍ୟବାଦ`],
    ['farewell', 0.25, String.raw`(?:ମାଆର|ବାପାଙ୍କର) ଯତ୍ନ ନେବ`],
  ]),
  ...compile('si', [
    ['burden', 0.6, String.raw`(?:හැමෝටම|පවුලට|ගෙදරට) (?:මම )?බරක්`],
    ['giving_away', 0.5, String.raw`බඩු (?:ඔක්කොම |සේරම )?(?:දුන්නා|දීලා)`],
    ['farewell', 0.35, String.raw`හැමදේටම ස්තූතියි`],
    ['farewell', 0.25, String.raw`(?:අම්මව|අම්මා|තාත්තව) බලාගන්න`],
  ]),
  ...compile('ne', [
    ['burden', 0.6, String.raw`(?:सबैको लागि|सबैलाई|परिवारलाई|घरलाई) (?:म )?बोझ`],
    ['absence', 0.6, String.raw`अब (?:म )?(?:धेरै दिन )?(?:रहन्न|रहँदिन|बाँच्दिन)`],
    ['farewell', 0.35, String.raw`सबै कुराको लागि धन्यवाद`],
  ]),
  // Romanised Urdu and Hindi: no longer a burden on anyone, everyone happy without him or her.
  ...compile('hi-Latn', [
    ['burden', 0.6, String.raw`\b(?:ab )?(?:wo |woh |main |mai )?(?:kisi|kisi pe|kisi par|sab pe|sab par|kisi ke liye) (?:aur |bhi )?(?:bojh|bojhh|boj) (?:nahi|nahin) (?:banega|banegi|banunga|banungi|banoonga|rahega|rahegi|rahunga|rahungi)\b`],
    ['burden', 0.8, String.raw`\b(?:uske|uski|unke|mere|meri) bina sab (?:khush|theek|thik|better|aaram se) (?:rahenge|honge|rahega)\b`],
  ]),
];
