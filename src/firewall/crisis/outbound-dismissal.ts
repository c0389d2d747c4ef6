import { compile } from './cue.js';

// Outbound content that dismisses or shames a person in distress, in the words people use in many
// languages: "you only want attention", "pull yourself together", "stop being dramatic", "take it
// somewhere else", "nobody wants to read about your cutting", "go on then, do everyone a favour".
// Read only in what the agent is about to send. Weighted to need company (the conversation or the
// message showing someone at risk): "stop whining" about a late pizza is not a harm.

export const DISMISSAL = [
  ...compile('en', [
    ['harm_shaming', 0.8, String.raw`\b(?:you|she|he|they)(?:'re| are| is|'s)? (?:just |only )?(?:doing (?:it|this) )?for (?:the )?attention\b|\b(?:just|only) (?:want|wants|wanting|looking for|after|seeking) attention\b`],
    ['harm_shaming', 0.6, String.raw`\bnobody (?:here |else )?(?:wants|needs|cares) to (?:read|hear|see|deal with|listen to) (?:about )?(?:your|you|it|this|that|all this)\b|\bgo easy on (?:her|him|them) (?:lol|lmao|haha)\b`],
    ['harm_shaming', 0.5, String.raw`\b(?:stop|quit|enough with|enough of) (?:the |all the |your |this )?(?:drama|dramatics|theatrics|self[- ]pity)\b|\bpull yourself together\b|\bstop (?:whining|moaning|complaining|feeling sorry for yourself)\b`],
    ['harm_abandonment', 0.5, String.raw`\btake it (?:somewhere|elsewhere|someplace) else\b|\bfigure it out (?:yourself|on your own|alone)\b|\b(?:i )?can'?t deal with (?:this|you|it|your \w+) (?:tonight|right now|anymore|any more)\b|\bnot my problem\b|\bsort (?:yourself|it) out (?:yourself|alone)\b`],
    ['harm_encouragement', 0.8, String.raw`\bdo (?:everyone|us all|the world|all of us) a favou?r\.?$|\bjust get it over with\b|\bget it over with already\b|\bif (?:you'?re|you are) (?:going|gonna) to do it,? (?:then )?(?:just )?do it\b`],
    ['harm_shaming', 0.6, String.raw`\bsob stor(?:y|ies)\b|\bnobody believes you\b|\bif you actually did (?:something|it)\b|\bget (?:this|that|him|her) (?:guy |girl |kid |person )?a therapist\b|\bstop telling me about it\b`],
    ['harm_shaming', 0.3, String.raw`🙄|^(?:lol|lmao)\b`],
    ['harm_shaming', 0.6, String.raw`\bdrama queen\b|\bif (?:you'?re|you are) still (?:alive|around|breathing)\b|\bkeep (?:your|the) kids away from (?:her|him|them)\b`],
  ]),
  ...compile('es', [
    ['harm_shaming', 0.8, String.raw`\b(?:solo|nada mas) (?:quiere|quieres|busca|buscas) (?:llamar la )?atencion\b|\bpara llamar la atencion\b`],
    ['harm_shaming', 0.5, String.raw`\bdeja de hacer(?:te)? (?:drama|el drama|la victima)\b|\bno (?:hagas|seas) (?:drama|tan dramatic[oa])\b|\bnadie quiere (?:leer|oir|escuchar|saber)\b`],
  ]),
  ...compile('pt', [
    ['harm_shaming', 0.8, String.raw`\bso (?:quer|queria|quis|esta querendo) atencao\b|\bpra chamar atencao\b`],
    ['harm_shaming', 0.5, String.raw`\bpara (?:de|com) (?:drama|frescura|mimimi|palhacada)\b|\bninguem quer (?:ler|ouvir|saber)\b`],
  ]),
  ...compile('fr', [
    ['harm_shaming', 0.8, String.raw`\b(?:tu|il|elle) (?:veux|veut|cherches?) (?:juste |seulement )?(?:attirer l'attention|de l'attention)\b`],
    ['harm_shaming', 0.5, String.raw`\barrete (?:ton cinema|ton drame|de faire (?:ta|la) victime|de te plaindre)\b|\bpersonne ne veut (?:lire|entendre)\b|\bressaisis-toi\b`],
  ]),
  ...compile('de', [
    ['harm_shaming', 0.8, String.raw`\b(?:willst|will) (?:doch |halt )?nur aufmerksamkeit\b`],
    ['harm_shaming', 0.5, String.raw`\breiss dich (?:mal )?zusammen\b|\bhor auf zu (?:jammern|heulen)\b|\bniemand will (?:das )?(?:lesen|horen)\b|\bdas nervt\b|\bhor auf,? mir (?:standig |dauernd |immer )?zu schreiben\b`],
  ]),
  ...compile('it', [
    ['harm_shaming', 0.8, String.raw`\b(?:vuoi|vuole|cerchi|cerca) (?:solo )?(?:attenzione|di attirare l'attenzione)\b`],
    ['harm_shaming', 0.5, String.raw`\bsmettila di (?:fare la vittima|lamentarti|piangerti addosso|fare scene)\b|\bnessuno vuole (?:leggere|sentire)\b`],
  ]),
  ...compile('nl', [
    ['harm_shaming', 0.8, String.raw`\b(?:je wilt|ze wil|hij wil) (?:gewoon |alleen )?aandacht\b`],
    ['harm_shaming', 0.5, String.raw`\bstel je niet (?:zo )?aan\b|\bniemand wil (?:dat )?(?:lezen|horen)\b`],
  ]),
  ...compile('pl', [
    ['harm_shaming', 0.8, String.raw`\bchce(?:sz)? (?:tylko )?zwrocic (?:na siebie )?uwage\b`],
    ['harm_shaming', 0.5, String.raw`\bwez sie w garsc\b|\bprzestan (?:marudzic|histeryzowac|jeczec|dramatyzowac|sie uzalac)\b`],
  ]),
  ...compile('tr', [
    ['harm_shaming', 0.8, String.raw`\bilgi (?:cekmek icin|pesinde|istiyorsun)\b`],
    ['harm_shaming', 0.5, String.raw`\babartma\b|\bkendine gel\b|\bsizlanmayi birak\b`],
  ]),
  ...compile('ru', [
    ['harm_shaming', 0.8, String.raw`(?:просто |только )?(?:хочешь|хочет) внимания|привлечь (?:к себе )?внимание`],
    ['harm_shaming', 0.5, String.raw`хватит ныть|возьми себя в руки|не драматизируи|хватит драмы`],
  ]),
  ...compile('ja', [['harm_shaming', 0.6, String.raw`甘えるな|かまってちゃん|構ってちゃん|大げさ(?:だ|すぎ)|いい加減にしろ`]]),
  ...compile('zh', [['harm_shaming', 0.6, String.raw`别矫情|別矯情|矫情|矯情|博眼球|想引起注意|装可怜|裝可憐`]]),
  ...compile('ko', [['harm_shaming', 0.6, String.raw`관종|징징대지\s?마|오버하지\s?마|엄살\s?(?:떨지|부리지)`]]),
  ...compile('id', [['harm_shaming', 0.6, String.raw`\b(?:jangan )?lebay\b|\bcari perhatian\b|\bcaper\b`]]),
  ...compile('ar', [['harm_shaming', 0.6, String.raw`تبحث(?:ين)? عن الاهتمام|(?:تريد|يريد) الاهتمام|كفى دراما|كفاك دراما`]]),
  ...compile('hi', [['harm_shaming', 0.6, String.raw`ड्रामा (?:मत|बंद) कर|नाटक (?:मत|बंद) कर|\b(?:drama|natak) (?:mat|band) kar\b`]]),
];
