// Words the delegated-prompt judge (prompt-intent.ts) reads: the actions a careful operator would
// want to approve before an unattended agent takes them, who they reach, and what they carry.
// Verbs are imperative forms (what a prompt tells an agent to do) in English and the languages
// agents are commonly instructed in; the clause reader (prompt-clauses.ts) decides whether a
// match is really an instruction (not negated, not a noun, not inside a question).

const alt = (words: string[]) => words.join('|');

/** Reaching people: the recipient decides whether it matters (the user themself does not count). */
export const SEND_VERB = new RegExp(`^(?:${alt([
  'send', 'email', 'e-mail', 'mail', 'text', 'sms', 'message', 'dm', 'whatsapp', 'reply', 'respond', 'answer', 'forward', 'notify', 'invite', 'contact',
  'tell', 'inform', 'ping', 'ask', 'remind', 'write', 'post', 'share', 'announce', 'broadcast', 'tweet', 'submit', 'upload', 'deliver', 'cc', 'call', 'phone', 'ring',
  // Copying records into a place others read is sending them there ("sync the roster to the shared sheet").
  'export', 'sync', 'mirror',
  // es pt it fr de nl pl
  'env[ií]a\\w*', 'manda\\w*', 'responde\\w*', 'contesta\\w*', 'comparte\\w*', 'avisa\\w*', 'escribe\\w*', 'reenv[ií]a\\w*',
  'compartilh\\w*', 'encaminh\\w*', 'invia\\w*', 'rispondi\\w*', 'condividi\\w*', 'inoltra\\w*', 'scrivi\\w*',
  'envoie\\w*', 'envoyer', 'r[ée]ponds', 'r[ée]pondre', 'partage\\w*', 'transmets', 'transf[èe]re', '[ée]cris',
  'schick\\w*', 'sende\\w*', 'antworte\\w*', 'teile\\w*', 'leite\\w*', 'schreib\\w*', 'benachrichtige\\w*',
  'stuur\\w*', 'verstuur\\w*', 'antwoord\\w*', 'deel', 'mail\\w*', 'wy[śs]lij\\w*', 'odpowiedz\\w*', 'napisz\\w*',
])})$`, 'i');

/** Verbs whose direct object is the person reached ("email each client", "text the crew"). */
export const PERSON_OBJECT_VERB = /^(?:email|e-mail|text|sms|message|dm|whatsapp|notify|invite|contact|tell|inform|ping|ask|remind|call|phone|ring|cc|avisa\w*|benachrichtige\w*)$/i;

/** Replying reaches whoever wrote the messages replied to. */
export const REPLY_VERB = /^(?:reply|respond|answer|responde\w*|contesta\w*|rispondi\w*|r[ée]ponds|r[ée]pondre|antworte\w*|antwoord\w*|odpowiedz\w*)$/i;
export const REPLIED_TO = /\b(?:messages?|emails?|e-mails?|mails?|inbox|reviews?|comments?|dms?|inquir(?:y|ies)|enquir(?:y|ies)|requests?|tickets?|questions?|mentions?|texts?|sms|whatsapps?|replies|threads?|posts?|guests?|customers?|clients?|senders?|leads?|applicants?|candidates?|landlords?|tenants?|recruiters?|everyone|each|every|all|them)\b/i;

/** The user themself: "send me", "tell me", "here", "this chat". */
export const SELF = /^(?:me|myself|us|moi|mir|mich|mí|mi|me\b)\b|\b(?:to me|back to me|to myself|my (?:inbox|phone|email|e-mail|telegram|chat|slack dm|dms?|own \w+)|the requesting user|the user(?: who asked)?|(?:here|this (?:chat|session|thread|conversation|channel)))\b/i;

/**
 * Someone other than the user: people by role or relation, groups, addresses, handles, numbers,
 * and names (a capitalised word the clause reader finds after the verb).
 */
export const OTHERS = new RegExp(String.raw`\b(?:${alt([
  'everyone', 'everybody', 'anyone', 'people', 'all of them', 'each of them', 'whoever',
  'boss', 'manager', 'team', 'teams', 'colleagues?', 'co-?workers?', 'staff', 'employees?', 'crew', 'hr', 'payroll', 'board', 'investors?', 'shareholders?',
  'clients?', 'customers?', 'guests?', 'users', 'members?', 'subscribers?', 'followers', 'attendees', 'participants', 'volunteers', 'donors?', 'patients?', 'students?', 'parents',
  'leads?', 'prospects?', 'contacts?', 'candidates?', 'applicants?', 'recruiters?', 'reviewers', 'commenters', 'senders?', 'mentions',
  'landlords?', 'landlady', 'tenants?', 'neighbou?rs?', 'cleaners?', 'plumber', 'electrician', 'builder', 'contractors?', 'freelancers?', 'suppliers?', 'vendors?', 'agency', 'agencies', '(?:travel|estate|letting|insurance|visa) agents?', 'portal', 'website',
  'partners?', 'lawyer', 'solicitor', 'accountant', 'bank', 'insurer', 'insurance', 'council', 'school', 'teachers?', 'coach', 'doctor', 'dentist', 'gp', 'nurse', 'vet', 'babysitter', 'nanny',
  'press', 'journalists?', 'media', 'public', 'family', 'friends?', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'ex', 'mom', 'mum', 'mother', 'dad', 'father', 'sister', 'brother',
  'grandma', 'grandmother', 'granny', 'grandpa', 'grandfather', 'aunt', 'uncle', 'cousins?', 'kids', 'son', 'daughter', 'in-laws', 'mailing list', 'shared (?:[\\w-]+ ){0,2}(?:drive|folder|sheet|spreadsheet|doc|document|base|board|workspace|inbox|calendar)', '(?:the|our|a|team|company|family|parents|class|club|neighbou?rhood|whatsapp|telegram|signal) (?:group|group chat|chat|channel)', 'all-?hands',
  // es pt it fr de nl pl
  'todos', 'todas', 'tous', 'toutes', 'alle', 'allen', 'tutti', 'tutte', 'wszystkich', 'iedereen',
  'clientes?', 'padres', 'pais', 'parents', 'eltern', 'genitori', 'ouders', 'rodzic\\w*', 'kunden', 'clienti', 'klanten', 'klient\\w*', 'mitarbeiter\\w*', 'empleados', 'equipo', '[ée]quipe', 'familia', 'famille', 'famiglia',
  'proveedor\\w*', 'fournisseurs?', 'lieferant\\w*', 'propietari\\w*', 'propri[ée]taire', 'vermieter\\w*', 'casero', 'casera', 'senhorio', 'locataires?', 'inquilinos?', 'mieter\\w*', 'huurders?',
])})\b|[\w.+-]+@[\w-]+\.[\w.]+|#[\w-]+|(?:^|\s)@[\w.-]+|\+?\d[\d\s-]{7,}\d`, 'i');

/** Places whose audience is everyone. */
export const PUBLIC_PLACE = /\b(?:on|to|in)\s+(?:the\s+|our\s+|my\s+)?(?:company\s+)?(?:x|twitter|linkedin|facebook|instagram|tiktok|youtube|reddit|hacker news|mastodon|bluesky|threads|the blog|our blog|(?:the |our )?website|(?:the )?(?:investor relations |public |status )?page|public|forum|google reviews|trustpilot|npm|pypi|crates\.io|rubygems|docker hub|app store|play store)\b|\bpublicly\b|\bpages?\b(?= on (?:facebook|instagram|linkedin))/i;

/** Channels whose readers are outside the team: shared with another company, customers', public or the whole organisation's (several languages). */
export const OUTSIDE_CHANNEL = /\b(?:ext|external|extern[oa]s?|shared|connect|partners?|customers?|clients?|clientes?|kunden|vendors?|suppliers?|community|public|announce\w*|general|all-hands|all|everyone|company|guests?|members|discord|press)\b/i;

/** Money verbs that pay or buy whatever follows them ("pay the babysitter", "refund every order"). */
export const MONEY_STRONG = new RegExp(`^(?:${alt([
  'pay', 'buy', 'purchase', 'refund', 'reimburse', 'donate', 'remit', 'disburse', 'prepay',
  'paga', 'pagar', 'pague', 'paie', 'payer', 'payez', 'zahle', 'bezahle', 'betaal', 'zap[łl]a[ćc]', 'оплати', 'compra', 'comprar', 'compre', 'ach[eè]te', 'acheter', 'kaufe', 'acquista', 'koop', 'kup',
])})$`, 'i');

/** Money verbs that only move money with a money word nearby ("transfer the rent", not "transfer the files"). */
export const MONEY_WEAK = new RegExp(`^(?:${alt([
  'transfer', 'wire', 'send', 'move', 'sweep', 'order', 'reorder', 'renew', 'subscribe', 'book', 'reserve', 'top', 'tip', 'settle', 'bid', 'sell', 'trade', 'charge', 'collect', 'invest', 'withdraw', 'deposit', 'upgrade', 'rebook', 'process', 'issue', 'credit', 'apply',
  'transfiere', 'transfira', 'reserva', 'r[ée]serve', 'vire', 'virer', 'r[èe]gle', '[üu]berweise', 'buche', 'bestelle', 'prenota', 'bestel', 'boek', 'przelej', 'zam[óo]w',
])})$`, 'i');

/** What money verbs act on when they move money: coins by their ticker ("sell all BTC", "withdraw the USDT"), and wallet addresses. */
export const MONEY_NOUN = /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:usd|eur|gbp|chf|dollars?|euros?|pounds?|btc|eth|usdc)\b|\b0x[0-9a-f]{4,}|\bbc1[a-z0-9]{8,}|\b(?:btc|bitcoins?|eth|ether|usdt|usdc|stablecoins?|proceeds|holdings|payments?|payouts?|refunds?|money|funds|fees?|rent|dues|invoices?|bills?|balance|excess|surplus|savings|deposit|cash|salary|salaries|wages|tickets?|flights?|hotels?|rooms?|tables? for|taxis?|cab|boxes|units|items|supplies|cartridges?|toner|paper|ink|groceries|shares|stock|crypto|plan|subscriptions?|memberships?|licen[cs]es?|seats?|domains?|insurance|policy|lease|renewal|up (?:the|my|our) (?:card|account|balance|phone|wallet)|(?:saved|stored|company|credit|debit|corporate|business) card|card on file|(?:my|our|the) card)\b/i;
/** Destroying what matters (its object decides: emails and tickets, not unused imports). */
export const DESTROY_VERB = new RegExp(`^(?:${alt([
  'delete', 'remove', 'erase', 'wipe', 'purge', 'destroy', 'drop', 'deleting', 'removing', 'erasing', 'wiping', 'purging', 'destroying', 'dropping', 'truncate', 'shred', 'nuke', 'empty', 'clear', 'overwrite', 'terminate', 'deprovision', 'decommission', 'uninstall', 'discard', 'trash', 'prune', 'reset', 'unpublish', 'revoke', 'deactivate', 'disable', 'kill', 'stop', 'cancel',
  'borra\\w*', 'elimina\\w*', 'supprime\\w*', 'efface\\w*', 'vide\\w*', 'l[öo]sch\\w*', 'entferne\\w*', 'leere\\w*', 'cancella\\w*', 'svuota\\w*', 'apaga\\w*', 'exclua\\w*', 'verwijder\\w*', 'wis', 'usu[ńn]\\w*', 'skasuj\\w*',
])})$`, 'i');

export const VALUABLE = /\b(?:all|every|everything|anything|entire|whole|each|any|permanently|for good|database|databases|db|tables?|schemas?|branch(?:es)?|repo(?:sitor(?:y|ies))?|buckets?|backups?|snapshots?|volumes?|records|rows|users|accounts?|customers?|clients?|members?|emails?|e-mails?|mails?|messages|inbox|mailbox|trash|bin|history|production|prod|cluster|namespaces?|instances?|servers?|vms?|infrastructure|stack|data|home directory|~\/|\/etc|disk|drive|partition|photos|pictures|videos|recordings|documents|docs|files|folders?|contacts|calendar|events|tickets|orders|invoices|posts|comments|reviews|pages|sites?|domains?|channels?|releases?|tags|issues|secrets|keys|subscriptions?|memberships?|services?|deployments?|pods|queues?|topics|indexes|voicemails?|notes|chats?|conversations|threads|texts|sms|whatsapps?|attachments|uploads|images|media|albums?|playlists?|listings?|products|appointments|bookings|reservations|tasks|projects|workspaces?|older than|from before|before (?:19|20)\d\d|including|forever|todos las|tous les|alle|tutti|correos|courriels|mails|fotos|e-mails)\b/i;

/** Objects whose loss nobody minds: build output, caches, lint noise, local rotation of logs and dumps. */
export const TRIVIAL = /\b(?:unused (?:imports?|variables?|code|functions?|dependencies)|imports?|comments?|whitespace|trailing|typos?|console\.log|debug (?:lines|statements|logs?)|dead code|todo comments?|duplicate lines|lint (?:errors|warnings)|build artifacts|artifacts|node_modules|__pycache__|\.pyc|caches?|tmp files|temp(?:orary)? files|dist\/?|\.turbo|build\/|the test|a test|this line|that line|the line|the function|a function|the variable|stale branches? (?:locally|that are merged)|merged local branches|(?:local )?(?:log|dump|temp|tmp|cache)(?: files)? older than|dump files older than|logs? older than|the (?:stuck|crashed|failed) (?:pod|job|container|process)|the scratch|scratch \w+|containers? (?:that are )?stopped|dangling images|my (?:local|dev) \w+|the dev (?:server|process|container)|notifications|alerts|(?:the |my )?(?:selection|filters?|form|search))\b/i;

/** Handing over documents and data that belong to people or the business. */
export const SENSITIVE_THING = /\b(?:passports?(?: scans?| numbers?| details)?|id (?:scans?|cards?|documents?|numbers?)|identity documents?|driv(?:ing|er'?s) licen[cs]es?|national (?:id|insurance)|ssns?|social security|medical (?:records?|history|notes|files|reports?|info(?:rmation)?)|health (?:records?|data|info(?:rmation)?)|prescriptions?|(?:test|lab|blood) results|diagnos\w+|tax (?:returns?|documents?|forms?|ids?)|bank (?:statements?|details|account(?: numbers?)?)|payslips?|pay ?stubs|salar(?:y|ies)|payroll|contracts?|ndas?|(?:customer|client|member|patient|employee|user|staff|student|pupil|guest|donor|subscriber|resident|tenant|volunteer|family|families|child|children)s?'? ?(?:list|table|roster|register|sheet|spreadsheet|data|records|details|export|database|emails?|e-mails|addresses|phone numbers|files?|info(?:rmation)?)|personal (?:data|details|information|info)|contact (?:list|details)|address book|credentials?|passwords?|api keys?|private keys?|ssh keys?|tokens?|\.env|secrets?|door codes?|lockbox(?: codes?)?|alarm codes?|gate codes?|access codes?|wi-?fi password|pins?|board (?:minutes|deck)|financials|confidential\w*|internal (?:docs?|documents?|roadmap|memo)|roadmap)\b/i;

/** Committing the user to something in their name. */
export const COMMIT = /\b(?:accept(?:ing)?|decline|declining|sign(?:ing)?|agree(?:ing)? to|commit(?:ting)? to|resign(?:ing)?|quit(?:ting)?)\b[^.]{0,30}\b(?:offers?|contracts?|agreements?|terms|deals?|positions?|jobs?|leases?|quotes?|proposals?|invitations?|my (?:job|position|membership|subscription))\b|\bcancel(?:l?ing)? (?:my|our|the|his|her|their) (?:\w+ ){0,3}?(?:memberships?|subscriptions?|plans?|contracts?|accounts?|orders?|bookings?|reservations?|appointments?|policy|policies|insurance|lease|tenancy|gym)\b|\b(?:we|i)(?:'ll| will) take (?:the|it|this|that)\b|\b(?:take|accept) the (?:flat|apartment|house|room|job|offer|place|position)\b|\bconfirm (?:the|our|my|their) (?:booking|reservation|order|attendance|acceptance|purchase)\b|\brsvp\b|\bsubmit (?:the|my|our|his|her|their) (?:application|offer|bid|tax return|claim|form|resignation)\b|\bfile (?:the|my|our) (?:tax return|claim|complaint|lawsuit)\b|\b(?:enrol+|sign up|register) (?:me|us|him|her|them)\b/i;

/** Production systems and changes to them. */
export const INFRA_VERB = /\b(?:push(?:es|ing)? (?:out )?(?:the |a )?(?:new )?(?:[\w.-]+ )?(?:firmware|update|upgrade|config(?:uration)?|patch|image|build|version)\b|flash(?:es|ing)?|deploy|ship|roll ?out|release|migrate|run (?:the )?(?:pending )?migrations?|apply (?:the )?migrations?|scale|restart|reboot|bounce|failover|fail over|apply|terraform apply|helm upgrade|kubectl apply|rotate|promote|switch (?:dns|traffic)|point (?:dns|the domain))\b/i;
export const PROD = /\b(?:prod|production|live (?:site|system|database|db|cluster|servers?)|customer[- ]facing|main cluster|(?:the|our) main (?:\w+ )?(?:database|db))\b/i;

export const SECRET = /(?:\.env\b|\b(?:api[_ -]?keys?|tokens?|passwords?|credentials?|secrets?|private keys?|ssh keys?|id_rsa|\.aws|aws keys|cookies?|session ids?|2fa codes?|otp|recovery codes?|seed phrase|mnemonic)\b)/i;
export const LEAK = /\b(?:send|post|upload|paste|share|email|publish|commit|push|expose|print|leak|exfiltrate|forward|copy|give)\b/i;

/** Words that make the clause a question or a report about an action rather than the action. */
export const REPORTING = /\b(?:explain(?:s|ing)?|document(?:s|ing)?|find out|check|see|know|tell (?:me|us)|show (?:me|us)|let (?:me|us) know|ask|decide|work out|figure out|understand|investigate|look into|research|compare|wonder|estimate|calculate|list|report|summari[sz]e|describ(?:e|es|ing)|learn|look up|note|record)\b[^.;]{0,30}\b(?:how|whether|what|which|where|why|if|when|who)\b|\bwhether\b|\bhow (?:much|many|to|do|does|would|could|can|long)\b|\b(?:cu[áa]nto|combien|wie viel|quanto)\b/i;

/** Phrasal verbs read as the single verb they mean, before the clause is split into words. */
export const PHRASAL: Array<[RegExp, string]> = [
  [/\bget rid of\b/gi, 'remove'],
  [/\b(?:throw|chuck) (?:away|out)\b/gi, 'discard'],
  [/\b(?:clear|clean) out\b/gi, 'empty'],
  [/\bwipe out\b/gi, 'wipe'],
  [/\bdo away with\b/gi, 'remove'],
  [/\bshut down\b/gi, 'stop'],
  [/\bsign off as\b/gi, 'sign as'],
  [/\bfill (?:in|out)\b/gi, 'submit'],
  [/\bhand over\b/gi, 'give'],
  [/\bpass (?:on|along)\b/gi, 'forward'],
  [/\bput (?:up|out) (?:on|to)\b/gi, 'post on'],
];

/** Clause-level negation: "don't send", "without buying", "nothing", "no need to pay". */
export const NEGATION = /\b(?:don'?t|do not|dont|never|not|no|without|nothing|none|avoid|instead of|rather than|no need to|stop before|ne\b|n'|sans|nicht|kein\w*|nie|niet|geen|sin|sem|n[ãa]o|non|nada|rien|jamais|nunca|mai)\b/i;

/** Drafting is not sending. */
export const DRAFT_ONLY = /\b(?:do not send|don'?t send|without sending|not (?:to )?send|drafts? only|as (?:a )?drafts?|(?:save|leave|keep) (?:it|them|the \w+)? ?(?:as|in|to) drafts?|for my review|for review before sending)\b/i;

/** Words that turn the following action word into a noun ("the email", "commit message"). */
export const NOUN_BEFORE = /^(?:send|sends|sent|sending|via|by|return|returns|plain|alt|as|support|supports|the|a|an|my|our|your|their|his|her|its|this|that|these|those|each|every|any|no|new|unread|sent|last|first|next|weekly|daily|monthly|same|standard|welcome|commit|error|log|chat|blog|api|http|function|phone|text|reminder|follow-up|email|sort|purchase|money|bank|wire|direct|standing|cash|de|le|la|les|el|los|las|der|die|das|il|lo|gli|het|een|un|une|una|ein|eine)$/i;
export const NOUN_AFTER = /^(?:only|address(?:es)?|list|lists|template|templates|body|subject|queue|file|files|field|fields|request|requests|ids?|number|numbers|status|history|logs?|stack|button|form|thread|count|counts|box|format|handler|server|client|api|endpoint|service|settings|notifications?|summary|preview|of|is|was|are|were|has|have|had|by|says?|said)$/i;
