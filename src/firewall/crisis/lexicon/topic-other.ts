import { topicCues } from './topic.js';

// Broad topic cues in Cyrillic, Greek, Arabic, Devanagari, CJK and Hangul (see topic.ts). These
// scripts have no ASCII word boundaries, so terms are stems long enough not to sit inside
// unrelated words. Written as normalize() leaves text (ё→е, й→и, Greek and Arabic marks dropped).

export const TOPIC_RU = topicCues('ru', {
  ideation: [String.raw`умереть`, String.raw`смерт[ьи]`, String.raw`исчезнуть`, String.raw`перестать существовать`, String.raw`покончить со всем`, String.raw`не проснуться`, String.raw`уснуть навсегда`],
  farewell: [String.raw`прощаите`, String.raw`прощание`, String.raw`последнее (?:сообщение|письмо)`, String.raw`простите меня`, String.raw`помните меня`],
  burden: [String.raw`обуза`, String.raw`обузои`, String.raw`лучше без меня`],
  hopelessness: [String.raw`безнадежн`, String.raw`бессмысленн`, String.raw`нет смысла`, String.raw`устал[аи]? от жизни`, String.raw`больше не могу`, String.raw`пустота внутри`, String.raw`никчемн`],
  means: [String.raw`таблет(?:ки|ок)`, String.raw`снотворн`, String.raw`передозировк`, String.raw`\d+ ?(?:таблеток)`, String.raw`пистолет`, String.raw`ружье`, String.raw`веревк`, String.raw`петл[яю]`, String.raw`лезви`],
  method: [String.raw`с моста`, String.raw`на мосту`, String.raw`крыш[аеиу]`, String.raw`обрыв`, String.raw`рельс`, String.raw`прыгнуть`, String.raw`повеситься`, String.raw`утопиться`, String.raw`под поезд`],
  self_harm: [String.raw`порезать себя`, String.raw`резать себя`, String.raw`селфхарм`, String.raw`самоповрежден`, String.raw`причинить себе боль`],
  absence: [String.raw`меня (?:больше )?не будет`, String.raw`когда меня не станет`],
  giving_away: [String.raw`разда(?:ю|м|ть) (?:свои|все|вещи)`, String.raw`забери(?:те)? (?:мои|моего|мою)`],
  plan: [String.raw`завещани`, String.raw`страховк[аиу] жизни`, String.raw`похорон`, String.raw`кто (?:возьмет|позаботится о) (?:мою|моего|моеи) (?:кошк|собак|кот)`, String.raw`мои пароли`],
}, false);

export const TOPIC_EL = topicCues('el', {
  ideation: [String.raw`να πεθανω`, String.raw`θανατο`, String.raw`να εξαφανιστω`, String.raw`να τελειωσω (?:με )?(?:ολα|τη ζωη)`, String.raw`να μην ξυπνησω`],
  farewell: [String.raw`αντιο`, String.raw`τελευταιο μηνυμα`, String.raw`συγχωρεστε με`, String.raw`να με θυμαστε`],
  burden: [String.raw`βαρος`, String.raw`καλυτερα χωρις εμενα`],
  hopelessness: [String.raw`απελπισ`, String.raw`χωρις νοημα`, String.raw`καμια διεξοδο`, String.raw`κουραστηκα (?:να ζω|απο τη ζωη)`, String.raw`δεν αντεχω αλλο`, String.raw`δεν αξιζω`],
  means: [String.raw`χαπια`, String.raw`υπερδοσολογια`, String.raw`υπνωτικα`, String.raw`\d+ ?χαπια`, String.raw`οπλο`, String.raw`σχοινι`, String.raw`ξυραφακι`],
  method: [String.raw`γεφυρα`, String.raw`ταρατσα`, String.raw`γκρεμο`, String.raw`ραγες`, String.raw`να πηδηξω`, String.raw`να κρεμαστω`, String.raw`να πνιγω`],
  self_harm: [String.raw`να κοψω τον εαυτο μου`, String.raw`αυτοτραυματισ`, String.raw`να βλαψω τον εαυτο μου`],
  absence: [String.raw`δεν θα ειμαι (?:πια )?εδω`, String.raw`οταν δεν θα ειμαι`],
  giving_away: [String.raw`χαριζω (?:τα|ολα)`, String.raw`κρατα (?:το|τα|τη|τον) \S+ μου`],
  plan: [String.raw`διαθηκη`, String.raw`ασφαλεια ζωης`, String.raw`κηδεια`, String.raw`ποιος θα (?:προσεχει|κρατησει) (?:τη γατα|το σκυλο)`, String.raw`τους κωδικους μου`],
}, false);

export const TOPIC_AR = topicCues('ar', {
  ideation: [String.raw`اموت`, String.raw`الموت`, String.raw`اختفي`, String.raw`اختفاء`, String.raw`انهي كل شيء`, String.raw`لا استيقظ`],
  farewell: [String.raw`وداعا`, String.raw`الوداع`, String.raw`رسالتي الاخيرة`, String.raw`اخر رسالة`, String.raw`سامحوني`, String.raw`اذكروني`],
  burden: [String.raw`عبء`, String.raw`عبئا`, String.raw`افضل بدوني`],
  hopelessness: [String.raw`لا امل`, String.raw`بلا معنى`, String.raw`لا مخرج`, String.raw`تعبت من الحياة`, String.raw`لم اعد احتمل`, String.raw`لا استطيع الاستمرار`],
  means: [String.raw`حبوب`, String.raw`جرعة زائدة`, String.raw`منوم`, String.raw`\d+ ?(?:ملغ|حبة)`, String.raw`مسدس`, String.raw`سلاح`, String.raw`حبل`, String.raw`شفرة`],
  method: [String.raw`جسر`, String.raw`الجسر`, String.raw`السطح`, String.raw`سطح المبنى`, String.raw`جرف`, String.raw`سكة القطار`, String.raw`اقفز`, String.raw`اشنق نفسي`, String.raw`اغرق`],
  self_harm: [String.raw`اجرح نفسي`, String.raw`ايذاء النفس`, String.raw`اؤذي نفسي`],
  absence: [String.raw`لن اكون (?:هنا|موجود)`, String.raw`عندما ارحل`, String.raw`بعد رحيلي`],
  giving_away: [String.raw`اعطي (?:كل )?اغراضي`, String.raw`خذ (?:اغراضي|كل شيء)`],
  plan: [String.raw`وصيتي`, String.raw`الوصية`, String.raw`تامين على الحياة`, String.raw`جنازتي`, String.raw`من سيعتني ب(?:قطتي|كلبي)`, String.raw`كلمات المرور`],
}, false);

export const TOPIC_HI = topicCues('hi', {
  ideation: [String.raw`मरना`, String.raw`मर जाऊं`, String.raw`मर जाना`, String.raw`मौत`, String.raw`गायब हो जाना`, String.raw`सब खत्म`, String.raw`marna`, String.raw`mar jaun`, String.raw`maut`, String.raw`sab khatam`],
  farewell: [String.raw`अलविदा`, String.raw`आखिरी (?:संदेश|मैसेज)`, String.raw`मुझे माफ़ कर`, String.raw`मुझे माफ कर`, String.raw`alvida`, String.raw`mujhe maaf kar`],
  burden: [String.raw`बोझ`, String.raw`मेरे बिना बेहतर`, String.raw`bojh`],
  hopelessness: [String.raw`निराश`, String.raw`कोई उम्मीद नहीं`, String.raw`कोई रास्ता नहीं`, String.raw`जीने से थक`, String.raw`और नहीं सह सकता`, String.raw`koi umeed nahi`, String.raw`jeene se thak`],
  means: [String.raw`गोलियां`, String.raw`गोलियाँ`, String.raw`नींद की गोली`, String.raw`ओवरडोज़`, String.raw`ओवरडोज`, String.raw`बंदूक`, String.raw`रस्सी`, String.raw`goliyan`, String.raw`neend ki goli`],
  method: [String.raw`पुल से`, String.raw`छत से`, String.raw`रेल की पटरी`, String.raw`कूद`, String.raw`फांसी`, String.raw`फाँसी`, String.raw`डूब`, String.raw`chhat se`, String.raw`pul se`, String.raw`phansi`],
  self_harm: [String.raw`खुद को (?:चोट|काट)`, String.raw`khud ko (?:chot|kaat)`],
  absence: [String.raw`मैं नहीं रहूंगा`, String.raw`मैं नहीं रहूंगी`, String.raw`जब मैं नहीं रहूं`, String.raw`main nahi rahunga`, String.raw`main nahi rahungi`],
  giving_away: [String.raw`मेरा सामान (?:दे|बांट)`, String.raw`mera saamaan`],
  plan: [String.raw`वसीयत`, String.raw`जीवन बीमा`, String.raw`अंतिम संस्कार`, String.raw`vasiyat`],
}, false);

export const TOPIC_JA = topicCues('ja', {
  ideation: [String.raw`死ぬ`, String.raw`死に`, String.raw`死ね`, String.raw`消え(?:る|たい|て)`, String.raw`いなくなる`, String.raw`終わらせ`, String.raw`目覚めない`, String.raw`永遠に眠`],
  farewell: [String.raw`さようなら`, String.raw`さよなら`, String.raw`最後のメッセージ`, String.raw`最期`, String.raw`許して`, String.raw`忘れないで`],
  burden: [String.raw`迷惑(?:ばかり|をかけ)`, String.raw`お荷物`, String.raw`重荷`, String.raw`いない方が`],
  hopelessness: [String.raw`絶望`, String.raw`希望がない`, String.raw`意味がない`, String.raw`生きるのに疲れ`, String.raw`もう無理`, String.raw`もう限界`, String.raw`疲れ果て`],
  means: [String.raw`薬を(?:全部|たくさん|ため)`, String.raw`睡眠薬`, String.raw`過剰摂取`, String.raw`オーバードーズ`, String.raw`ロープ`, String.raw`練炭`, String.raw`カミソリ`],
  method: [String.raw`橋から`, String.raw`屋上`, String.raw`飛び降り`, String.raw`線路`, String.raw`飛び込`, String.raw`首を吊`, String.raw`崖から`, String.raw`溺れ`],
  self_harm: [String.raw`リスカ`, String.raw`リストカット`, String.raw`自傷`, String.raw`自分を傷つけ`],
  absence: [String.raw`もういない`, String.raw`いなくなった(?:ら|後)`, String.raw`私がいなく`],
  giving_away: [String.raw`全部あげる`, String.raw`もらってほしい`, String.raw`譲る`, String.raw`譲りたい`, String.raw`形見`],
  plan: [String.raw`遺書`, String.raw`遺言`, String.raw`生命保険`, String.raw`葬式`, String.raw`葬儀`, String.raw`猫を頼`, String.raw`猫をお願い`, String.raw`犬を頼`, String.raw`犬をお願い`],
}, false);

export const TOPIC_ZH = topicCues('zh', {
  ideation: [String.raw`去死`, String.raw`死了`, String.raw`死亡`, String.raw`消失`, String.raw`结束一切`, String.raw`結束一切`, String.raw`不想醒`, String.raw`永远睡`, String.raw`永遠睡`],
  farewell: [String.raw`永别`, String.raw`永別`, String.raw`再见了`, String.raw`再見了`, String.raw`最后的(?:消息|信)`, String.raw`最後的(?:訊息|信)`, String.raw`原谅我`, String.raw`原諒我`, String.raw`记住我`],
  burden: [String.raw`累赘`, String.raw`累贅`, String.raw`负担`, String.raw`負擔`, String.raw`没有我(?:会)?更好`, String.raw`沒有我(?:會)?更好`],
  hopelessness: [String.raw`绝望`, String.raw`絕望`, String.raw`没有希望`, String.raw`沒有希望`, String.raw`没有意义`, String.raw`沒有意義`, String.raw`活着好累`, String.raw`活著好累`, String.raw`撑不下去`, String.raw`撐不下去`],
  means: [String.raw`安眠药`, String.raw`安眠藥`, String.raw`药片`, String.raw`藥片`, String.raw`过量`, String.raw`過量`, String.raw`绳子`, String.raw`繩子`, String.raw`刀片`, String.raw`木炭`],
  method: [String.raw`桥上`, String.raw`橋上`, String.raw`天台`, String.raw`楼顶`, String.raw`樓頂`, String.raw`跳楼`, String.raw`跳樓`, String.raw`铁轨`, String.raw`鐵軌`, String.raw`上吊`, String.raw`跳河`, String.raw`淹死`],
  self_harm: [String.raw`自残`, String.raw`自殘`, String.raw`割腕`, String.raw`伤害自己`, String.raw`傷害自己`],
  absence: [String.raw`我不在了`, String.raw`我走了以后`, String.raw`我走了以後`, String.raw`不会再在`],
  giving_away: [String.raw`都送给`, String.raw`都送給`, String.raw`留给你`, String.raw`留給你`],
  plan: [String.raw`遗书`, String.raw`遺書`, String.raw`遗嘱`, String.raw`遺囑`, String.raw`人寿保险`, String.raw`人壽保險`, String.raw`葬礼`, String.raw`葬禮`, String.raw`谁来照顾(?:我的)?(?:猫|狗)`, String.raw`誰來照顧(?:我的)?(?:貓|狗)`],
}, false);

export const TOPIC_KO = topicCues('ko', {
  ideation: [String.raw`죽고`, String.raw`죽을`, String.raw`죽음`, String.raw`사라지`, String.raw`끝내(?:고|려|겠)`, String.raw`깨어나지 않`, String.raw`영원히 잠들`],
  farewell: [String.raw`안녕히`, String.raw`작별`, String.raw`마지막 (?:메시지|편지|인사)`, String.raw`용서해`, String.raw`기억해 줘`],
  burden: [String.raw`짐이`, String.raw`짐만`, String.raw`없는 게 나`, String.raw`없는게 나`],
  hopelessness: [String.raw`절망`, String.raw`희망이 없`, String.raw`의미가 없`, String.raw`사는 게 지쳐`, String.raw`사는게 지쳐`, String.raw`더는 못 버티`, String.raw`버틸 수 없`],
  means: [String.raw`수면제`, String.raw`약을 (?:모아|다)`, String.raw`과다복용`, String.raw`밧줄`, String.raw`번개탄`, String.raw`면도날`],
  method: [String.raw`다리에서`, String.raw`옥상`, String.raw`뛰어내`, String.raw`선로`, String.raw`목을 매`, String.raw`절벽`, String.raw`물에 빠`],
  self_harm: [String.raw`자해`, String.raw`손목을 긋`, String.raw`나를 해치`],
  absence: [String.raw`내가 없으면`, String.raw`더 이상 없을`, String.raw`내가 떠나면`],
  giving_away: [String.raw`다 줄게`, String.raw`내 물건(?:을)? (?:다 )?가져가`, String.raw`물려줄`],
  plan: [String.raw`유서`, String.raw`유언`, String.raw`생명보험`, String.raw`장례`, String.raw`(?:고양이|강아지)를 부탁`],
}, false);
