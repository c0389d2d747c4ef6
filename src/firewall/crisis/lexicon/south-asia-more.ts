import { compile } from '../cue.js';

// South Asian languages the older lexicons did not cover (issue 13, eighth round), by concept:
// not wanting to live, wanting to die, killing oneself, everyone better off without me, a burden,
// forgive me for everything, all the pills, jumping from a height, "I won't need it any more"
// (weak: a hand-over needs company) and "tonight" (a booster). Each script as typed: Gurmukhi,
// Gujarati, Telugu, Kannada, Malayalam (chillu letters typed either way, so matched loosely),
// Nepali Devanagari, Sinhala; romanized Punjabi and Hinglish as typed on a phone keyboard.

export const PA = compile('pa', [
  ['topic', 0.5, String.raw`ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|\b(?:khudkushi|aatmhatya)\b`],
  ['ideation', 1, String.raw`(?:ਨਹੀਂ|ਨੀ) (?:ਜੀਣਾ|ਜਿਉਣਾ|ਜੀਉਣਾ)|(?:ਜੀਣਾ|ਜਿਉਣਾ) (?:ਨਹੀਂ|ਨੀ) ਚਾਹੁੰਦ|(?:ਮਰਨਾ|ਮਰ ਜਾਣਾ) ਚਾਹੁੰਦ|(?:ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ) ਕਰ (?:ਲਵਾਂ|ਲਊਂ|ਲੈਣੀ|ਲੈਣਾ|ਲਵੇਗਾ|ਲਵੇਗੀ)|ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ|ਆਪਣੀ ਜਾਨ ਲੈ (?:ਲਵਾਂ|ਲਊਂ)`],
  ['ideation', 1, String.raw`\b(?:jeena|jeona|jiona) (?:nahi|nai|ni) (?:chaunda|chaundi|chahunda|chahundi)\b|\b(?:marna|mar jana) (?:chaunda|chaundi|chahunda|chahundi)\b|\bkhudkushi kar (?:lainee|laini|lavan|launga)\b`],
  ['burden', 1, String.raw`ਮੇਰੇ ਬਿਨਾਂ (?:ਸਾਰੇ|ਸਭ) (?:ਖੁਸ਼|ਸੁਖੀ|ਚੰਗੇ)|\bmere bina sab (?:khush|sukhi)\b`],
  ['burden', 0.6, String.raw`(?:ਸਭ|ਸਾਰਿਆਂ) (?:ਤੇ|ਉੱਤੇ|ਲਈ) ਬੋਝ|\b(?:kise nu|kisse nu) farak nahi (?:painda|penda)\b.{0,20}\b(?:main na hovan|je main na)\b`],
  ['farewell', 0.5, String.raw`ਸਭ ਕੁਝ ਲਈ ਮਾਫ਼|ਸਦਾ ਲਈ ਅਲਵਿਦਾ|\bmainu maaf kari?\b.{0,12}\bsab (?:layi|lai)\b`],
  ['means', 0.8, String.raw`ਸਾਰੀਆਂ (?:ਨੀਂਦ ਦੀਆਂ )?(?:ਗੋਲੀਆਂ|ਦਵਾਈਆਂ) (?:ਖਾ|ਇਕੱਠੀਆਂ)`],
  ['giving_away', 0.45, String.raw`(?:ਹੁਣ|ਹੋਰ) (?:ਇਸਦੀ |ਇਹਨਾਂ ਦੀ )?ਲੋੜ ਨਹੀਂ (?:ਪੈਣੀ|ਪਵੇਗੀ)`],
  ['timing', 0.3, String.raw`ਅੱਜ ਰਾਤ`],
  ['hopelessness', 0.8, String.raw`ਜ਼ਿੰਦਗੀ ਤੋਂ (?:ਥੱਕ|ਅੱਕ) (?:ਗਿਆ|ਗਈ)|ਜੀਣ ਦਾ ਕੋਈ ਫਾਇਦਾ ਨਹੀਂ|\bzindagi ton (?:thak|akk) (?:gaya|gayi)\b`],
  ['ideation', 0.8, String.raw`ਮੁੱਕ ਜਾਣਾ ਚਾਹੁੰਦ|ਜ਼ਿੰਦਗੀ (?:ਖਤਮ|ਖ਼ਤਮ) ਕਰ (?:ਦੇਣੀ|ਦਿਆਂ|ਦੇਵਾਂ|ਲੈਣੀ)`],
  ['method', 1, String.raw`(?:ਪੁਲ|ਛੱਤ|ਨਹਿਰ|ਗੱਡੀ)(?: ਤੋਂ| ਵਿੱਚ| ਅੱਗੇ) ਛਾਲ ਮਾਰ`],
  ['means', 0.8, String.raw`ਗੋਲੀਆਂ (?:ਇਕੱਠੀਆਂ|ਜੋੜ)`],
]);

export const GU = compile('gu', [
  ['topic', 0.5, String.raw`આપઘાત|આત્મહત્યા`],
  ['ideation', 1, String.raw`જીવવું નથી|જીવવા (?:નથી )?માંગ(?:તો|તી) નથી|જીવવાની ઇચ્છા નથી|મરી જવું છે|મરવું છે|મરી જવા માંગ|(?:આપઘાત|આત્મહત્યા) કરી (?:લઈશ|લેશે|લેશ|લેવો|લેવું|લઉં|નાખીશ)|જીવ આપી દ(?:ઈશ|ેવો)|મારી જાતને મારી`],
  ['burden', 1, String.raw`મારા વગર (?:બધા|સૌ) (?:ખુશ|સુખી)`],
  ['burden', 0.6, String.raw`(?:બધા|સૌ)(?:ને|ના) માટે બો(?:જ|જો)|બોજ છું|બોજો છું`],
  ['farewell', 0.5, String.raw`બધા માટે માફ|બધું માફ કરજો`],
  ['means', 0.8, String.raw`બધી (?:ગોળીઓ|દવા(?:ઓ)?) (?:ખાઈ|ગળી)`],
  ['giving_away', 0.45, String.raw`(?:હવે )?(?:એની|તેની) જરૂર નહીં પડે`],
  ['timing', 0.3, String.raw`આજે રાત્રે`],
  ['hopelessness', 0.8, String.raw`જીવવામાં (?:કોઈ )?રસ (?:નથી|રહ્યો નથી)|જિંદગીથી થાકી ગય`],
  ['ideation', 1, String.raw`(?:જિંદગી|જીવન) (?:ખતમ કરી|ટૂંકાવી)`],
  ['method', 1, String.raw`(?:પુલ|બ્રિજ|છત|ધાબા|ટ્રેન)(?: પરથી| ઉપરથી| નીચે) (?:કૂદ|પડતું મૂક)`],
  ['means', 0.8, String.raw`ગોળીઓ ભેગી કર`],
]);

export const TE = compile('te', [
  ['topic', 0.5, String.raw`ఆత్మహత్య`],
  ['ideation', 1, String.raw`(?:బతకాలని|బ్రతకాలని|బతకాలనే) (?:లేదు|అనిపించట్లేదు|అనిపించడం లేదు)|(?:చనిపోవాలని|చచ్చిపోవాలని|చావాలని) (?:ఉంది|ఉందని|అనిపిస్తో|అనుకుంటున్నా)|ఆత్మహత్య (?:చేసుకుంటా|చేసుకోవాలని|చేసుకోబోతున్నా)|నన్ను నేను చంపుకుంటా`],
  ['burden', 1, String.raw`నేను లేకపోతే (?:అందరూ|అందరు) (?:బాగుంటారు|సంతోషంగా)`],
  ['burden', 0.8, String.raw`(?:అందరికీ|అందరికి) (?:నేను )?భారం`],
  ['method', 1, String.raw`(?:నుంచి|నుండి|పైనుంచి|మీదనుంచి) దూక(?:ేస్తా|ుతా|ేస్తాను|ుతాను)`],
  ['means', 0.8, String.raw`మాత్రలన్నీ (?:మింగ|వేసుకుంటా)`],
  ['giving_away', 0.45, String.raw`(?:ఇక )?(?:దాని|వాటి) అవసరం ఉండదు`],
  ['timing', 0.3, String.raw`ఈ (?:రోజు )?రాత్రి`],
  ['hopelessness', 0.8, String.raw`జీవితం (?:మీద )?విసుగ|బతికి (?:ప్రయోజనం|లాభం|ఉపయోగం) లేదు`],
  ['burden', 0.6, String.raw`నేను చనిపోతే ఎవరికీ (?:ఏమీ|నష్టం)`],
  ['absence', 0.6, String.raw`రేపు (?:ఉదయం )?(?:నేను )?ఉండను|నేను ఇక ఉండను`],
  ['ideation', 1, String.raw`నా (?:జీవితం|ప్రాణం) (?:ముగించ|తీసుకుంటా)`],
  ['means', 0.8, String.raw`మాత్రలు (?:దాచ|కూడబెట్ట|సేకరించ)`],
]);

export const KN = compile('kn', [
  ['topic', 0.5, String.raw`ಆತ್ಮಹತ್ಯೆ`],
  ['ideation', 1, String.raw`(?:ಬದುಕಲು|ಬದುಕೋಕೆ|ಬದುಕುವ) ಇಷ್ಟ ?(?:ವಿಲ್ಲ|ಇಲ್ಲ)|ಸಾಯಬೇಕು (?:ಅನಿಸ|ಅಂತ)|ಸಾಯಲು ಬಯಸ|ಸಾಯ್ಬೇಕು|ಆತ್ಮಹತ್ಯೆ ಮಾಡಿಕೊಳ್ಳ(?:ಬೇಕು|ುತ್ತೇನೆ|ುವೆ|ುತ್ತಾನೆ|ುತ್ತಾಳೆ)|ನನ್ನನ್ನು ನಾನೇ ಕೊಲ್ಲ`],
  ['burden', 1, String.raw`(?:ನಾನು ಇಲ್ಲದಿದ್ದರೆ|ನಾನಿಲ್ಲದೆ|ನಾನಿಲ್ಲದಿದ್ದರೆ) ಎಲ್ಲರೂ (?:ಚೆನ್ನಾಗಿ|ಖುಷಿ|ಸಂತೋಷ)`],
  ['burden', 0.8, String.raw`ಎಲ್ಲರಿಗೂ (?:ನಾನು )?ಹೊರೆ`],
  ['means', 0.7, String.raw`ಮಾತ್ರೆಗಳನ್ನು (?:ಸಂಗ್ರಹಿಸಿ|ಕೂಡಿಟ್ಟ|ಎಲ್ಲ(?:ಾ)? ನುಂಗ)`],
  ['farewell', 0.5, String.raw`ಎಲ್ಲದಕ್ಕೂ ಕ್ಷಮಿಸ`],
  ['timing', 0.3, String.raw`(?:ಇಂದು|ಈ) ರಾತ್ರಿ`],
  ['hopelessness', 0.8, String.raw`ಬದುಕಿ (?:ಏನೂ )?ಪ್ರಯೋಜನ ?(?:ವಿಲ್ಲ|ಇಲ್ಲ)|ಜೀವನ ಸಾಕಾಗಿದೆ`],
  ['ideation', 1, String.raw`(?:ನನ್ನ )?ಜೀವನ (?:ಕೊನೆಗೊಳಿಸ|ಮುಗಿಸ)`],
  ['method', 1, String.raw`(?:ಸೇತುವೆ|ಕಟ್ಟಡ|ಮಹಡಿ)(?:ಯ ಮೇಲಿಂದ|ದಿಂದ|ಯಿಂದ) ಹಾರ`],
]);

export const ML = compile('ml', [
  ['topic', 0.5, String.raw`ആത്മഹത്യ`],
  ['ideation', 1, String.raw`ജീവിക്കണ്ട|ജീവിക്കാ.{1,2} (?:താല്പര്യമില്ല|ആഗ്രഹമില്ല|വയ്യ)|മരിക്കണം|മരിക്കാ.{1,2} തോന്നു|ആത്മഹത്യ ചെയ്യ|എന്നെ തന്നെ കൊല്ല`],
  ['burden', 1, String.raw`ഇല്ലെങ്കി.{1,2} എല്ലാവരും (?:സന്തോഷ|രക്ഷപ്പെ|നന്നായി)`],
  ['burden', 0.8, String.raw`എല്ലാവ.{1,3}ക്കും (?:ഒരു )?ഭാരമ`],
  ['method', 0.9, String.raw`(?:പാലത്തി|ടെറസി|കെട്ടിടത്തി|മുകളി).{1,2} നിന്ന് ചാടും`],
  ['absence', 0.6, String.raw`(?:ഞാ.{1,2} )?ഇനി (?:ഉണ്ടാവില്ല|ഉണ്ടാകില്ല)`],
  ['timing', 0.3, String.raw`ഇന്ന് രാത്രി`],
  ['hopelessness', 0.8, String.raw`ജീവിതം മടുത്തു|ജീവിച്ചിട്ട് (?:കാര്യമില്ല|ഒരു കാര്യവുമില്ല)`],
  ['ideation', 1, String.raw`ജീവിതം അവസാനിപ്പിക്ക`],
  ['means', 0.8, String.raw`ഗുളിക.{0,3} (?:ശേഖരിച്ച|സൂക്ഷിച്ച|കൂട്ടിവെച്ച)`],
]);

export const NE = compile('ne', [
  ['topic', 0.5, String.raw`आत्महत्या`],
  ['ideation', 1, String.raw`बाँच्न (?:मन (?:छैन|लाग्दैन)|चाहन्न|चाहँदैन|चाहन्नँ)|मर्न (?:चाहन्छु|मन लाग्छ|मन छ)|आत्महत्या (?:गर्छु|गर्ने छु|गर्छ)|(?:आफूलाई|आफैंलाई|आफैलाई) मार्छु|आफ्नो ज्यान लिन्छु`],
  ['burden', 1, String.raw`म नभए सबै (?:खुसी|राम्रो|सुखी)`],
  ['burden', 0.8, String.raw`सबैको (?:लागि )?बोझ हुँ`],
  ['means', 0.8, String.raw`सबै (?:चक्की|औषधि|गोली)(?:हरू)? खान्छु`],
  ['farewell', 0.5, String.raw`सबै कुराको लागि माफ`],
  ['giving_away', 0.45, String.raw`मलाई अब चाहि(?:ँ|ं)?दैन`],
  ['timing', 0.3, String.raw`आज राति`],
  ['hopelessness', 0.8, String.raw`बाँच्नुको (?:कुनै )?(?:अर्थ|मतलब) छैन|जीवनदेखि (?:थाकें|थाकेँ|दिक्क)`],
  ['ideation', 1, String.raw`जीवन (?:अन्त्य|समाप्त) गर्छु`],
  ['method', 1, String.raw`(?:पुल|छत|भीर)(?:बाट|माथिबाट) (?:हाम फाल्छु|हाम्फाल्छु|खस्छु)`],
  ['means', 0.8, String.raw`(?:चक्की|औषधि|गोली)(?:हरू)? (?:धेरै )?(?:जम्मा|थुपार)`],
  // fw-gaps round: a burden ("भार"), don't look for me.
  ['burden', 0.8, String.raw`(?:भार|बोझ) (?:मात्र )?(?:हुँ|बनें|भएँ|भएको छु)`],
  ['farewell', 0.5, String.raw`मलाई (?:नखोज्नू|नखोज्नुहोला|नखोज्नुस्|नखोज)`],
  ['self_harm', 0.8, String.raw`ब्लेडले (?:काट|काट्)|हात काटि`],
]);

export const SI = compile('si', [
  ['topic', 0.5, String.raw`සියදිවි`],
  ['ideation', 1, String.raw`ජීවත් වෙන්න (?:ඕනේ|ඕනෙ|කැමති) නෑ|මැරෙන්න (?:ඕනේ|ඕනෙ|හිතාගෙන|හිතෙනවා)|(?:සියදිවි|දිවි) නසාගන්න|මාව මරාගන්න`],
  ['burden', 1, String.raw`මම (?:නැති වුණොත්|නැතිනම්) හැමෝටම (?:හොඳ|සතුටු)`],
  ['farewell', 0.5, String.raw`(?:මට සමාවෙන්න )?හැමදේටම සමාවෙන්න|සමාවෙන්න හැමදේටම`],
  ['giving_away', 0.45, String.raw`ආයේ (?:ඒක|ඒවා) ඕනේ වෙන්නේ නෑ`],
  ['timing', 0.3, String.raw`අද (?:රෑ|රාත්‍රී)`],
  ['hopelessness', 0.6, String.raw`ජීවිතේ එපා (?:වෙලා)?|ජීවිතය එපා|ඉවසන්න බෑ`],
  ['ideation', 0.6, String.raw`හැමදේම ඉවර කරනවා`],
  ['method', 1, String.raw`(?:කෝච්චියට|දුම්රියට|පාලමෙන්|ගොඩනැගිල්ලෙන්) පනින(?:්න|වා)`],
  // fw-gaps round: a burden, can't live any more, pills gathered, don't look for me, ending it all,
  // not here after a day, nobody needs to worry about me.
  ['burden', 0.8, String.raw`(?:හැමෝටම|හැමෝගෙම|ඔක්කොටම|ගෙදරට) (?:බරක්|බරකි|කරදරයක්)`],
  ['ideation', 0.8, String.raw`(?:තවත්|තව දුරටත්|ආයේ) ජීවත් වෙන්න (?:බෑ|බැහැ|බැරි)`],
  ['means', 0.8, String.raw`(?:පෙති|බෙහෙත්)(?: ගොඩක්| ඔක්කොම)? (?:එකතු කරලා|එකතු කළා|ගබඩා කරලා|හංගලා)`],
  ['farewell', 0.5, String.raw`(?:මාව|මං|මම) (?:හොයන්න|සොයන්න) එපා`],
  ['ideation', 0.6, String.raw`ඔක්කොම ඉවර කරනවා`],
  // "Not here after Saturday" is also said before a trip: it needs company; nobody needing to worry does not.
  ['absence', 0.5, String.raw`(?:ට|න්) පස්සේ (?:මම|මං) (?:ඉන්නේ නෑ|ඉන්නෙ නෑ|නැහැ)`],
  ['absence', 0.8, String.raw`කවුරුවත් (?:මං|මා|මම) ගැන (?:බය|හිතන්න|කරදර) (?:වෙන්න|වෙලා) ඕනේ නෑ`],
  ['hopelessness', 0.8, String.raw`ජීවත් වෙන්න (?:හේතුවක්|තේරුමක්) (?:නෑ|නැහැ)`],
]);

/** Hinglish phrasings the Urdu and Hindi lexicons lack ("jeene ka koi matlab nahi", "bojh hoon"). */
export const HI_LATN = compile('hi', [
  ['hopelessness', 0.8, String.raw`\bjeene ka koi (?:matlab|fayda|maqsad|point) nahi\b`],
  ['burden', 0.8, String.raw`\b(?:sab ke liye|sabke liye|sab pe) (?:ek )?bojh (?:hoon|hu|hun)\b|\bbojh (?:hoon|hu|hun) main\b`],
  ['giving_away', 0.45, String.raw`\b(?:ab )?(?:zarurat|zaroorat) nahi (?:padegi|hogi)\b`],
  ['means', 0.8, String.raw`\bneend ki goliyan (?:jama|ikatthi|collect)\b`],
]);
