import { topicCues } from './topic.js';

// Broad topic cues in Latin-script languages (see topic.ts). Written as normalize() leaves text:
// lowercase, no accents, ł→l, ı→i.

export const TOPIC_EN = topicCues('en', {
  ideation: [String.raw`(?:to|will|gonna|could|might|wanna|i'?ll|should|just|and|then|i) die`, String.raw`dying`, String.raw`death`, String.raw`not (?:wake|waking) up`, String.raw`disappear(?:ing)?`, String.raw`vanish(?:ing)?`, String.raw`stop existing`, String.raw`gone for good`, String.raw`end (?:it|things|everything)(?: all)?`, String.raw`ending (?:it|things|everything)`, String.raw`over soon`, String.raw`the end of (?:me|the road|the line)`, String.raw`rest forever`, String.raw`sleep forever`],
  farewell: [String.raw`goodbye`, String.raw`good-bye`, String.raw`farewell`, String.raw`(?:my )?(?:last|final) (?:message|words|letter|post|email)`, String.raw`one last (?:time|thing|message)`, String.raw`remember me`, String.raw`forgive me`, String.raw`love you (?:always|forever)`],
  burden: [String.raw`burden`, String.raw`better off without`, String.raw`(?:everyone|everybody|they|you all) (?:would|'?d) be better off`, String.raw`in everyone'?s way`, String.raw`dragging (?:everyone|you|them) down`, String.raw`ruin(?:ing)? everything`],
  hopelessness: [String.raw`hopeless`, String.raw`pointless`, String.raw`no point`, String.raw`no way out`, String.raw`no future`, String.raw`trapped`, String.raw`(?:so|feel|feeling|i'?m|totally|just) numb`, String.raw`empty inside`, String.raw`worthless`, String.raw`tired of (?:living|life|everything|it all|all of (?:it|this)|being alive|fighting)`, String.raw`exhausted (?:with|of|by) (?:life|everything|living)`, String.raw`(?:had|have had) enough`, String.raw`can'?t (?:anymore|go on|keep going|do it anymore)`, String.raw`nothing left`, String.raw`give up`, String.raw`giving up`],
  means: [String.raw`pills`, String.raw`razor blades?`, String.raw`overdos(?:e|ed|ing)`, String.raw`sleeping (?:pills|tablets)`, String.raw`painkillers`, String.raw`\d+ ?(?:mg|tablets|pills|capsules)`, String.raw`(?:whole|entire) (?:bottle|box|pack|packet)`, String.raw`stockpil(?:e|ed|ing)`, String.raw`how many (?:\w+ ){0,2}(?:boxes|packs|packets|bottles) (?:can|could|will) (?:i|you|they) (?:order|buy|get)`, String.raw`(?:the most|the max(?:imum)?) (?:\w+ ){0,3}(?:they|a pharmacy|a chemist|a shop|the shop|you) (?:will|can|'?ll) (?:sell|let me)`, String.raw`how many (?:\w+ ){0,2}(?:can|could) (?:you|i) order (?:online )?at once`, String.raw`lethal (?:dose|amount)`, String.raw`(?:a|my|the|his|her|dad'?s) gun`, String.raw`pistol`, String.raw`rifle`, String.raw`(?:a|the|some) rope`, String.raw`noose`],
  height: [String.raw`(?:the|a|that) bridge`, String.raw`rooftop`, String.raw`(?:the|a) roof`, String.raw`the ledge`, String.raw`the cliffs?`],
  method: [String.raw`(?:train|railway|rail) tracks`, String.raw`jump(?:ing)? (?:off|from|in front)`, String.raw`hang(?:ing)? (?:myself|himself|herself)`, String.raw`drown(?:ing|ed)?`, String.raw`into the (?:river|sea|lake|water)`, String.raw`walk into`, String.raw`car exhaust`],
  self_harm: [String.raw`cut(?:ting)? (?:myself|himself|herself|themselves)`, String.raw`cutting again`, String.raw`self[- ]harm(?:ing)?`, String.raw`hurt(?:ing)? (?:myself|himself|herself)`, String.raw`burn(?:ing)? (?:myself|himself|herself)`, String.raw`(?:my|new|fresh|the) scars`],
  absence: [String.raw`(?:won'?t|will not|wont|not going to) be (?:around|here|there)(?! (?:this|next|on|until|till|for (?:a|the|\d)|today|tomorrow|tonight|at|when|during|in the))`, String.raw`not be (?:around|here) (?:for|much|long)`, String.raw`after i'?m gone`, String.raw`when i'?m gone`, String.raw`no longer (?:be )?(?:around|here)`, String.raw`miss me`],
  giving_away: [String.raw`giv(?:e|ing) away (?:my|all|everything)`, String.raw`(?:gave|gives|given|giving) (?:[\w']+ ){1,3}away`, String.raw`give (?:you|her|him|them) my`, String.raw`you can have (?:my|all)`, String.raw`free to a good home`, String.raw`won'?t need (?:it|them|any)`],
  plan: [String.raw`(?:my|last) will`, String.raw`testament`, String.raw`life insurance`, String.raw`(?:insurance|pension) (?:policy|payout|beneficiary)`, String.raw`beneficiar(?:y|ies)`, String.raw`funeral`, String.raw`who (?:gets|takes|will take|will look after|looks after) (?:the|my) (?:dog|cat|pets?|kids|plants)`, String.raw`look after (?:the|my) (?:dog|cat|pets?)`, String.raw`(?:affairs|things) in order`, String.raw`my passwords`, String.raw`note for (?:my|the) family`],
}, true);

export const TOPIC_ES = topicCues('es', {
  ideation: [String.raw`morir(?:me)?`, String.raw`muerte`, String.raw`desaparecer`, String.raw`dejar de existir`, String.raw`acabar con todo`, String.raw`terminar con todo`, String.raw`no despertar`, String.raw`dormir para siempre`],
  farewell: [String.raw`adios`, String.raw`despedid[ao]`, String.raw`despedirme`, String.raw`(?:ultimo|ultima) (?:mensaje|carta)`, String.raw`perdon(?:adme| por todo)`, String.raw`recuerdame`],
  burden: [String.raw`una carga`, String.raw`estorbo`, String.raw`mejor sin mi`],
  hopelessness: [String.raw`sin esperanza`, String.raw`no hay salida`, String.raw`no tiene sentido`, String.raw`sin sentido`, String.raw`cansad[ao] de (?:vivir|todo|la vida)`, String.raw`ya no puedo`, String.raw`no puedo mas`, String.raw`vaci[ao] por dentro`, String.raw`no valgo nada`],
  means: [String.raw`pastillas`, String.raw`sobredosis`, String.raw`somniferos`, String.raw`\d+ ?(?:pastillas)`, String.raw`pistola`, String.raw`(?:un|el|mi|uma|a|minha) arma`, String.raw`cuerda`, String.raw`soga`, String.raw`cuchilla`],
  height: [String.raw`puente`, String.raw`azotea`, String.raw`tejado`, String.raw`acantilado`, String.raw`vias del tren`],
  method: [String.raw`tirarme`, String.raw`saltar`, String.raw`ahorcar(?:me)?`, String.raw`ahogar(?:me)?`],
  self_harm: [String.raw`cortarme`, String.raw`autolesion(?:es)?`, String.raw`hacerme dano`],
  absence: [String.raw`ya no (?:estare|voy a estar)`, String.raw`no estare (?:aqui|mas)`, String.raw`cuando (?:yo )?no este`],
  giving_away: [String.raw`regalar (?:mis|todo)`, String.raw`regalo (?:mis|todo)`, String.raw`quedate con (?:mi|mis)`, String.raw`no (?:lo|los|las) voy a necesitar`],
  plan: [String.raw`testamento`, String.raw`seguro de vida`, String.raw`funeral`, String.raw`entierro`, String.raw`quien cuida(?:ra)? (?:a )?(?:mi|el) (?:perro|gato)`, String.raw`mis contrasenas`],
}, true);

export const TOPIC_PT = topicCues('pt', {
  ideation: [String.raw`morrer`, String.raw`morte`, String.raw`desaparecer`, String.raw`deixar de existir`, String.raw`acabar com tudo`, String.raw`nao acordar`, String.raw`dormir para sempre`],
  farewell: [String.raw`adeus`, String.raw`despedida`, String.raw`me despedir`, String.raw`(?:ultima|ultimo) (?:mensagem|carta)`, String.raw`perdao por tudo`, String.raw`me perdoem`, String.raw`lembrem de mim`],
  burden: [String.raw`um peso para`, String.raw`(?:um )?fardo`, String.raw`melhor sem mim`],
  hopelessness: [String.raw`sem esperanca`, String.raw`nao ha saida`, String.raw`sem saida`, String.raw`sem sentido`, String.raw`cansad[ao] de (?:viver|tudo|a vida)`, String.raw`nao aguento mais`, String.raw`vazi[ao] por dentro`],
  means: [String.raw`comprimidos`, String.raw`remedios`, String.raw`overdose`, String.raw`\d+ ?(?:comprimidos)`, String.raw`(?:un|el|mi|uma|a|minha) arma`, String.raw`(?:uma|una|la|a) corda`, String.raw`lamina`],
  height: [String.raw`(?:da|na|dal|sul|dalla) ponte`, String.raw`telhado`, String.raw`terraco`, String.raw`penhasco`, String.raw`trilhos do trem`],
  method: [String.raw`pular`, String.raw`me jogar`, String.raw`me enforcar`, String.raw`afogar`],
  self_harm: [String.raw`me cortar`, String.raw`automutilacao`, String.raw`me machucar`],
  absence: [String.raw`nao vou (?:mais )?estar (?:aqui|por aqui)`, String.raw`quando eu (?:nao estiver|partir)`],
  giving_away: [String.raw`doar (?:minhas|meus|tudo)`, String.raw`dar (?:minhas|meus) coisas`, String.raw`fica com (?:meu|minha|meus|minhas)`],
  plan: [String.raw`testamento`, String.raw`seguro de vida`, String.raw`funeral`, String.raw`enterro`, String.raw`quem cuida(?:ra)? d[oa] (?:meu|minha)? ?(?:cachorro|gato|gata)`, String.raw`minhas senhas`],
}, true);

export const TOPIC_FR = topicCues('fr', {
  ideation: [String.raw`mourir`, String.raw`la mort`, String.raw`disparaitre`, String.raw`ne plus exister`, String.raw`en finir`, String.raw`tout arreter`, String.raw`ne pas me reveiller`, String.raw`dormir pour toujours`],
  farewell: [String.raw`adieu`, String.raw`au revoir a tous`, String.raw`(?:dernier|derniere) (?:message|lettre)`, String.raw`pardon(?:nez-moi| pour tout)`, String.raw`souvenez-vous de moi`],
  burden: [String.raw`(?:un )?fardeau`, String.raw`(?:une )?charge pour`, String.raw`mieux sans moi`],
  hopelessness: [String.raw`sans espoir`, String.raw`aucune issue`, String.raw`plus de sens`, String.raw`fatigue(?:e)? de (?:vivre|tout|la vie)`, String.raw`je n'en peux plus`, String.raw`j'en peux plus`, String.raw`vide a l'interieur`, String.raw`je ne vaux rien`],
  means: [String.raw`cachets`, String.raw`comprimes`, String.raw`medicaments`, String.raw`surdose`, String.raw`overdose`, String.raw`\d+ ?(?:comprimes|cachets)`, String.raw`fusil`, String.raw`pistolet`, String.raw`une corde`],
  height: [String.raw`(?:du|sur le|d'un) pont`, String.raw`(?:du|sur le) toit`, String.raw`falaise`, String.raw`voie ferree`],
  method: [String.raw`sauter`, String.raw`me pendre`, String.raw`me noyer`, String.raw`me jeter`],
  self_harm: [String.raw`me couper`, String.raw`scarifi\w*`, String.raw`automutilation`, String.raw`me faire du mal`],
  absence: [String.raw`je ne serai plus (?:la|ici)`, String.raw`quand je ne serai plus`],
  giving_away: [String.raw`donner (?:mes|toutes mes|tout)`, String.raw`garde(?:z)? (?:mon|ma|mes)`],
  plan: [String.raw`testament`, String.raw`assurance[- ]vie`, String.raw`funerailles`, String.raw`obseques`, String.raw`qui (?:gardera|s'occupera de) (?:mon|ma) (?:chien|chat|chienne|chatte)`, String.raw`mes mots de passe`],
}, true);

export const TOPIC_DE = topicCues('de', {
  ideation: [String.raw`sterben`, String.raw`(?:der|den|dem) tod`, String.raw`verschwinden`, String.raw`nicht mehr existieren`, String.raw`schluss machen`, String.raw`allem ein ende`, String.raw`nicht mehr aufwachen`, String.raw`fur immer schlafen`],
  farewell: [String.raw`lebewohl`, String.raw`abschied`, String.raw`verabschieden`, String.raw`(?:letzte|letzten) (?:nachricht|worte|brief)`, String.raw`verzeih(?:t)? mir`, String.raw`vergesst mich nicht`],
  burden: [String.raw`(?:eine )?last fur`, String.raw`(?:eine )?belastung`, String.raw`besser ohne mich`],
  hopelessness: [String.raw`hoffnungslos`, String.raw`sinnlos`, String.raw`keinen ausweg`, String.raw`kein ausweg`, String.raw`keinen sinn`, String.raw`lebensmude`, String.raw`mude vom leben`, String.raw`ich kann nicht mehr`, String.raw`leer innen`, String.raw`wertlos`],
  means: [String.raw`tabletten`, String.raw`pillen`, String.raw`uberdosis`, String.raw`schlaftabletten`, String.raw`\d+ ?(?:tabletten)`, String.raw`waffe`, String.raw`pistole`, String.raw`strick`, String.raw`ein seil`, String.raw`rasierklinge`],
  height: [String.raw`brucke`, String.raw`(?:vom|auf dem|aufs) dach`, String.raw`klippe`, String.raw`gleise`],
  method: [String.raw`springen`, String.raw`erhangen`, String.raw`ertrinken`, String.raw`vor den zug`],
  self_harm: [String.raw`ritzen`, String.raw`mich schneiden`, String.raw`selbstverletzung`, String.raw`mir weh tun`],
  absence: [String.raw`nicht mehr (?:da|hier) sein`, String.raw`wenn ich (?:weg|nicht mehr da) bin`],
  giving_away: [String.raw`verschenke (?:meine|mein|alles)`, String.raw`verschenken`, String.raw`behalte (?:meine|mein|meinen)`],
  plan: [String.raw`testament`, String.raw`lebensversicherung`, String.raw`beerdigung`, String.raw`wer (?:nimmt|kummert sich um) (?:meinen|meine|den|die) (?:hund|katze)`, String.raw`meine passworter`],
}, true);

export const TOPIC_IT = topicCues('it', {
  ideation: [String.raw`morire`, String.raw`la morte`, String.raw`sparire`, String.raw`scomparire`, String.raw`smettere di esistere`, String.raw`farla finita`, String.raw`non svegliarmi`, String.raw`dormire per sempre`],
  farewell: [String.raw`addio`, String.raw`(?:ultimo|ultima) (?:messaggio|lettera)`, String.raw`perdonatemi`, String.raw`perdono per tutto`, String.raw`ricordatevi di me`],
  burden: [String.raw`(?:un )?peso per`, String.raw`(?:un )?fardello`, String.raw`meglio senza di me`],
  hopelessness: [String.raw`senza speranza`, String.raw`nessuna via d'uscita`, String.raw`non ha senso`, String.raw`stanc[oa] di (?:vivere|tutto|la vita)`, String.raw`non ce la faccio piu`, String.raw`vuot[oa] dentro`, String.raw`non valgo niente`],
  means: [String.raw`pillole`, String.raw`pastiglie`, String.raw`compresse`, String.raw`overdose`, String.raw`\d+ ?(?:pillole|compresse)`, String.raw`pistola`, String.raw`(?:uma|una|la|a) corda`, String.raw`lametta`],
  height: [String.raw`(?:da|na|dal|sul|dalla) ponte`, String.raw`(?:dal|sul) tetto`, String.raw`scogliera`, String.raw`binari`],
  method: [String.raw`buttarmi`, String.raw`saltare`, String.raw`impiccarmi`, String.raw`annegare`],
  self_harm: [String.raw`tagliarmi`, String.raw`autolesionismo`, String.raw`farmi del male`],
  absence: [String.raw`non ci saro piu`, String.raw`quando non ci saro`],
  giving_away: [String.raw`regalare (?:le mie|i miei|tutto)`, String.raw`regalo (?:le mie|i miei|tutto)`, String.raw`tieni (?:il mio|la mia|i miei)`],
  plan: [String.raw`testamento`, String.raw`assicurazione sulla vita`, String.raw`funerale`, String.raw`chi si prendera cura del(?:la)? (?:mio|mia)? ?(?:cane|gatto|gatta)`, String.raw`le mie password`],
}, true);

export const TOPIC_NL = topicCues('nl', {
  ideation: [String.raw`sterven`, String.raw`dood gaan`, String.raw`verdwijnen`, String.raw`niet meer bestaan`, String.raw`er een eind aan maken`, String.raw`niet meer wakker worden`],
  farewell: [String.raw`vaarwel`, String.raw`afscheid`, String.raw`(?:laatste) (?:bericht|brief|woorden)`, String.raw`vergeef me`],
  burden: [String.raw`(?:een )?last voor`, String.raw`beter af zonder mij`],
  hopelessness: [String.raw`hopeloos`, String.raw`zinloos`, String.raw`geen uitweg`, String.raw`moe van (?:het leven|alles|leven)`, String.raw`levensmoe`, String.raw`ik kan niet meer`, String.raw`waardeloos`],
  means: [String.raw`pillen`, String.raw`tabletten`, String.raw`overdosis`, String.raw`slaappillen`, String.raw`\d+ ?(?:pillen|tabletten)`, String.raw`pistool`, String.raw`touw`, String.raw`scheermesje`],
  method: [String.raw`(?:van|op) de brug`, String.raw`(?:van|op) het dak`, String.raw`klif`, String.raw`op het spoor`, String.raw`springen`, String.raw`ophangen`, String.raw`verdrinken`, String.raw`voor de trein`],
  self_harm: [String.raw`mezelf snijden`, String.raw`zelfbeschadiging`, String.raw`mezelf pijn doen`],
  absence: [String.raw`niet meer (?:hier|er) zijn`, String.raw`als ik er niet meer ben`],
  giving_away: [String.raw`weggeven`, String.raw`geef (?:mijn|al mijn) \w+ weg`, String.raw`mag (?:mijn|al mijn) \w+ hebben`],
  plan: [String.raw`testament`, String.raw`levensverzekering`, String.raw`begrafenis`, String.raw`wie zorgt (?:er )?voor (?:mijn|de) (?:hond|kat)`, String.raw`mijn wachtwoorden`],
}, true);

export const TOPIC_PL = topicCues('pl', {
  ideation: [String.raw`umrzec`, String.raw`smierc`, String.raw`zniknac`, String.raw`przestac istniec`, String.raw`skonczyc z tym`, String.raw`nie obudzic sie`],
  farewell: [String.raw`zegnajcie`, String.raw`zegnaj`, String.raw`pozegnanie`, String.raw`(?:ostatnia|ostatni) (?:wiadomosc|list)`, String.raw`wybaczcie mi`],
  burden: [String.raw`ciezarem`, String.raw`lepiej beze mnie`],
  hopelessness: [String.raw`beznadziej\w*`, String.raw`bez sensu`, String.raw`nie ma wyjscia`, String.raw`zmeczon[ya] (?:zyciem|wszystkim)`, String.raw`nie daje rady`, String.raw`nic nie jestem wart`],
  means: [String.raw`tabletki`, String.raw`tabletek`, String.raw`przedawkowa\w*`, String.raw`\d+ ?(?:tabletek)`, String.raw`bron`, String.raw`sznur`, String.raw`zyletk\w*`],
  method: [String.raw`mostu`, String.raw`(?:vom|auf dem|aufs) dach`, String.raw`z dachu`, String.raw`na torach`, String.raw`skoczyc`, String.raw`powiesic sie`, String.raw`utopic sie`],
  self_harm: [String.raw`ciac sie`, String.raw`samookaleczen\w*`, String.raw`zrobic sobie krzywde`],
  absence: [String.raw`nie bedzie mnie`, String.raw`kiedy mnie nie bedzie`],
  giving_away: [String.raw`oddam (?:moje|moj|moja|wszystko)`, String.raw`rozdaj\w*`, String.raw`zatrzymaj (?:moje|moj|moja)`],
  plan: [String.raw`testament`, String.raw`ubezpieczenie na zycie`, String.raw`pogrzeb\w*`, String.raw`kto zajmie sie (?:moim|moja) (?:psem|kotem)`, String.raw`moje hasla`],
}, true);

export const TOPIC_TR = topicCues('tr', {
  ideation: [String.raw`olmek`, String.raw`olmek istiyorum`, String.raw`kaybolmak`, String.raw`yok olmak`, String.raw`her seyi bitirmek`, String.raw`bitirmek istiyorum`, String.raw`uyanmamak`],
  farewell: [String.raw`elveda`, String.raw`son mesaj(?:im)?`, String.raw`beni affedin`, String.raw`hakkinizi helal edin`],
  burden: [String.raw`yuk(?:um|oldum)`, String.raw`bensiz daha iyi`],
  hopelessness: [String.raw`umutsuz\w*`, String.raw`anlamsiz`, String.raw`cikis yolu yok`, String.raw`yasamaktan yoruldum`, String.raw`hayattan bikt\w*`, String.raw`artik dayanamiyorum`, String.raw`degersiz\w*`],
  means: [String.raw`haplar(?:i|im)?`, String.raw`ilac(?:lar|lari)`, String.raw`asiri doz`, String.raw`\d+ ?(?:hap)`, String.raw`silah`, String.raw`jilet`],
  method: [String.raw`kopru`, String.raw`cati`, String.raw`ucurum`, String.raw`tren yolu`, String.raw`atlamak`, String.raw`kendimi asmak`, String.raw`bogulmak`],
  self_harm: [String.raw`kendimi kesmek`, String.raw`kendime zarar`],
  absence: [String.raw`artik burada olmayacagim`, String.raw`ben olmadigimda`],
  giving_away: [String.raw`esyalarimi (?:dagit|ver)\w*`, String.raw`hepsini (?:ver|dagit)\w*`],
  plan: [String.raw`vasiyet\w*`, String.raw`hayat sigortasi`, String.raw`cenaze\w*`, String.raw`kedime kim bakacak`, String.raw`kopegime kim bakacak`, String.raw`sifrelerim`],
}, true);

export const TOPIC_ID = topicCues('id', {
  ideation: [String.raw`(?:ingin|mau|pengen|lebih baik) mati`, String.raw`kematian`, String.raw`menghilang`, String.raw`tidak ada lagi`, String.raw`mengakhiri (?:semuanya|hidup)`, String.raw`tidak bangun lagi`],
  farewell: [String.raw`selamat tinggal`, String.raw`perpisahan`, String.raw`pesan terakhir`, String.raw`maafkan (?:aku|saya)`],
  burden: [String.raw`beban`, String.raw`lebih baik tanpa (?:aku|saya)`],
  hopelessness: [String.raw`putus asa`, String.raw`tidak ada harapan`, String.raw`tak ada harapan`, String.raw`tidak ada gunanya`, String.raw`lelah hidup`, String.raw`capek hidup`, String.raw`sudah tidak kuat`, String.raw`gak kuat lagi`],
  means: [String.raw`obat tidur`, String.raw`overdosis`, String.raw`\d+ ?(?:butir|tablet)`, String.raw`pistol`, String.raw`seutas tali|tali (?:tambang|gantung)`, String.raw`silet`],
  method: [String.raw`jembatan`, String.raw`(?:dari|di) atap`, String.raw`tebing`, String.raw`rel kereta`, String.raw`lompat`, String.raw`gantung diri`, String.raw`tenggelam`],
  self_harm: [String.raw`menyakiti diri`, String.raw`melukai diri`, String.raw`menyayat`],
  absence: [String.raw`tidak akan ada lagi`, String.raw`kalau (?:aku|saya) sudah tiada`, String.raw`sudah tiada`],
  giving_away: [String.raw`memberikan semua barang`, String.raw`ambil saja (?:barang|semua)`],
  plan: [String.raw`surat wasiat`, String.raw`wasiat`, String.raw`asuransi jiwa`, String.raw`pemakaman`, String.raw`siapa yang (?:akan )?merawat (?:kucing|anjing)`],
}, true);

export const TOPIC_VI = topicCues('vi', {
  ideation: [String.raw`chet`, String.raw`cai chet`, String.raw`bien mat`, String.raw`khong muon song`, String.raw`ket thuc tat ca`, String.raw`khong tinh day`],
  farewell: [String.raw`vinh biet`, String.raw`tam biet moi nguoi`, String.raw`tin nhan cuoi`, String.raw`tha loi cho (?:toi|em|con)`],
  burden: [String.raw`ganh nang`, String.raw`khong co (?:toi|em|con) (?:se )?tot hon`],
  hopelessness: [String.raw`tuyet vong`, String.raw`vo vong`, String.raw`khong con loi thoat`, String.raw`vo nghia`, String.raw`met moi voi cuoc song`, String.raw`khong chiu noi nua`],
  means: [String.raw`thuoc ngu`, String.raw`qua lieu`, String.raw`\d+ ?(?:vien)`, String.raw`day thung`, String.raw`dao lam`],
  method: [String.raw`cay cau`, String.raw`san thuong`, String.raw`mai nha`, String.raw`vach da`, String.raw`duong ray`, String.raw`nhay xuong`, String.raw`treo co`, String.raw`chet duoi`],
  self_harm: [String.raw`tu lam hai`, String.raw`rach tay`, String.raw`cat tay`],
  absence: [String.raw`khong con o day`, String.raw`khi (?:toi|em|con) khong con`],
  giving_away: [String.raw`cho het do`, String.raw`tang het`],
  plan: [String.raw`di chuc`, String.raw`bao hiem nhan tho`, String.raw`dam tang`, String.raw`ai se nuoi (?:con )?(?:meo|cho)`],
}, true);
