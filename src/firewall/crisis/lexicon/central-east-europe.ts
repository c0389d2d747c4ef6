import { compile } from '../cue.js';

// Czech, Romanian, Ukrainian, Greek (issue 13, fourth round), by concept as the other lexicons:
// wanting to die or not to wake up, no sense in living, a burden, goodbyes and "don't look for
// me", things handed over, not being here, means and amounts, places, methods, times. Written as
// normalize() leaves text: Latin accents gone (Czech "nechci žít" -> "nechci zit", Romanian
// "să mor" -> "sa mor"), Ukrainian ї -> і and й -> и, Greek without its tonos. Cyrillic and Greek
// have no ASCII word boundaries: their rows are stems.

export const CS = compile('cs', [
  ['topic', 0.5, String.raw`\bsebevra(?:zd|h)\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:chci|chtel(?:a)? bych|chtela bych) (?:uz )?(?:umrit|se zabit|zemrit|ukoncit (?:svuj )?zivot|skoncit se (?:svym )?zivotem)\b|\bzabiju se\b|\bnechci (?:uz )?(?:dal )?zit\b|\bnechci se (?:uz )?(?:rano )?probudit\b|\busnout a (?:uz )?se neprobudit\b`, 'neg'],
  ['ideation', 0.7, String.raw`\bchci (?:navzdy )?zmizet(?: navzdy)?\b`],
  // Someone else's words reported: "my son wrote that he doesn't want to live".
  ['ideation', 1, String.raw`\b(?:chce|chtel|chtela) (?:uz )?(?:umrit|zemrit|se zabit|ukoncit (?:svuj )?zivot)\b|\bnechce (?:uz )?(?:dal )?zit\b|\b(?:zabije|zabil|zabila) se\b`, 'neg'],
  ['burden', 0.8, String.raw`\b(?:je|byl[a]?) (?:vsem )?(?:jen )?(?:na obtiz|pritez(?:i)?)\b|\bbez (?:nej|ni|neho) (?:bude|by bylo) (?:vsem )?(?:lip|lepe)\b`],
  ['hopelessness', 1, String.raw`\bzivot nema (?:zadny )?smysl\b|\bnema (?:cenu|smysl) (?:dal )?zit\b|\b(?:jsem )?unaven[ya]? (?:ze )?zivot(?:a|em)\b`],
  ['ideation', 0.6, String.raw`\bchci (?:to )?(?:uz )?(?:vsechno )?(?:ukoncit|skoncit)\b(?! (?:smlouv|predplat|ucet|projekt|pracovni|najem)\w*)`],
  // "Rozhodla jsem se to ukončit": the decision already made, told in the past.
  ['ideation', 0.6, String.raw`\brozhodl(?:a)? jsem se (?:to )?(?:uz )?(?:vsechno )?(?:ukoncit|skoncit)\b(?! (?:smlouv|predplat|ucet|projekt|pracovni|najem|spolupra)\w*)`],
  ['hopelessness', 0.5, String.raw`\buz (?:to )?nemuzu\b|\buz to nema cenu\b|\buz to nevydrzim\b|\bnema to (?:zadny )?smysl\b|\bzadne vychodisko\b`],
  ['burden', 1, String.raw`\b(?:vsem|vam|rodine) (?:bude|by bylo) (?:lip|lepe) (?:beze me|bez me|bez mne)\b`],
  ['burden', 0.6, String.raw`\bjsem (?:jen )?(?:pritez|na obtiz|zatez)\b`],
  ['farewell', 0.8, String.raw`\bsbohem (?:vsem|vsichni|navzdy)\b|\baz (?:tohle|to) (?:budes|budete) cist\b|\bdopis na rozloucenou\b`],
  ['farewell', 0.6, String.raw`\bnehledej(?:te)? me\b(?! (?:v|ve|na|zitra|dnes|do)\b)`],
  ['farewell', 0.45, String.raw`\b(?:odpust(?:te)? mi|promin(?:te)? mi) (?:to )?vsechno\b|\bpostarej(?:te)? se o (?:mamu|mamku|tatu|kocku|psa|deti)\b`],
  ['farewell', 0.4, String.raw`\bsbohem\b|\bodpustte mi\b`],
  ['absence', 0.8, String.raw`\b(?:az|kdyz) (?:uz )?(?:tu )?nebudu\b|\buz tu (?:dlouho )?nebudu\b|\baz budu pryc\b|\bpo me(?:m| mne)? smrti\b`],
  ['absence', 0.4, String.raw`\bpo mne\b`],
  ['giving_away', 0.7, String.raw`\brozdavam (?:sve |vsechny sve )?veci\b`],
  ['giving_away', 0.5, String.raw`\bnech si (?:muj|moji|moje|me)\b|\b(?:posli|prevedte?) (?:mu|ji|jim)? ?vsechny (?:moje |me )?uspory\b`],
  ['height', 0.4, String.raw`\bna (?:strese|moste|okraji)\b`],
  ['method', 1, String.raw`\bskocit (?:z|ze|pod) (?:mostu|strechy|okna|vlak)\b|\bobesit se\b|\bpod vlak\b`],
  ['means', 1, String.raw`\bkolik (?:prasku|tablet(?:ek)?)\b[\w' -]{0,40}?\b(?:umrit|smrteln\w*|zabit)\b`],
  ['means', 0.8, String.raw`\bsmrteln(?:a|ou) davk\w*|\b(?:schovavam|sbiram|nasetril\w*|nasbiral\w*|(?:mam )?schovan[eya]) (?:\w+ )?(?:prasky|tablety|leky)\b`],
  ['ideation', 0.7, String.raw`\b(?:dnes|dneska|zitra|v noci)\b[^.]{0,20}\bto skoncim\b|\bskoncim (?:to|se vsim) (?:dnes|dneska|v noci|navzdy)\b`],
  ['self_harm', 1, String.raw`\b(?:ublizit si|ublizuju si|rezu se|rezat se|sebeposkozovani)\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:dnes v noci|dneska v noci|dnes vecer)\b`],
]);

export const RO = compile('ro', [
  ['topic', 0.5, String.raw`\bsinucid\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:vreau|as vrea|imi vine) sa (?:mor|ma sinucid|ma omor|dispar pentru totdeauna|nu ma mai trezesc)\b|\bnu mai vreau sa (?:traiesc|(?:mai )?exist)\b|\bsa-mi (?:iau viata|pun capat zilelor)\b|\bo sa ma sinucid\b|\bsa ma culc si sa nu ma mai trezesc\b`, 'neg'],
  ['ideation', 0.7, String.raw`\bvreau sa dispar\b`],
  ['ideation', 1, String.raw`\b(?:vrea|voia|a zis ca vrea) sa (?:moara|se sinucida|se omoare|dispara pentru totdeauna)\b|\bnu mai vrea sa (?:traiasca|existe)\b|\bsa-si (?:ia viata|puna capat zilelor)\b`, 'neg'],
  ['burden', 0.8, String.raw`\bmai bine (?:pentru toti )?fara (?:el|ea)\b|\be o povara\b`],
  ['hopelessness', 1, String.raw`\bviata (?:mea )?nu (?:mai )?are (?:niciun )?sens\b|\bnu (?:mai )?are rost sa (?:traiesc|mai traiesc)\b|\bm-am saturat de viata\b|\bobosit(?:a)? de viata\b`],
  ['hopelessness', 0.6, String.raw`\bam obosit sa (?:tot )?lupt\b`],
  ['hopelessness', 0.5, String.raw`\bnu mai pot\b|\bnu mai suport\b|\bnu mai are rost\b|\bm-am saturat de tot\b|\bnicio (?:speranta|iesire)\b`],
  ['burden', 1, String.raw`\b(?:o sa (?:va )?fie|va fi|ar fi) (?:tuturor )?mai bine (?:pentru toti )?fara mine\b`],
  ['burden', 0.6, String.raw`\bsunt o povara\b|\bo povara pentru (?:toti|familie|voi)\b`],
  ['farewell', 0.8, String.raw`\badio (?:tuturor|pentru totdeauna)\b|\bcand (?:cititi|citesti|o sa cititi|o sa citesti|veti citi) (?:asta|acest mesaj|aceste randuri)\b|\bscrisoare de adio\b`],
  ['farewell', 0.6, String.raw`\b(?:sa )?nu ma (?:mai )?(?:cautati|cauta)\b(?! (?:la|pe|azi|maine|acasa|dupa)\b)`],
  ['farewell', 0.45, String.raw`\biertati-ma (?:pentru tot)?\b|\biarta-ma pentru tot\b|\bva iubesc (?:pe toti )?mult\b|\b(?:aveti|ai) grija de (?!tine\b|voi\b|sanatate\b|dumneavoastra\b)[a-z]+\b`],
  ['farewell', 0.4, String.raw`\badio\b`],
  ['absence', 0.8, String.raw`\b(?:eu )?nu voi mai fi\b|\b(?:dupa|cand) (?:ce )?(?:eu )?nu (?:mai sunt|voi mai fi)\b|\bnu o sa mai fiu (?:aici|printre voi)\b`],
  ['giving_away', 0.7, String.raw`\b(?:dau|impart) (?:toate )?lucrurile mele\b`],
  ['giving_away', 0.5, String.raw`\b(?:actele casei|cheile|banii) sunt in\b|\b(?:trimite|transfera) (?:toti )?banii mei\b`],
  ['height', 0.4, String.raw`\b(?:pe|de pe) (?:pod|acoperis|bloc)\b`],
  ['method', 1, String.raw`\bsa sar de pe (?:pod|bloc|acoperis)\b|\bsa ma arunc (?:de pe|in fata)\b|\bsa ma spanzur\b`],
  ['means', 1, String.raw`\bcate (?:pastile|comprimate)\b[\w' -]{0,40}?\b(?:mor|moara|letal\w*)\b`],
  ['means', 0.8, String.raw`\bdoza letala\b|\b(?:strang|am strans|ascund|am adunat) (?:\w+ )?(?:pastile|comprimate|somnifere)\b`],
  ['self_harm', 1, String.raw`\bsa-mi fac rau\b|\bma tai pe (?:mana|brate)\b|\bautomutil\w*`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:in noaptea asta|diseara|maine (?:la|dimineata))\b`],
]);

export const UK = compile('uk', [
  ['topic', 0.5, String.raw`самогубств|суіцид`, 'neg'],
  ['ideation', 1, String.raw`(?:хочу|хочеться|хотів би|хотіла б) (?:просто )?(?:померти|вмерти|вбити себе|покінчити з собою|зникнути назавжди)|покінчу з собою|накласти на себе руки|не (?:хочу|хочеться) (?:більше )?жити|більше не (?:хочу|хочеться) жити|заснути і не прокинутися|не прокинутися (?:вранці|більше)`],
  ['ideation', 1, String.raw`(?:хоче|хотів|хотіла) (?:просто )?(?:померти|вмерти|вбити себе|покінчити з собою)|не хоче (?:більше )?жити`],
  ['hopelessness', 1, String.raw`не бачу сенсу (?:жити|в житті)|немає сенсу жити|життя не має сенсу|(?:втомився|втомилася) (?:від життя|жити)`],
  ['hopelessness', 0.5, String.raw`не можу більше|більше не можу|немає виходу|нічого не зміниться`],
  ['burden', 1, String.raw`(?:всім|вам|родині) (?:буде )?краще без мене`],
  ['burden', 0.6, String.raw`я (?:лише |тільки )?тягар`],
  ['farewell', 0.8, String.raw`прощаваите (?:всі|назавжди)|коли (?:ти|ви) (?:це )?прочитаєте? це|коли (?:ти|ви) прочитаєш це`],
  ['farewell', 0.6, String.raw`не шукаи(?:те)? мене`],
  ['farewell', 0.45, String.raw`пробач(?:те)? (?:мені )?(?:за )?все|подбаи(?:те)? про (?:маму|тата|собаку|кота|дітеи)`],
  ['farewell', 0.4, String.raw`прощаваи`],
  ['plan', 1, String.raw`передсмертн`],
  ['plan', 0.5, String.raw`я вже все виріш`],
  ['absence', 0.5, String.raw`це (?:моя |мои )?останн(?:я|іи|є) (?:неділя|ніч|день|тиждень)`],
  ['absence', 0.8, String.raw`мене (?:скоро )?не буде|коли мене не стане|мене більше не побачите`],
  ['giving_away', 0.5, String.raw`(?:лишаю|залишаю|віддаю) (?:тобі|вам|иому|іи)|роздаю (?:свої )?речі`],
  ['height', 0.4, String.raw`на даху|на мосту`],
  ['method', 1, String.raw`(?:стрибнути|скочити|кинутися) (?:з|під) (?:мосту|даху|потяг|вікна)|повіситися`],
  ['means', 1, String.raw`скільки (?:таблеток|снодіиного) [а-яіїє ]{0,40}?(?:померти|смертельн|не прокинутися)`],
  ['means', 0.8, String.raw`смертельн(?:а|у) доз|(?:накопичив|накопичила|зібрав|зібрала|ховаю) (?:\S+ )?(?:таблетки|пігулки|снодіине)`],
  ['self_harm', 1, String.raw`ріжу себе|порізати себе|зашкодити собі|самоушкодж`],
  ['timing', 0.3, String.raw`сьогодні вночі|цієї ночі`],
]);

export const EL = compile('el', [
  ['topic', 0.5, String.raw`αυτοκτον`, 'neg'],
  ['ideation', 1, String.raw`(?<!δεν )θελω (?:απλως |πραγματικα )?να (?:πεθανω|αυτοκτονησω|σκοτωθω|σκοτωσω τον εαυτο μου|βαλω τελος στη ζωη μου)|δεν θελω (?:πια )?να ζω|να μην ξυπνησω (?:ποτε )?(?:ξανα|πια)|να κοιμηθω και να μην ξυπνησω`],
  ['ideation', 1, String.raw`(?<!δεν )θελει να (?:πεθανει|αυτοκτονησει|σκοτωθει)|δεν θελει (?:πια )?να ζει`],
  ['ideation', 0.8, String.raw`(?<!δεν )θελω (?:απλως )?να τελειωσουν ολα|(?<!δεν )θελω να εξαφανιστω`],
  ['hopelessness', 1, String.raw`η ζωη (?:μου )?δεν εχει (?:κανενα )?νοημα|κουραστηκα (?:να ζω|απο τη ζωη)|δεν υπαρχει λογος να ζω`],
  ['hopelessness', 0.5, String.raw`δεν αντεχω (?:αλλο|πια)|δεν εχει νοημα|καμια ελπιδα|καμια διεξοδος`],
  ['burden', 1, String.raw`(?:θα ειστε|θα ειναι|ειστε|ολοι θα ειναι) καλυτερα χωρις (?:εμενα|μενα)`],
  ['burden', 0.6, String.raw`ειμαι (?:ενα )?βαρος`],
  ['farewell', 0.8, String.raw`αντιο σε ολους|αντιο για παντα|οταν (?:θα )?διαβασ(?:εις|ετε) (?:αυτο|αυτα)`],
  ['farewell', 0.6, String.raw`μη(?:ν)? με ψαξ(?:ετε|εις)`],
  ['farewell', 0.45, String.raw`συγχωρεστε με|συγγνωμη για ολα|σας ευχαριστω για ολα|να προσεχετε (?:τη μαμα|τον μπαμπα|τη γατα|το σκυλο)`],
  ['absence', 0.7, String.raw`δεν θα ειμαι (?:πια )?(?:εδω|στην εξεταση|μαζι σας)|ουτε μετα|οταν δεν θα ειμαι (?:πια )?(?:εδω)?`],
  ['giving_away', 0.5, String.raw`σου αφηνω (?:το|τη|τον|τα)|χαριζω (?:ολα )?τα πραγματα μου`],
  ['height', 0.4, String.raw`στη ταρατσα|στην ταρατσα|στη γεφυρα|στο γκρεμο`],
  ['method', 1, String.raw`να πηδηξω απο|να κρεμαστω|να πεσω απο (?:τη|την) (?:ταρατσα|γεφυρα)`],
  ['means', 1, String.raw`ποσα χαπια [α-ω ]{0,40}?(?:πεθανω|θανατηφορ)`],
  ['means', 0.8, String.raw`θανατηφορα δοση|(?:μαζευω|εχω μαζεψει|κρυβω) (?:\S+ )?(?:χαπια|υπνωτικα)`],
  ['self_harm', 1, String.raw`να κοψω τον εαυτο μου|κοβω τον εαυτο μου|να βλαψω τον εαυτο μου|αυτοτραυματισ`],
  ['timing', 0.3, String.raw`αποψε`],
]);
