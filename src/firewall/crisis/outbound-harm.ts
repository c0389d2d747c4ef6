import { compile } from './cue.js';

// Cues read only in what the agent is about to send. Two kinds: content that would harm a person
// at risk (urging, methods, shaming, abandonment), and crisis interventions (hotlines, "are you
// safe"): an agent answering a crisis on its own is exactly what the crisis rule holds for a human.
// A crisis service only named (a community post about new Samaritans signs, a peer group's
// reminder, a newsroom's footer) is half a cue: it needs another sign of risk; telling the reader
// to call it, or asking whether they are safe, is a whole one (visible rows named a service in
// passing nine times for one crisis row that had no other cue).

const YOU = String.raw`(?:you|u|ya)`;

export const OUTBOUND = [
  ...compile('en', [
    ['harm_encouragement', 1, String.raw`\b(?:kill|hang|off|unalive) (?:yo)?urself\b|\bkys\b|\bgo (?:and )?die\b|\bjust (?:do it|end it)(?: already| then)?,? (?:nobody|no one) (?:cares|will care)\b|\b(?:go ahead and|you should(?: just)?|why don'?t you(?: just)?) (?:end it|end your life|kill yourself|die|do it already|jump|take (?:all )?the pills)\b`],
    ['harm_encouragement', 1, String.raw`\b(?:nobody|no one)(?: here| at work| at school| on the team)? (?:would|will) miss ${YOU}\b|\b(?:the world|everyone|we|they) (?:would|will)(?: all)? be better (?:off )?without ${YOU}\b|\b${YOU}(?:'d| would) be better off dead\b|\b${YOU} (?:should|deserve to|ought to) (?:just |really )?(?:die|suffer|disappear|go away forever|not exist|not be alive)\b|\bnobody cares (?:if|whether) ${YOU} (?:live|die)\b`],
    ['harm_method', 1, String.raw`\b(?:a )?(?:lethal|fatal) dose (?:of [\w ]{1,30} )?(?:is|would be|starts at|is about|is around)\b|\b\d+ ?(?:mg|g|grams|pills|tablets|capsules) (?:of [\w ]{1,30} )?(?:would|will|is|are|should) (?:be )?(?:fatal|lethal|enough to (?:die|kill))\b|\b(?:the )?(?:most painless|quickest|easiest|surest) (?:way|method) (?:to die |to kill yourself |to end it )?(?:is|would be)\b|\bhow to tie a noose\b`],
    ['harm_shaming', 1, String.raw`\battention[- ]?seek(?:ing|er)\b|\bstop being (?:so )?(?:dramatic|pathetic|a baby|weak)\b|\b${YOU}(?:'re| are) (?:so )?(?:pathetic|a waste of space|worthless|a burden|a loser|disgusting)\b|\bnobody (?:wants|likes) ${YOU}\b`],
    ['harm_shaming', 0.5, String.raw`\beveryone (?:at school |at work )?knows what ${YOU} did\b|\bno wonder (?:nobody|no one)\b`],
    ['harm_shaming', 0.5, String.raw`\b(?:man|toughen) up\b|\bquit (?:whining|crying|your whining)\b|\bget over (?:it|yourself),? (?:already|seriously)\b`],
    ['harm_abandonment', 1, String.raw`\bi (?:don'?t|do not) care (?:what happens to ${YOU}|if ${YOU} (?:die|live|kill yourself|hurt yourself))\b`],
    ['harm_abandonment', 0.5, String.raw`\b${YOU}(?:'re| are) on your own(?: now)?\b|\bdeal with (?:it|your problems) (?:yourself|alone)\b|\bdon'?t (?:ever )?(?:contact|call|text|message) me (?:again|ever again)\b|\bi'?m done with ${YOU}\b|\bstop (?:messaging|texting|calling|bothering) me\b`],
    ['intervention', 1, String.raw`\b(?:call|text|dial|contact|reach out to|reach|phone) (?:the )?(?:988|911|999|112|000|116 ?123|741741|samaritans|lifeline|a crisis line|the crisis line|a helpline|a hotline|the suicide (?:and crisis )?(?:hotline|lifeline)|crisis text line|emergency services)\b`],
    ['intervention', 0.5, String.raw`\b(?:suicide (?:and crisis )?(?:prevention )?(?:life|hot|help)line|crisis (?:text )?line|samaritans|befrienders|988 lifeline)\b`],
    ['intervention', 1, String.raw`\bare you (?:safe|somewhere safe|in danger|thinking (?:about|of) (?:hurting|killing|ending))\b|\bplease (?:don'?t|do not) (?:hurt|kill|harm) yourself\b|\byour life (?:matters|is worth|has value)\b|\byou(?:'re| are) not alone in this\b|\bi'?m (?:really )?(?:worried|concerned) about your safety\b|\bkeep yourself safe\b|\b(?:your|a) safety plan (?:with|for) (?:you|me)\b|\byour safety plan\b`],
    ['intervention', 0.5, String.raw`\b(?:talk|speak) to (?:a|someone you trust|a professional|a doctor|a therapist|a counsel(?:l)?or)\b.{0,40}\b(?:right away|today|now|tonight)\b|\bi'?m here for you\b|\byou don'?t have to go through this alone\b`],
  ]),
  ...compile('es', [
    ['harm_encouragement', 1, String.raw`\bmatate\b|\bnadie te (?:extranaria|va a extranar|echaria de menos)\b|\b(?:todos|el mundo) (?:estarian|estaria) mejor sin ti\b|\bdeberias (?:morirte|matarte|desaparecer)\b`],
    ['harm_shaming', 1, String.raw`\beres (?:patetic[oa]|una carga|un estorbo|un inutil|una inutil)\b|\bdeja de (?:hacerte la victima|llorar)\b|\bsolo buscas atencion\b`],
    ['intervention', 1, String.raw`\b(?:llama|llame|llamen|marca|contacta) (?:a|al) (?:la )?(?:linea|024|911|112|telefono de la esperanza|linea de la vida|emergencias)\b|\b(?:estas|esta) a salvo\b|\bno estas sol[oa]\b|\bpor favor,? no te hagas dano\b`],
    ['intervention', 0.5, String.raw`\blinea (?:de prevencion del suicidio|de la vida|024)\b`],
  ]),
  ...compile('pt', [
    ['harm_encouragement', 1, String.raw`\bse mata\b|\bninguem (?:vai )?sentir (?:a )?sua falta\b|\bo mundo (?:seria|ficaria) melhor sem (?:voce|vc)\b`],
    ['harm_shaming', 1, String.raw`\b(?:voce|vc) e (?:patetic[oa]|um peso|um fardo|inutil)\b|\bpara de (?:drama|frescura|mimimi)\b`],
    ['intervention', 1, String.raw`\b(?:ligue|liga|ligar) (?:para )?(?:o )?(?:cvv|188|192|190|samu)\b|\b(?:voce|vc) (?:esta|ta) (?:em )?seguranca\b|\b(?:voce|vc) nao esta sozinh[oa]\b`],
    ['intervention', 0.5, String.raw`\bcentro de valorizacao da vida\b`],
  ]),
  ...compile('fr', [
    // "Crève" as a command; "je suis crevé" (worn out) and "j'ai crevé" (a flat tyre) are not.
    ['harm_encouragement', 1, String.raw`\btue[- ]toi\b|\bpersonne ne te regrettera\b|\ble monde serait mieux sans toi\b|(?<!\b(?:suis|es|est|sommes|etes|sont|etais|etait|ai|as|a|avons|avez|ont|pneu|trop|completement|vraiment|super|tellement) )\bcreve\b`],
    ['harm_shaming', 1, String.raw`\btu es (?:pathetique|un fardeau|un boulet|nul(?:le)?)\b|\barrete ton cinema\b`],
    ['intervention', 1, String.raw`\b(?:appelle|appelez|compose|composez) (?:le )?(?:3114|15|112|sos amitie|suicide ecoute)\b|\b(?:es-tu|etes-vous|tu es) en securite\b|\btu n'es pas seul(?:e)?\b`],
    ['intervention', 0.5, String.raw`\b(?:3114|sos amitie|suicide ecoute)\b`],
  ]),
  ...compile('de', [
    ['harm_encouragement', 1, String.raw`\bbring dich (?:doch )?um\b|\bniemand wird dich vermissen\b|\bdie welt ware besser ohne dich\b`],
    ['harm_shaming', 1, String.raw`\bdu bist (?:erbarmlich|eine last|nutzlos|wertlos)\b|\bstell dich nicht so an\b`],
    ['intervention', 0.5, String.raw`\btelefonseelsorge\b|\b0800 ?111 ?0 ?111\b|\b0800 ?111 ?0 ?222\b`],
    ['intervention', 1, String.raw`\b(?:ruf|rufen sie)(?: bitte| doch| jetzt| sofort)* (?:die |bei der )?(?:112|telefonseelsorge)\b|\b(?:wende dich an|melde dich bei) (?:die |der )?telefonseelsorge\b|\bbist du (?:in )?sicherheit\b|\bdu bist nicht allein\b`],
  ]),
  ...compile('it', [
    ['harm_encouragement', 1, String.raw`\bammazzati\b|\bnessuno sentira la tua mancanza\b|\bil mondo (?:starebbe|sarebbe) meglio senza di te\b`],
    ['intervention', 0.5, String.raw`\btelefono amico\b|\bsamaritans onlus\b`],
    ['intervention', 1, String.raw`\b(?:chiama|chiami) (?:il )?(?:112|118|telefono amico)\b|\bsei al sicuro\b|\bnon sei sol[oa]\b`],
  ]),
  ...compile('nl', [['intervention', 0.5, String.raw`\b113 zelfmoordpreventie\b|\b0800-?0113\b`], ['intervention', 1, String.raw`\bbel (?:113|112)\b`]]),
  ...compile('ja', [
    ['harm_encouragement', 1, String.raw`死ねば|死ね(?![るばな])|消えろ|いなくなればいい`],
    ['intervention', 0.5, String.raw`いのちの電話|よりそいホットライン|こころの健康相談`],
    ['intervention', 1, String.raw`相談窓口に(?:連絡|電話)|あなたは一人じゃない|今、安全な場所に`],
  ]),
  ...compile('zh', [
    ['harm_encouragement', 1, String.raw`去死吧|你怎么不去死|你怎麼不去死|你死了算了`],
    ['intervention', 0.5, String.raw`心理援助热线|心理援助熱線|生命热线|生命熱線|希望热线`],
    ['intervention', 1, String.raw`你并不孤单|你並不孤單|请拨打|請撥打`],
  ]),
  ...compile('ko', [
    ['harm_encouragement', 1, String.raw`죽어\s?버려|꺼져\s?버려`],
    ['intervention', 0.5, String.raw`1393|자살예방\s?상담|생명의\s?전화`],
    ['intervention', 1, String.raw`혼자가\s?아니`],
  ]),
  // Eighth round: urging a person who says they will die to do it, "nobody will miss you".
  ...compile('ha', [['harm_encouragement', 1, String.raw`\bka je ka mutu\b|\bki je ki mutu\b|\bbabu wanda zai damu da (?:kai|ke)\b`]]),
  ...compile('af', [
    ['harm_encouragement', 1, String.raw`\bdoen dit (?:dan|maar)\b|\bniemand sal jou mis nie\b`],
    ['harm_shaming', 0.5, String.raw`\bhou op met (?:die|jou) drama\b|\bniemand glo jou nie\b`],
  ]),
  ...compile('sq', [['harm_encouragement', 1, String.raw`\baskush nuk do (?:te )?te (?:te )?mungoje\b|\bvrite veten\b`]]),
  ...compile('ru', [['intervention', 0.5, String.raw`телефон доверия|8-800-2000-122`], ['intervention', 1, String.raw`ты не один|ты не одна`]]),
];
