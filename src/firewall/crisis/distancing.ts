import { partedUnion } from './cue.js';
import type { CrisisSignal, CueHit } from './types.js';

// What makes crisis words not a person in crisis: the clause is about research, prevention work,
// clinical practice, fiction or news; an idiom ("this bug is killing me"); or an explicit
// negation right before the words ("I'm not suicidal"). Applied per clause, so "I volunteer at a
// crisis line, but lately I want to die" still counts.

/** Frames that distance a clause from the speaker's own risk. */
export const FRAME = partedUnion([
  // English: research, prevention work, clinical practice
  String.raw`\b(?:(?:our|my|the|this|a|their) research (?:on|about|into|project|team|paper|group|study|shows|found)|researchers?|(?:a|our|the|this|my) study (?:on|of|about|found|shows)|studies (?:show|found|on)|(?:the|a|this|my|our) paper (?:on|about)|statistics|stats (?:on|about)|prevalence|dataset|survey (?:of|on|about)|literature (?:review|on)|meta-analysis|epidemiolog\w*|awareness (?:month|week|day|campaign|walk)|prevention (?:training|program|programme|research|month|week|day|campaign|course|workshop|team|work|strategy|conference|grant|charity|nonprofit|volunteers?|poster|materials)|gatekeeper training|qpr training|asist training|mental health first aid|(?:training|workshop|course|curriculum|lecture|webinar|seminar|module) (?:on|about|for)|volunteer(?:s|ing|ed)? (?:at|for|on|with)|(?:hotline|helpline|crisis line|crisis text line|lifeline) (?:shift|volunteers?|training|rota|schedule|callers)|as a (?:nurse|clinician|therapist|counsel(?:l)?or|psychiatrist|psychologist|researcher|doctor|physician|social worker|paramedic|moderator|crisis counsel(?:l)?or|volunteer)|my (?:patients?|clients?|callers)|our (?:patients?|clients?|callers|volunteers)|risk assessment (?:form|tool|protocol|training)|safety planning (?:template|intervention|training)|safe messaging|reporting guidelines|classifier|training data|content moderation|moderation (?:policy|queue|guidelines))\b`,
  // English: reports of prevention work (shift and call summaries with counts, safety plans made,
  // referrals), training that teaches the warning signs, and research drafts
  String.raw`\b(?:(?:shift|call|night|overnight|weekly|monthly) (?:report|summary|handover|log|notes)|\d+ (?:callers|calls|contacts|chats|texters|conversations|patients|cases|referrals)|(?:anonymous )?callers? (?:with|who|disclosed|reported|worried|concerned|said|whose)|anonymous caller|(?:made|completed|reviewed) safety plans|safety plans? (?:completed|made|reviewed|in place)|referred to (?:the )?(?:crisis team|duty \w+|gp|mental health team|camhs)|duty (?:clinician|psychologist|psychiatrist|counsellor|counselor|manager)|handed (?:over )?to the duty)\b`,
  String.raw`\b(?:safetalk|mhfa|qpr|asist (?:suicide )?(?:intervention )?(?:workshop|training)|(?:session|sessions|course|training|workshop|module|webinar|deck)(?: on| about|:) (?:spotting|recogni[sz]ing|suicide|self-harm|mental health|the (?:warning )?signs|how to)|warning signs (?:of|to look for|include)|spotting the signs|(?:covers|teaches|will learn|you'?ll learn|learn) how to (?:spot|recogni[sz]e|ask|talk|support|respond|help)|how to (?:spot|recogni[sz]e) (?:when|the signs|if)|paper draft|draft (?:paper|manuscript)|preprint|manuscript|systematic review|means restriction|\d+-year (?:analysis|study|follow-up))\b`,
  String.raw`\b(?:samaritans|lifeline|helpline|hotline|crisis (?:text )?line|988|listening|telefonseelsorge|cvv|sos amitie|telefono amico|befrienders)\b[^.]{0,20}\b(?:shifts?|rotas?|rosters?|training|volunteers?|cover|covering|schedule|plantao|turnos?|schichten?|dienst)\b`,
  // English: helplines listed as a service for the reader, in an organisation's voice ("Samaritans
  // (116 123) are free and open day and night", "are free on 116 123"): a newsletter, a hardship
  // officer's follow-up. Not a helpline the writer says is open tonight or will not call, nor a
  // stranger's "you can also text 988 any time" to someone at risk (the cx1 and bu1 rows).
  String.raw`\b(?:samaritans|lifeline|helpline|hotline|crisis (?:text )?line|988|childline|papyrus|befrienders|telefonseelsorge)\b[^.]{0,60}\b(?:(?:is|are) (?:free|open (?:day and night|24 hours|around the clock|every day))|free to call|free and confidential)\b`,
  // English: the work of those who teach, treat and count (a CPD session, a clinical note's "no plan
  // or intent", aggregate figures, a shift on a helpline named after the shift): talk about suicide
  // by the speaker's role, not the speaker's risk
  String.raw`\b(?:cpd|pshe|grand rounds?|journal club|(?:teaching|lesson|refresher|induction)(?: session)? (?:is |will be )?(?:on|about|covers)|(?:suicide|self-harm) risk (?:assessments?|formulation|screening|scoring|management)|assess(?:ing|ment of)? (?:suicide|self-harm) risk|(?:suicide|self-harm) (?:rates?|statistics|figures)|rates? of (?:suicide|self-harm)|per 100(?:,?000|k)|what to do (?:if|when) (?:a|your) (?:friend|child|pupil|student|colleague|teen\w*|loved one)|no (?:current |active )?(?:plan|intent)(?:,| or| and|/) ?(?:plan|intent)|(?:denies|denied) (?:any )?(?:suicidal|self-harm|thoughts|intent|plans?)|protective factors?|routine referral)\b`,
  String.raw`\b(?:suicide|self-harm)[- ]prevention\b|\b(?:prevencion del suicidio|prevencao (?:do|ao) suicidio|prevention du suicide|suizidpravention|suicidepreventie|prevenzione del suicidio|zapobiegani\w* samobojstw\w*|intihari onleme|kuzuia kujiua|pencegahan bunuh diri)\b`,
  String.raw`\d ?%|\bn ?= ?\d|\b(?:shifts?|rota|cover)\b[^.]{0,25}\b(?:samaritans|lifeline|helpline|hotline|crisis (?:text )?line|listening line|cvv|telefonseelsorge)\b`,
  // Other languages: a clinical note's "without intent or plan", a patient's ability to agree a plan
  String.raw`\b(?:ohne (?:suizidabsicht|suizidplan|konkrete suizid\w*)|absprachefahig\w*|sin (?:plan|intencion|ideacion) (?:ni intencion )?suicida|sem (?:plano|intencao) suicida|nega ideacao|sans (?:projet|intention|idees?) suicidaire\w*|tanpa rencana(?: atau niat)?|intihar plan\w* (?:veya niyeti )?yok|senza (?:piano|intento) suicidario)\b`,
  // Theses and their interview guides, in several languages (a student's guide on suicidal thoughts
  // among fishers sent to the supervisor); a clinician's charting shorthand ("denies current SI/HI");
  // a stage production whose subject is suicide (the play's subject, post-show talks). Not times
  // of the run ("after tonight's run-through I just want to die" is the actor's own risk).
  // The bz1 set gated all three as a person at risk. The thesis counts only with its subject ("the
  // thesis on…"), not as a student's circumstance ("her thesis failed"); a clause that speaks for
  // the writer still counts.
  String.raw`\b(?:(?:thesis|dissertation|masteroppgav\w*|bacheloroppgav\w*|avhandling\w*|uppsats\w*|examensarbet\w*|speciale\w*|masterarbeit|bachelorarbeit|doktorarbeit|dissertation|proefschrift|scriptie|tesis|tesi|tese|memoire) (?:on|about|into|om|uber|zu|over|sobre|sur|su|sul|sulla)|interview (?:guide|data|transcripts?|schedule|protocol)|intervjuguid\w*|interviewleitfaden|informant(?:en|er|erna|ene)?|befragte\w*)\b`,
  String.raw`\b(?:denies|denied|denying) (?:any |current |active |ongoing |further )*(?:si|sh|hi|suicidal|self-harm|thoughts|intent|plans?)\b|\b(?:no|nil) (?:current |active )?si ?/ ?(?:hi|sh)\b`,
  String.raw`\b(?:the (?:play|show|production|musical)(?:'s (?:subject|theme)| is about| deals with| explores)|post-show (?:talks?|discussions?|q&a)|wellbeing (?:lead|plan|note|check-out) for the (?:cast|company|run))\b`,
  // English: props and decorations (an escape room's fake noose, a Halloween rope): a thing on a set
  String.raw`\b(?:fake|prop|replica|plastic|toy|rubber|decorative|halloween|costume) (?:noose|rope|gun|pistol|knife|blade|pills|blood|gallows)\b|\b(?:noose|gallows|gun|knife|rope) (?:prop|decoration|replica)s?\b`,
  // English: shows, sales and games that end ("the series finale airs tonight, everything ends")
  String.raw`\b(?:finale|season \d+|the (?:series|season|show|sale|offer|auction|tournament|campaign|giveaway|contest)|(?:flash |clearance )?sale|discount|promo(?:tion)?|early bird|registration|voting)\b`,
  // Other languages: volunteers, training, shifts and rotas of prevention lines
  String.raw`\b(?:soy voluntari[oa]|somos voluntari[oa]s|voluntari[oa]s? (?:de|del|en)|formacion (?:de|para|sobre)|capacitacion|turnos? (?:de|del)|sou voluntari[oa]|voluntari[oa]s do|treinamento|escala de|benevoles?|formation|permanences?|ehrenamtlich\w*|schulung|fortbildung|dienstplan|volontari[oa] (?:di|del|al|presso)|sono volontari[oa]|corso di formazione|turni (?:di|del)|vrijwilliger\w*|training voor|rooster|wolontariusz\w*|szkolenie|gonullu\w*|egitim)\b`,
  // Any language: work on classifiers, evaluations and moderation of this content
  String.raw`\b(?:false (?:negatives?|positives?)|faux (?:negatifs|positifs)|falsos (?:negativos|positivos)|falsi (?:negativi|positivi)|falsch[- ]?(?:negativ|positiv)\w*|recall (?:of|on|for|is|was|at|\d)|precision (?:of|on|for|is|was|at|\d)|classifier|classificateur|clasificador|classificatore|klassifikator|evals?|evaluation|benchmark|dataset|training (?:data|examples?|set)|labell?ed|annotat\w*|moderation|safeguarding (?:policy|procedure|lead|training)|policy (?:on|about|for)|(?:reports?|cases|tickets|flags) (?:of|about|were|escalated)|escalated|(?:the |le |el |o |il |das )?(?:model|modele|modelo|modello|modell) (?:misses|rate|falla|erra|sbaglia|verfehlt|flags|detects))\b`,
  // English: fiction, quotation, news
  String.raw`\b(?:novel|fiction(?:al)?|short story|fanfic\w*|screenplay|(?:the|my|a) script|(?:the|my|a|his|her|main) character|protagonist|narrator|antagonist|the plot|chapter \d+|(?:this|the|next|last) chapter|(?:this|the|a) scene (?:where|in)|(?:the|a|this|that) [\w-]+ scene\b|(?:his|her|their|[a-z]+'s) (?:character )?arc\b|in (?:a|the|this) (?:film|movie|book|show|game|play)|(?:a|the|this) (?:film|movie|book|show|play|song|poem) (?:about|where|in which|called)|poems?|poetry|lyrics|memoirs?|quote|quoting|hamlet|shakespeare|ophelia|romeo|juliet|(?:an|my|the|this) essay (?:on|about)|(?:an|the|this) article|news (?:article|report|story|outlet)|in the news|headline|(?:it was|was|were|has been|police) reported|according to|journalist|documentary|obituary|history class|video game|roleplay|role-play)\b`,
  // Spanish, Portuguese
  String.raw`\b(?:investigacion|investigador\w*|(?:un|el|este|nuestro) estudio (?:sobre|de)|estadisticas?|encuesta|prevencion del suicidio|campana de prevencion|voluntari[oa]s? (?:en|de)|capacitacion|taller (?:de|sobre)|curso (?:de|sobre)|como (?:enfermer[oa]|psicolog[oa]|terapeuta|medic[oa]|investigador[a]?|consejer[oa]|voluntari[oa])|mis pacientes|novela|cuento|personaje|(?:una|la|esta) pelicula|(?:una|la|esta) cancion|poema|articulo|(?:una|la) noticia (?:sobre|de que)|periodico|guion)\b`,
  String.raw`\b(?:pesquisa|pesquisador\w*|(?:um|o|este|nosso) estudo (?:sobre|de)|estatisticas?|prevencao do suicidio|setembro amarelo|voluntari[oa]s? (?:no|do|da|em)|treinamento|curso (?:de|sobre)|oficina (?:de|sobre)|como (?:enfermeir[oa]|psicolog[oa]|terapeuta|medic[oa]|voluntari[oa])|meus pacientes|(?:um|o|meu) romance|conto|personagem|(?:um|o|esse|este) filme|poema|(?:um|o|esse) livro|artigo|(?:uma|a) noticia (?:sobre|de que)|jornal|roteiro)\b`,
  // French, German, Italian, Dutch
  String.raw`\b(?:recherche sur|chercheu\w*|(?:une|l'|cette) etude (?:sur|de)|statistiques?|prevention du suicide|benevol\w*|formation (?:sur|de)|atelier|en tant que (?:infirmier|infirmiere|psychologue|therapeute|medecin|chercheu\w*|benevole)|mes patients|(?:un|le|mon) roman|personnage|(?:un|le|ce) film|chanson|poeme|(?:un|le|ce) livre|(?:un|l'|cet) article|scenario)\b`,
  String.raw`\b(?:forschung|(?:eine|die|unsere) studie|statistik\w*|suizidpravention|pravention\w*|ehrenamt\w*|freiwillig\w*|schulung|fortbildung|seminar|als (?:krankenschwester|pfleger\w*|psycholog\w*|therapeut\w*|arzt|arztin|forscher\w*)|meine patient\w*|(?:ein|der|mein|im) roman|romanfigur|(?:die|eine) figur|(?:ein|der|im) film|(?:ein|das|im) lied|gedicht|(?:ein|das|im) buch|(?:ein|der|im) artikel|nachrichten|zeitung|drehbuch)\b`,
  String.raw`\b(?:ricerca|ricercat\w*|(?:uno|lo|questo) studio (?:su|sul|sulla)|statistiche|prevenzione|volontari\w*|formazione|come (?:infermier[ea]|psicolog[oa]|terapeuta|medico|volontari[oa])|i miei pazienti|romanzo|racconto|personaggio|(?:una|la) canzone|poesia|(?:un|il) libro|articolo|(?:una|la) notizia|giornale|sceneggiatura)\b`,
  String.raw`\b(?:onderzoek|statistiek\w*|preventie|vrijwillig\w*|cursus|personage|(?:een|het) boek|artikel|nieuws)\b`,
  // Russian, Polish, Turkish
  String.raw`(?:исследован|статистик|профилактик|волонтер|тренинг|в романе|персонаж|в фильме|в книге|в статье|новост|отчет смены|смены телефона доверия|абонент|дежурн\S* (?:психолог|врач|специалист)|план\S* безопасности)`,
  String.raw`\b(?:badani\w*|statystyk\w*|prewencj\w*|profilaktyk\w*|wolontariusz\w*|szkoleni\w*|powiesc\w*|postac\w*|ksiazk\w*|artykul\w*|wiadomosci)\b`,
  String.raw`\b(?:arastirma\w*|istatistik\w*|onleme|gonullu\w*|egitim\w*|romanda|karakter\w*|filmde|kitapta|makale\w*|haberlerde|haberde)\b`,
  // Japanese, Chinese, Korean
  String.raw`研究|統計|予防|ボランティア|相談員|研修|講座|小説|キャラクター|登場人物|物語|映画|ドラマ|歌詞|記事|ニュース|論文`,
  String.raw`研究|统计|预防|預防|志愿者|志願者|义工|義工|培训|培訓|小说|小說|角色|故事|电影|電影|歌词|文章|新闻|新聞|论文|論文`,
  String.raw`연구|통계|예방|자원봉사|상담원|소설|캐릭터|등장인물|영화|드라마|가사|기사|뉴스|논문`,
  // The languages added in the fourth round: novels, characters, chapters, research, statistics,
  // volunteers, articles and news (Thai, Tagalog, Vietnamese, Indonesian, Swahili, Czech, Romanian,
  // Swedish; then Ukrainian, Greek, Hebrew, Hindi, Arabic).
  String.raw`นิยาย|ตัวละคร|บทที่ ?\d|งานวิจัย|สถิติ|อาสาสมัคร|รายงานข่าว|เรื่องสั้น`,
  String.raw`\b(?:nobela|karakter|kabanata|pananaliksik|estadistika|boluntaryo|tieu thuyet|nhan vat|chuong \d+|nghien cuu|thong ke|tinh nguyen vien|bai bao|ban tin|cerpen|tokoh (?:utama|cerita)|bab \d+|penelitian|statistik|relawan|riwaya|mhusika|sura ya|utafiti|takwimu|roman(?:u|ul|ului)?|postav[aeuy]|kapitol[ae]?|kapitel|capitol(?:ul)?|vyzkum\w*|cercetar\w*|statistic\w*|dobrovoln\w*|voluntar\w*|volontar\w*|clan(?:ek|ku)|articol\w*|personaj\w*|romanfigur\w*|karaktar\w*|forskning\w*|studie\w*|nyheter)\b`,
  // Eighth-round languages: novels and chapters, volunteers and training, research.
  String.raw`నవల|అధ్యాయం|స్వయంసేవక|સ્વયંસેવક|તાલીમ|स्वयंसेवक|तालिम|ਨਾਵਲ|ਵਲੰਟੀਅਰ|\b(?:vrywillig\w*|opleiding|navorsing|dobrovoln\w*|skolenie|vabatahtlik\w*|koolitus|brivpratig\w*|savanor\w*|vullnetar\w*|trajnim\w*|sjalfbodalid\w*|gwirfoddol\w*|hyfforddiant|boluntario|adestramento)\b`,
  // ch1-round languages: prevention, training and volunteers (Armenian, Georgian, Azerbaijani,
  // Kurmanji, Sorani, Tamil, Bengali, Kannada, Malayalam).
  String.raw`կանխարգել|դասընթաց|կամավոր|პრევენცი|ტრენინგ|მოხალისე|\b(?:profilaktika|təlim\w*|konullu\w*|perwerde\w*|pesilegirtin\w*|dilxwaz\w*)\b|ڕاهێنان|خۆبەخش|தன்னார்வ|பயிற்சி|স্বেচ্ছাসেবক|প্রশিক্ষণ|ಸ್ವಯಂಸೇವಕ|ತರಬೇತಿ|സന്നദ്ധ|പരിശീലന`,
  String.raw`роман|персонаж|розділ|дослідж|статистик|волонтер|статт[яі]|новин|μυθιστορημα|ηρωας|ηρωιδα|χαρακτηρα|κεφαλαιο|ερευνα|στατιστικ|εθελοντ|αρθρο|ειδησεις|רומן|דמות|בפרק|פרק \d|מחקר|סטטיסטיק|מתנדב|כתבה|חדשות|उपन्यास|किरदार|अध्याय|शोध|आंकड़|स्वयंसेवक|कहानी|رواية|الشخصية|الفصل|دراسة|احصائيات|متطوع|مقال|الاخبار`,
]);

/** Where a clause's own speaker starts: its start, a colon or comma, or a joining word. */
const JOIN = String.raw`(?:^|[,:;]|\b(?:and|but|so|yet|now|tonight|today|honestly|because|while|since))\s*`;
/** Words between the speaker and the phrase; a second "I" or a verb that quotes ("I added 'I want to die' to the fixtures") is not the speaker's own. */
const FILLER = String.raw`(?: (?!(?:i|added|typed|wrote|put|entered|listed|flagged|quoted?|said|say|says|hear|heard|tell|told|texted|posted|searched|like)\b)[\w']+){0,3}`;
const SPEAKER_BEFORE = new RegExp(String.raw`${JOIN}(?:i|i'm|im|i am|i've)${FILLER} $`);
const AT_JOIN = new RegExp(`${JOIN}$`);
const SPEAKER_PHRASE = /^(?:i|i'm|im|i am|i've)\b/;
const OWN = new Set<CrisisSignal>(['ideation', 'intent', 'plan', 'means']);

/**
 * The speaker's role frames a clause, but the speaker then says what they themselves want or have
 * planned ("I volunteer on that line and tonight I'm the one who wants to die", "I teach suicide
 * risk assessment and now: I have a plan and a date"): the role does not distance that. Words
 * inside the frame ("in my novel I want to die is the first line", "patients say I want to die")
 * do not follow a joining word, and are still distanced.
 */
export function speaksForSelf(clause: string, hits: readonly CueHit[]): boolean {
  for (const h of hits) {
    if (!OWN.has(h.signal) || h.weight < 0.5) continue;
    const at = clause.indexOf(h.phrase);
    if (at < 0) continue;
    const before = clause.slice(0, at);
    if (SPEAKER_PHRASE.test(h.phrase) ? AT_JOIN.test(before) : SPEAKER_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * Material about prevention work, not a person: training modules and roleplay scripts, what a
 * volunteer should do "when a caller says…", reporting guidelines, an announcement to everyone
 * affected, a translation, a bug in a helpline banner or button. An outgoing text with one of
 * these anywhere is discounted as a whole (crisis/screen.ts), as its clauses quote the words.
 */
export const WORK_FRAME = partedUnion([
  // a named prevention training announced (QPR, ASIST, safeTALK, gatekeeper, MHFA): its practice question is quoted
  String.raw`\b(?:qpr|asist|safetalk|gatekeeper|mental health first aid|mhfa|suicide prevention|suicide first aid)(?: \w+){0,2} (?:training|course|workshop|session|class)\b`,
  String.raw`\b(?:volunteers?|helpers?|listeners?|counsell?ors?|trainees?|moderators?|reporters?|journalists?|editors?) (?:should|must|need to|are trained to|learn to)\b|\b(?:helper|volunteer|caller|counsell?or|trainer|person|texter) ?:`,
  String.raw`\b(?:teaching|cpd|pshe|lesson|grand rounds?|journal club)\b(?: [\w']+){0,3} (?:is |will be )?(?:on|about|covers)\b`,
  String.raw`\b(?:training|workshop|roleplay|role-play|role play|curriculum|course|webinar) (?:reminder|script|notes?|materials?|slides?|module|session|scenario)\b|\b(?:module|lesson|unit) \d+\b|\broleplay \d+\b`,
  String.raw`\b(?:reporting|media|style|safe messaging) guid(?:elines?|ance)\b|\bguidelines? (?:apply|say|for the)\b|\bno method details\b|\b(?:suicide|self-harm)[- ]reporting\b`,
  String.raw`\b(?:when|if) an? (?:caller|texter|client|patient|student|pupil|person|user|service user|visitor|member|customer|participant|respondent|interviewee|resident|tenant|athlete|player|camper|learner) (?:says|tells|mentions|discloses|reports|writes|texts)\b|\b(?:anyone|those|people|staff|students|colleagues) (?:who are |who have been )?affected by\b`,
  String.raw`\b(?:banner|button|widget|dialog|modal|popup|pop-up|tooltip|link|cta|label|copy)\b.{0,60}\b(?:clipped|hidden|broken|does nothing|doesn'?t (?:open|show|work|load|render)|does not (?:open|show|work|load|render)|not (?:opening|showing|working|loading|rendering)|overlaps|truncated|cut off|misaligned)\b|\b(?:tapping|clicking|pressing) (?:the |on )?.{0,60}\bdoes nothing\b`,
  // a note to a stage company whose production is about suicide: its helpline numbers are for the company (the bz1 set)
  String.raw`\bthe (?:play|show|production|musical)(?:'s (?:subject|theme) is| is about| deals with| explores) (?:suicide|self-harm)\b`,
  String.raw`\b(?:wajitolea|simu ya msaada)\b|\b(?:translation|translated|tafsiri|traduccion|traducao|traduction|ubersetzung|traduzione) (?:of|for|ya|de|du|der|della) (?:the |our |la |el |a )?(?:helpline|hotline|crisis line|question|script|module|training|banner|volunteer\w*|swali)\b`,
]);

/** A question put to someone else ("are you thinking of suicide?"), quoted in the user's own message. */
export const QUESTION_TO_ANOTHER = /\b(?:are you|r u|have you been) (?:thinking|having thoughts) (?:about|of)\b/;

/** Idioms that use crisis words for something else; removed before cues are matched. */
export const IDIOM = partedUnion(
  [
    String.raw`\bkill(?:ing|ed|s)? (?:the|a|this|that|it|process|job|server|task|pid|container|pod|session|time|two birds|the lights|the engine|the mood|the vibe|switch)\b`,
    // A person "disappearing" into an illness is how families describe dementia, not a wish to vanish.
    String.raw`\b(?:disappear\w*|vanish\w*|fading away|slipping away) (?:into|to|with|behind) (?:the |her |his |their )?(?:dementia|alzheimer'?s|illness|disease|fog)\b`,
    String.raw`\bkilling it\b|\bdying to\b|\bdead tired\b|\bdeadlines?\b|\bdead (?:link|code|battery|end|lock|letter|weight|heat|serious|center|zone)\b|\bto die for\b|\bdie hard\b|\bkiller (?:app|feature|deal)\b|\bkill switch\b`,
    String.raw`\b(?:phone|battery|laptop|plant|car|server|process|pod|worker|daemon|container|build|job) (?:is |was |keeps )?(?:dying|died|dies)\b`,
    String.raw`\b(?:laugh(?:ing|ed)?|bored|scared|worried|freezing|tickled) (?:my ?self |me )?to death\b|\b(?:would|could) kill for (?:a|some)\b`,
    String.raw`\b(?:this|that|the|my) (?:bug|code|meeting|build|commute|heat|traffic|test|exam|class|job|week|wait|deadline|back|boss|project|game|song) (?:is|was|are) (?:literally )?killing me\b|\byou'?re killing me\b|\bi could (?:just )?die (?:of|from) (?:embarrassment|shame|laughter)\b|\bover my dead body\b|\b(?:be )?the death of (?:me|him|her|them|you|us)\b|\bdie on (?:that|this|the) hill\b|\b(?:die|dying|died|dead) (?:of )?laugh\w*\b|\bcould sleep forever\b`,
    String.raw`\b(?:could|would|gonna|going to|i'?ll) (?:just )?kill (?:my ?self|him|her|them|you) (?:for|over|if)\b|\bkick myself\b`,
    // Self-reproach over a slip ("forgot to push the fix, I could kill myself") and things that
    // are "killing me"; not after "I think / I feel like / I'm scared", not with a time or a way.
    String.raw`(?<!(?:think|feel like|afraid|scared|worried|sure|know|fear|swear) )\bi could (?:just |literally |honestly )?kill myself\b(?! (?:tonight|now|today|right now|with|and end|if i|by))`,
    String.raw`\b(?:it|this|that|the \w+|this \w+|that \w+|these \w+|my \w+)(?:'s| is| are| was) (?:literally |absolutely |honestly |actually |slowly )?killing me\b`,
    String.raw`\b(?:ce|cet|cette|ces|le|la|les|mon|ma|mes|ton|ta|son|sa) [\w'-]+(?: [\w'-]+){0,3} (?:va|vont|allait|finira par) me tuer\b|\b(?:ca|il|elle) (?:va )?me tuer?\b(?! (?:ce soir|demain))`,
    String.raw`\b(?:este|esta|estos|estas|el|la|los|las|mi) \w+(?: \w+){0,3} me (?:esta|estan|va a|van a) matar(?:ando)?\b|\bme (?:esta|estan) matando\b`,
    String.raw`\b(?:esse|essa|este|esta|o|a|meu|minha) \w+(?: \w+){0,3} (?:esta|ta|vai) me mata(?:r|ndo)\b|\b(?:esta|ta) me matando\b`,
    String.raw`\b(?:questo|questa|il|la|lo|mio|mia) \w+(?: \w+){0,3} mi (?:sta uccidendo|uccide|ammazza|fara morire)\b`,
    String.raw`\b(?:der|die|das|dieser|diese|dieses|mein|meine) \w+(?: \w+){0,3} bringt mich (?:noch )?um\b|\bmnie (?:zabija|wykonczy)\b`,
    String.raw`меня убива\S*|때문에\s?죽겠`,
    String.raw`\bsuicide (?:squad|doors|mission|run|burn|king|linux|squeeze|blonde)\b|\bend it (?:here|there) for today\b|\bjump(?:ing)? off (?:the|a) (?:diving board|call|meeting)\b`,
    String.raw`\bme muero (?:de|por) (?:risa|hambre|sueno|ganas|calor|frio|verguenza|ver|saber|ir)\b|\bmuert[oa] de (?:risa|hambre|sueno|cansancio)\b|\bme mata (?:de risa|este|esta)\b`,
    String.raw`\bmorrendo de (?:rir|fome|sono|calor|vontade|saudade)\b|\bmorri de rir\b|\b(?:to|estou) mort[oa] de (?:cansaco|fome)\b`,
    String.raw`\bmort de rire\b|\bje meurs de (?:faim|soif|chaud|froid|rire|envie)\b|\bmdr\b|\bca me tue\b`,
    String.raw`\b(?:sterbe|sterben) vor (?:hunger|langeweile|lachen|durst|neugier)\b|\btodmude\b|\bzu tode (?:gelangweilt|erschrocken)\b|\bbist du lebensmude\b`,
    String.raw`\bmuoio (?:di|dal|dalle) (?:fame|sonno|caldo|freddo|risate|ridere|voglia)\b|\bmort[oa] di (?:fame|sonno)\b|\bmi fa morire (?:dal ridere|dalle risate)\b`,
    // Hunger, laughter, boredom, embarrassment "to death" in any language, and a laugh right after
    // the words ("this bug makes me want to die lol").
    String.raw`\b(?:hungry|starving|faim|hambre|fome|fame|hunger|honger|thirsty|soif|sed|sede|durst|dorst|bored|ennui|aburrid[oa]|tedio|noia|langeweile|verveling|laugh\w*|rire|risa|rir|ridere|risate|lachen|embarrass\w*|honte|verguenza|vergonha|vergogna|sleepy|sommeil|sueno|sono|sonno|cold|froid|frio|freddo|kalt|hot|chaud|calor|caldo|heiss)\b[^.!?\n]{0,30}\b(?:could die|gonna die|going to die|pourrais mourir|vais mourir|meurs|morir\w*|muero|morrer|morro|morrendo|morire|muoio|morendo|sterbe|sterben|doodga\w*)\b`,
    String.raw`\b(?:want to die|wanna die|could die|gonna die|going to die|kill me now|i'?m dead|just kill me)\b[^.!?\n]{0,4}(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe|jk|xd|kidding|jaja\w*|kkk\w*|mdr|ptdr)\b|😂|🤣|😅|😆|💀|😭)`,
    String.raw`\b(?:bug|bugs|build|code|meeting|meetings|test|tests|deploy|pipeline|ci|compiler|linter|webpack|typescript|merge conflicts?|standup|traffic|commute|exam|homework|spreadsheet|excel|jira|error|regex|css|printer|wifi|weather|heat|queue) (?:\w+ )?(?:makes?|made|is making) me (?:want to|wanna) (?:die|kill myself)\b`,
    String.raw`\b(?:i'?d|i would|i'?d much) rather die than\b|\bkill me now\b`,
    String.raw`\bsto morendo dal ridere\b|\bmort[oa] dal ridere\b|\bumieram ze smiechu\b|\bgulmekten ol\w*\b|\bdoodga(?:an|at) van het lachen\b|笑い死に`,
    String.raw`\bdood(?:moe|op)\b|\bik ga dood van de (?:honger|dorst)\b`,
    String.raw`умираю (?:от|с) (?:голода|смеху|скуки)|убить время`,
    String.raw`死ぬほど|死ぬかと思った|死ぬ気で`,
    String.raw`笑死|累死|饿死|餓死|热死|熱死|冷死|气死|氣死|忙死|烦死|煩死|困死|想死(?:你|妳|您|我了|他|她)`,
    String.raw`(?:배고파|피곤해|졸려|더워|추워|힘들어|웃겨)\s?죽겠`,
    // Fourth-round languages: hot, hungry, tired, laughing, bored "to death"; crazy about something.
    String.raw`(?:ร้อน|หิว|เหนื่อย|ขำ|ง่วง|หนาว|เบื่อ|อาย|เผ็ด|หนัก)(?:มาก)?(?:จน)?(?:จะ)?ตาย|ตายแน่ๆ?`,
    String.raw`\bpatay na patay\b|\b(?:namamatay|mamatay|mamamatay) (?:na )?(?:ako )?sa (?:gutom|kakatawa|tawa|inip|antok|init|kilig)\b`,
    String.raw`\b(?:met|doi|nong|lanh|so|cuoi|buon cuoi|buon ngu|chan|xau ho|ngai) (?:muon |gan |sap )?chet\b`,
    String.raw`\bsetengah mati\b|\bmati (?:gaya|ketawa|kutu)\b|\b(?:lapar|capek|cape|ngantuk|bosan|panas) (?:banget )?(?:mau |sampai )mati\b|\bkufa kwa (?:kicheko|njaa)\b`,
    String.raw`\bumiram (?:hlady|smichy|nudou|zizni|vedrem)\b|\bk smrti (?:unaven\w*|nudn\w*|vydesen\w*)\b|\bzabi(?:t|jet|jim) cas\b|\bumieram (?:z glodu|z nudow|ze smiechu)\b|\bzabic czas\b`,
    String.raw`\bmor de (?:ras|foame|sete|plictiseala|somn|cald|frig|nerabdare)\b|\bmor dupa\b|\bm-am omorat de ras\b|\bacliktan oluyorum\b|\bcan sikintisindan ol\w*`,
    String.raw`помираю (?:від|з) (?:сміху|голоду|нудьги)|вбити час|πεθαινω (?:της πεινας|απο (?:την )?πεινα|στα γελια)|πεθανα (?:στα γελια|απο τα γελια)|מת(?:ה|ים)? (?:מצחוק|מרעב|משעמום|מעייפות|על)`,
    String.raw`(?:भूख|हंसी|हँसी|बोरियत) से मर|\b(?:hasi|hansi|bhookh|bhook) se mar\w*|(?:اموت|ميت|ميتة|متت) من (?:الضحك|الجوع|التعب|الملل)|\bdodstrott\b|\bdor av (?:skratt|tristess|hunger)\b|\bskrattade ihjal\b|\bihjalstressad\b`,
    // Sixth-round languages (lexicon/wider-world.ts): dying of laughter, hunger, boredom.
    String.raw`\bmeghalok a (?:nevetestol|rohogestol|unalomtol|hosegtol)\b|\bhalalra (?:unom|untam|rohogtem|nevettem)\b|\behen halok\b|\bkuolen (?:nalkaan|nauruun|tylsyyteen)\b|\bnauroin itseni kuoliaaksi\b|\b(?:dor|do) (?:af|av) (?:grin|latter|sult|kedsomhed|kjedsomhet)\b`,
    String.raw`\bumir(?:em|ao sam|ala sam|em) od (?:smeha|smijeha|dosade|gladi)\b|\bcrkoh od smeha\b|\bem moro de (?:gana|riure|fred|calor|son|vergonya)\b|\bm'he mort de riure\b|\bmort de (?:riure|gana|son)\b|\bmati (?:kebosanan|kelaparan)\b|\b(?:nak )?mati (?:gelak|ketawa)\b`,
    // Eighth-round languages (lexicon/south-asia-more.ts, africa.ts, europe-more.ts, ...): dying of
    // laughter, hunger, heat, tiredness or boredom.
    String.raw`ਹੱਸ ਹੱਸ ਕੇ ਮਰ|હસી હસીને મર|నవ్వి నవ్వి చచ్చ|ನಕ್ಕು ನಕ್ಕು ಸತ್ತ|ಹಸಿವಿನಿಂದ ಸಾಯ|ചിരിച്ചു ചിരിച്ചു ചത്ത|(?:भोकले|हाँसेर|हाँसी हाँसी) मर|හිනාවෙලා හිනාවෙලා මැරු|ရယ်ရလွန်းလို့ သေ|សើចស្ទើរស្លាប់|(?:ຮ້ອນ|ຫິວ|ເມື່ອຍ|ຫົວ|ຫົວຂວັນ)(?:ຈົນ)?ຈະຕາຍ|በሳቅ ሞት|სიცილით მოვკვდ|ծիծաղից մեռ|күлкіден өл|инээгээд үх|умирам од (?:смеење|смеа|глад)|(?:攰|餓|熱|笑|悶|忙|凍|癐)到死`,
    String.raw`\bqosol (?:ayaan|baan) u dhintay\b|\bmutuwa da dariya\b|\b(?:doodgelag|lag my dood|lag my amper dood)\b|\bsuren (?:naerda|igavusse|nalga)\b|\bnomirsu no (?:smiekliem|garlaicibas|bada)\b|\bmirstu is (?:juoko|bado|nuobodulio)\b|\bumieram (?:od|na) (?:smiechu|smiech|hladu|nudy)\b|\bumiram od (?:smeha|lakote|dolgcasa)\b|\b(?:vdiqa|vdes|po vdes) (?:se|nga) (?:qeshuri|uria)\b|\bpo vdes urie\b|do ur hlatri|\bfarw o chwerthin\b|\bbarrez lehertu\b|\bmorr(?:in|o|endo) de (?:risa|rir|fame|sono|calor)\b|\bmitt bid-da(?:ħ|h)k|gülməkdən öl|\bkulgidan o(?:'|\u02bb)?ld\w*|\b(?:m ap|mwen ap|fe m) mouri ri\b|\bnamatay (?:ako )?sa (?:kakatawa|tawa|gutom)\b|\bmt b ?d(?:h)?7k\b|\bmitt? mn el da7ek\b`,
    String.raw`умирам от (?:смях|скука|глад)|умрях от смях|умирем од (?:смеха|досаде|глади)|از (?:خنده|گرسنگی) (?:مردم|میمیرم|می‌میرم|دارم میمیرم|ترکیدم)|ہنس ہنس (?:کے|کر) مر|\bhass? hass? (?:ke|kar) mar\w*|\bbore ho (?:ke|kar) mar\w*|\b(?:mot|mout|moot|mayet|mayta) (?:men|mn|mel) (?:el )?(?:da7k|d7k|7ar|goo3)\b|சிரித்து சிரித்து செத்து|சிரிச்சு செத்து|हसून हसून मेल|भुकेने मर`,
  ],
  'g',
);

/**
 * A negation in the three words before a negatable cue (within the clause, after the last comma).
 * "not okay" / "not fine" / "not sure" are statements of distress or doubt, not negations.
 */
const NEGATORS = new Set([
  'not', 'never', "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "won't", 'wont', "wouldn't", 'wouldnt', "isn't", "wasn't", 'nor', 'no',
  'nunca', 'jamas', 'nao', 'jamais', 'nem', 'ni', 'pas', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'non', 'mai', 'niet', 'nooit', 'geen', 'не', 'никогда',
]);
const NOT_NEGATED = new Set(['ok', 'okay', 'fine', 'well', 'good', 'alright', 'sure', 'one']);

export function negatedBefore(clause: string, index: number): boolean {
  if (index === 0) return false;
  let start = Math.max(0, index - 40);
  const comma = clause.lastIndexOf(',', index);
  if (comma >= start) start = comma + 1;
  const words = clause.slice(start, index).trim().split(/\s+/);
  for (let i = Math.max(0, words.length - 3); i < words.length; i++) {
    if (NEGATORS.has(words[i]) && !NOT_NEGATED.has(words[i + 1] ?? '')) return true;
  }
  return false;
}
