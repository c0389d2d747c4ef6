import { compile } from '../cue.js';

// Tamil, Telugu, Kannada, Malayalam and Punjabi in both scripts (issue 13, bp1 and cd1 round), by
// concept beside south-asia-more.ts and wider-world.ts, in the spoken forms people type (Tamil
// "வாழ விருப்பம் இல்ல", "தற்கொலை செய்து கொள்ளலாம்னு", Kannada "ಸಾಯಬೇಕು ಅನ್ನಿಸ್ತಿದೆ"):
// wanting to die, everyone better off without me, a burden, "what use is my being here", "I can't
// any more" (0.5: needs company), not being here after a day, it's all over, sleeping pills
// counted or gathered, "I'll finish it all tonight", a last message, a third person who said he
// won't live and whose phone is off. Punjabi in Shahmukhi (Arabic script) had no lexicon; the Urdu
// one reads a few of its words. Look-alikes that must not match: "dead of hunger" and "died of
// heat / laughing / tiredness" ("பசியில செத்துட்டேன்", "ಸುಸ್ತಾಗಿ ಸತ್ತೋದೆ", "ചിരിച്ചു ചത്തു",
// "ਗਰਮੀ ਨਾਲ ਮਰ ਗਏ", "بھکھ نال مر گیا"): past tense, not a wish.

export const TA_MORE = compile('ta', [
  ['ideation', 1, String.raw`தற்கொலை (?:செய்து ?(?:கொள்ள|கொள்வ)|பண்ணி(?:க்க|க்கப்|க்கலாம்|டலாம்))|வாழ (?:விருப்பம் ?இல்ல|ஆசை ?இல்ல|பிடிக்கல|முடியல)|(?:சாகணும்|செத்துப் ?போகணும்|செத்துடலாம்|சாகலாம்னு)`, 'neg'],
  ['burden', 1, String.raw`நான் இல்லா(?:ம|மல்|ட்டா|விட்டா)(?: இருந்தா)? (?:எல்லாருக்கும்|எல்லோருக்கும்|எல்லாரும்|எல்லோரும்|அவங்க) (?:நல்லது|நிம்மதி|சந்தோஷ|நல்லா)`],
  ['burden', 0.8, String.raw`(?:எல்லாருக்கும்|எல்லோருக்கும்|அம்மாவுக்கு|குடும்பத்துக்கு) (?:நான் )?(?:ஒரு )?பார(?:ம்|மா)|இனி பாரமா இருக்க மாட்டேன்`],
  ['hopelessness', 0.8, String.raw`நான் இருந்து என்ன (?:பயன்|பிரயோஜனம்)`],
  ['hopelessness', 0.5, String.raw`இனி(?:மே|மேல்)? என்னால முடியாது|இனி வழியே இல்ல|எல்லாம் முடிஞ்சு(?:து|டுச்சு|ச்சு|விட்டது)`],
  ['absence', 0.8, String.raw`(?:க்குப்|க்கு) பிறகு நான் இருக்க மாட்டேன்`],
  ['absence', 0.5, String.raw`நான் இருக்க மாட்டேன்`],
  ['means', 0.8, String.raw`தூக்க மாத்திரை(?:கள்)? (?:எத்தனை|எல்லாம்|சேர்த்து)|மாத்திரைகளை சேர்த்து வ`],
  ['ideation', 0.6, String.raw`தூங்கியே போயிட`],
  ['farewell', 0.6, String.raw`எல்லோரிடமும் மன்னிப்பு கேட்டு(?:விட்டேன்|ட்டேன்)`],
]);

export const TE_MORE = compile('te', [
  ['burden', 1, String.raw`నేను లేకపోతే (?:ఇంట్లో )?(?:అందరికీ|అందరికి|మీకు|వాళ్ళకి) (?:బాగుంటుంది|మంచిది|హాయిగా|సంతోషం)`],
  ['hopelessness', 0.5, String.raw`(?:ఇక )?భరించలేను|ఇంకేం మిగల్లేదు`],
]);

export const KN_MORE = compile('kn', [
  ['ideation', 1, String.raw`ಸಾಯಬೇಕು ಅನ್ನಿಸ|ಸಾಯೋಣ ಅನ್ನಿಸ|ಸತ್ತು ಹೋಗಬೇಕು|ಸತ್ತೋಗ್ಬೇಕು|ಬದುಕಲು ಇಷ್ಟ ?ಇಲ್ಲ`, 'neg'],
  ['hopelessness', 0.8, String.raw`ಬದುಕ(?:ೋದು|ುವುದು|ಿದ್ದು) ಸಾಕಾಗಿದೆ`],
  ['intent', 0.6, String.raw`ಎಲ್ಲಾ(?:ದನ್ನೂ)? ಮುಗಿಸ್ತೀನಿ|ಎಲ್ಲವನ್ನೂ ಮುಗಿಸುತ್ತೇನೆ`],
  ['burden', 0.7, String.raw`ಯಾರಿಗೂ (?:ನನ್ನಿಂದ ಉಪಯೋಗ ಇಲ್ಲ|ನಾನು ಬೇಕಾಗಿಲ್ಲ|ನನ್ನ ಅವಶ್ಯಕತೆ ಇಲ್ಲ)`],
  ['farewell', 0.6, String.raw`ನನ್ನ ಕೊನೆಯ (?:ಮೆಸೇಜ್|ಸಂದೇಶ)`],
]);

export const ML_MORE = compile('ml', [
  ['ideation', 0.9, String.raw`(?:ഇനി )?ജീവിക്കില്ല`],
  ['burden', 0.8, String.raw`ഞാ.{1,2} ഇല്ലെങ്കി.{1,2} (?:അവ.{1,3}ക്ക്|എല്ലാവ.{1,3}ക്കും) ഇൻഷുറൻസ്`],
  ['absence', 0.5, String.raw`ഞാ.{1,2} ഉണ്ടാ(?:വി|കി)ല്ല`],
  ['absence', 0.4, String.raw`ഫോൺ (?:ഓഫാണ്|ഓഫ് ആണ്|എടുക്കുന്നില്ല)`],
]);

export const PA_MORE = compile('pa', [
  ['burden', 1, String.raw`ਮੇਰੇ ਬਿਨਾਂ (?:ਸਾਰੇ|ਸਭ) (?:ਸੌਖੇ|ਸੁਖਾਲੇ|ਠੀਕ)`],
  ['burden', 0.6, String.raw`ਕਰਜ਼ਾ ਮੇਰੇ ਨਾਲ (?:ਹੀ )?ਮੁੱਕ`],
  ['absence', 0.8, String.raw`(?:ਤੋਂ ਬਾਅਦ|ਮਗਰੋਂ) ਮੈਂ ਨਹੀਂ ਹੋਵਾਂ(?:ਗਾ|ਗੀ)`],
  ['hopelessness', 0.5, String.raw`ਕੋਈ ਰਾਹ ਨਹੀਂ ਦਿਸਦਾ|(?:ਹੁਣ )?ਹੋਰ ਨਹੀਂ ਸਹਿ ਹੁੰਦਾ`],
]);

/** Punjabi in Shahmukhi (Arabic script, as typed in Pakistan); harakat are dropped by normalize(). */
export const PA_ARAB = compile('pa-Arab', [
  ['ideation', 1, String.raw`مرنا چاہندا|مرنا چاہندی|جیون نوں دل (?:نئیں|نہیں) کردا|جینا (?:نئیں|نہیں) چاہندا|(?:ہن )?ہور (?:نئیں|نہیں) جیا جاندا|اپنے آپ نوں مار (?:دیواں|لواں)|خودکشی کر (?:لواں|لاں|لینی)`, 'neg'],
  ['ideation', 0.8, String.raw`فیر اٹھدا ای (?:نئیں|نہیں)`],
  ['means', 0.6, String.raw`نیند دیاں گولیاں`],
  ['method', 1, String.raw`(?:نہر|دریا|پل) (?:وچ|توں) چھال مار`],
  ['burden', 1, String.raw`میرے (?:بنا|بغیر) (?:سارے|سب) (?:خوش|سکھی|سوکھے)`],
]);
