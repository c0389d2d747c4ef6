import { compile } from '../cue.js';

// Japanese, Chinese (simplified and traditional), Korean. No word boundaries in these scripts;
// negations are handled inside the patterns (死にたい vs 死にたくない, 不想死, 싶지 않아).

export const JA = compile('ja', [
  ['topic', 0.5, String.raw`自殺`, 'neg'],
  ['ideation', 1, String.raw`死にたい|死にたく(?:て|なる|なった)|自殺(?:したい|しよう|する|を考え|願望)|死のうと(?:思|して|考え)|生きていたくない|生きたくない|命を絶|死んだ(?:ほう|方)がまし|自分を殺|いなくなりたい|この世から消え`],
  ['ideation', 0.7, String.raw`消えたい|楽になりたい|終わりにしたい|もう終わりにする|(?:今日|今夜|今晩|明日)で?(?:全部)?終わりにする`],
  ['hopelessness', 0.8, String.raw`生きるのが(?:辛い|つらい|しんどい|苦しい|嫌)`],
  ['hopelessness', 1, String.raw`生きる(?:意味|理由|価値)(?:が|は|も)?(?:ない|無い|わからない|分からない)|生きてる(?:意味|理由)|生きている(?:意味|理由)`],
  ['hopelessness', 0.5, String.raw`もう(?:無理|限界|疲れた)|希望が(?:ない|無い)|未来が(?:ない|無い)`],
  ['burden', 1, String.raw`(?:私|僕|俺|自分)(?:が|は)?いない(?:ほう|方)が(?:いい|良い|みんな|皆)`],
  ['burden', 0.5, String.raw`迷惑(?:ばかり|ばっかり)かけて|(?:私|僕|俺)はお荷物`],
  ['farewell', 1, String.raw`これを読む頃には|これを読んでいる頃には`],
  ['plan', 1, String.raw`遺書`],
  ['farewell', 0.7, String.raw`さようなら(?:、)?(?:みんな|皆)|みんな(?:、)?さようなら|今までありがとう|今まで本当にありがとう`],
  ['absence', 0.7, String.raw`もうすぐいなくなる|もう会えない|もう二度と会えない`],
  ['giving_away', 0.6, String.raw`(?:持ち物|私物|荷物|物を全部)を?(?:全部)?(?:譲|あげ|処分|整理)`],
  ['height', 0.4, String.raw`屋上|橋の上|ビルの上|崖の上|崖から`],
  ['method', 1, String.raw`飛び降り|首を(?:吊|つ)|(?:電車|線路)に飛び込|練炭`],
  ['means', 1, String.raw`何錠(?:飲めば|で)(?:死|致死)|(?:薬|睡眠薬|市販薬)を(?:全部|大量に|まとめて)(?:飲|のむ)`],
  ['means', 0.8, String.raw`致死量`],
  ['means', 0.5, String.raw`オーバードーズ|過量服薬`],
  ['self_harm', 1, String.raw`リストカット|リスカ|自傷`],
  ['timing', 0.3, String.raw`今夜|今晩|試験が終わったら|週末に`],
]);

export const ZH = compile('zh', [
  ['topic', 0.5, String.raw`自杀|自殺`, 'neg'],
  ['ideation', 1, String.raw`(?<![不没沒])想死(?!你|妳|您|我了|他|她)|(?<![不没沒])想自[杀殺]|不想活|结束(?:自己的)?生命|結束(?:自己的)?生命|轻生|輕生|了[结結]自己|活着没(?:有)?意思|活著沒(?:有)?意思|去死算了|死了算了`],
  ['hopelessness', 1, String.raw`活不下去`],
  ['hopelessness', 0.5, String.raw`[撑撐]不下去|[没沒]有希望|看不到希望|[没沒]有未来|沒有未來`],
  ['burden', 1, String.raw`[没沒]有我(?:大家|他们|他們)?[会會]更好|我死了(?:大家|他们|他們)?[会會]更好`],
  ['burden', 0.6, String.raw`我是(?:个|個)?(?:负担|負擔|累赘|累贅)`],
  ['plan', 1, String.raw`遗书|遺書`],
  ['farewell', 0.8, String.raw`永别了|永別了|再见了(?:，)?大家|再見了(?:，)?大家|大家再[见見]|等你看到[这這]`],
  ['absence', 0.7, String.raw`以后不[会會]再打[扰擾]|以後不[会會]再打[扰擾]|很快就不在了`],
  ['giving_away', 0.7, String.raw`把(?:我的)?(?:东西|東西)都送(?:人|掉|走)`],
  ['height', 0.4, String.raw`楼顶|樓頂|天台|桥上|橋上`],
  ['method', 1, String.raw`跳下去|从楼上跳|從樓上跳|跳楼|跳樓|跳桥|跳橋|跳河|卧轨|臥軌|上吊|烧炭|燒炭`],
  ['means', 1, String.raw`吃多少(?:片|颗|顆)?(?:安眠[药藥]|[药藥])(?:[会會]|能|才[会會]?)死`],
  ['means', 0.8, String.raw`致死量|致命剂量|致命劑量`],
  ['self_harm', 1, String.raw`割腕|自残|自殘|[伤傷]害自己`],
  ['timing', 0.3, String.raw`今晚|今天晚上|考完[试試]`],
]);

export const KO = compile('ko', [
  ['topic', 0.5, String.raw`자살`, 'neg'],
  ['ideation', 1, String.raw`죽고\s?싶(?!지\s?않)|자살\s?(?:하고\s?싶|할\s?거|하려|충동|생각)|살고\s?싶지\s?않|목숨을\s?끊|죽어\s?버리고\s?싶`],
  ['ideation', 0.7, String.raw`사라지고\s?싶|없어지고\s?싶`],
  ['hopelessness', 1, String.raw`살\s?이유가\s?없|사는\s?게\s?의미\s?없`],
  ['hopelessness', 0.5, String.raw`더\s?이상\s?못\s?(?:버티|견디|살)|희망이\s?없`],
  ['burden', 1, String.raw`나\s?없으면\s?(?:다들|모두|다)?\s?(?:더\s?)?(?:행복|나을|편할)`],
  ['burden', 0.5, String.raw`짐이\s?(?:될|돼|되)`],
  ['plan', 1, String.raw`유서`],
  ['farewell', 1, String.raw`이걸\s?읽을\s?때쯤`],
  ['farewell', 0.5, String.raw`모두\s?안녕|그동안\s?고마웠`],
  ['absence', 0.5, String.raw`곧\s?없을\s?거|더\s?이상\s?못\s?볼`],
  ['giving_away', 0.5, String.raw`물건(?:을|들을)?\s?(?:다\s?)?(?:나눠|정리)`],
  ['height', 0.4, String.raw`옥상|다리\s?위`],
  ['method', 1, String.raw`뛰어내리|목을\s?매|번개탄`],
  ['means', 1, String.raw`몇\s?(?:알|개)(?:을|를)?\s?먹으면\s?죽`],
  ['means', 0.8, String.raw`치사량`],
  ['self_harm', 1, String.raw`자해`],
  ['timing', 0.3, String.raw`오늘\s?밤|시험\s?끝나면`],
]);
