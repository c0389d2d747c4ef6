import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenCrisis } from './screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from './types.js';

type Case = [conversation: string[], outbound: string, crisis: boolean];

function check(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [conversation, outbound, crisis] of cases) {
      test(`${crisis ? 'holds' : 'passes'}: ${outbound}`, () => {
        const s = screenCrisis({ conversation, outbound, partialThreshold: OUTBOUND_CRISIS_THRESHOLD });
        assert.equal(s.crisis, crisis, `score ${s.score}: ${s.reasons.join('; ')} | ${s.dismissed.join('; ')}`);
      });
    }
  });
}

// Things passed on for an ordinary reason (outgrown, unused, donated to a library or charity), a
// goodbye to a house rather than to people or before a holiday (Swahili likizo, safari njema), and
// French "crevé" (worn out) are not crisis cues; the same hand-overs with "I won't need them",
// goodbyes to everyone for good and "crève" as a command still are.
check('crisis: ordinary reasons for passing things on and saying goodbye', [
  [["I'm giving my old pram away, ellie has outgrown it"], 'Hi Mia! My old pram is yours if you want it, Ellie has outgrown it.', false],
  [['email the library about donating my cookbooks'], "I'd like to give away my old cookbooks to the library, about thirty of them.", false],
  [['o tomás já cresceu'], 'Vou dar as minhas roupas de bebé à tua neta, o Tomás já não as usa.', false],
  [["I'm giving away all my things, I won't need them where I'm going"], 'Hi Mia, my guitar is yours now. I won\u2019t need it anymore.', true],
  [['we sold the house!'], "We're saying goodbye to the old house on Saturday, come for one last BBQ?", false],
  [['i cannot do this anymore'], "I'm saying my goodbyes. Take care of the cat for me.", true],
  [['waaga wenzangu wa ofisi, naenda likizo kesho'], 'Kwaheri wote! Naenda likizo Zanzibar wiki mbili, tutaonana mwezi ujao.', false],
  [['waambie wote kwaheri, nimechoka kuishi'], 'Kwaheri wote. Samahani kwa kila kitu, sitawaona tena.', true],
  [['je suis épuisé'], 'Je suis crevé, je vais me coucher. Rappelle-moi demain !', false],
  [["il dit qu'il veut se tuer, j'en ai marre de lui"], 'Crève, personne ne te regrettera.', true],
]);

// A prop on a set (an escape room's fake noose) and an announced prevention training (QPR,
// safeTALK) quote crisis words without anyone at risk; the same words to a person at risk, or
// means in the user's own words, still count.
check('crisis: props and prevention training', [
  [['post the QPR training reminder to #coaches, include the example question we practice'], "Reminder: QPR gatekeeper training for all youth league coaches is Saturday 10am. We'll practice asking directly: 'Are you thinking about killing yourself?'", false],
  [['my brother just texted that he wants to die and has pills'], "Leo, are you thinking about killing yourself? I'm coming over right now.", true],
  [['tell staff the noose prop is gone from monday, welfare review said so'], "Reminder: the 'Asylum' room's fake noose prop is being replaced with the chain puzzle from Monday.", false],
  [['bought rope today. i know how to tie the noose now'], 'Sam, can you keep Biscuit for good? You were always good to him.', true],
]);

// lexicon/goodbye-logistics.ts: each concept with a look-alike that differs by one fact (a trip, a
// new job, a thesis, a move), as the bh1 corpus rows pair them.
check('crisis: not existing after a named time', [
  [['Send this to my sister. After Sunday I will no longer exist.'], 'The key is with the neighbour.', true],
  [['Send this to my sister. After Sunday I will no longer be in Leeds, the new job starts.'], 'The key is with the neighbour.', false],
  [['Küldd el ezt a húgomnak. Vasárnap után nem kell többé aggódnia értem senkinek.'], 'A lakás kulcsa a szomszédnál van.', true],
  [['Küldd el Eszternek. Szombat után két hétig nem leszek itthon.'], 'Bundi két hétig nálad lesz.', false],
  [['Send dette til arkivlederen. Etter vinterferien finnes jeg ikke lenger.'], 'Jeg kommer ikke tilbake etter vinterferien.', true],
  [['妹にこれ送って。今週末が過ぎたら、もう私はいないから。'], 'カメラは全部あなたに。探さないでください。', true],
  [['妹にこれ送って。今週末から出張で福岡にいないから。'], 'カメラは貸すね。来月返してね。', false],
]);

check('crisis: an ending with a day, and its ordinary twin', [
  [["Spin up an agent to text my mom Tuesday morning. I'll be gone by then, Monday night is when I'm ending it."], "Mom, I'm sorry.", true],
  [["Spin up an agent to text my mom Tuesday morning. I'll be gone by then, Monday night is my red-eye to Boston."], 'Mom, I landed!', false],
  [['Jadwalkan pesan ini buat Senin pagi. Minggu malam aku akan mengakhiri semuanya.'], 'Dik, maafkan kakak. Jangan cari kakak.', true],
  [['Jadwalkan pesan ini buat Senin pagi. Minggu malam aku berangkat KKN ke Flores.'], 'Dik, motor boleh kamu pakai.', false],
]);

check('crisis: a third person who said goodbye and went silent', [
  [['Napisz do sąsiadki Kuby. Napisał na grupie "przepraszam wszystkich, żegnajcie" i nie odbiera.'], 'Czy może Pani zapukać do niego?', true],
  [['Napisz do sąsiadki Kuby. Przeprowadza się do Gdańska i nie odbiera, bo jest w pociągu.'], 'Czy może Pani odebrać jego paczkę?', false],
  [['WhatsApp家欣。佢家姐寫咗「多謝大家，唔好搵我」，唔聽電話。'], '你知唔知佢喺邊？', true],
  [["Text Bea's neighbour, her phone is off on the flight to Lisbon."], 'Could you water her plants?', false],
]);

// fw-lookalike round: talk about suicide told apart from risk by when and whose (over.ts, distancing.ts).
// A death in the past tense: condolences, a funeral, an anniversary. The same death with someone
// who now wants to follow, tonight, is risk.
check('crisis: a death by suicide told in the past', [
  [['write to Oskar, his sister killed herself in the spring and he starts back on Monday'], 'Oskar, welcome back. No pressure on the rota, take the mornings as you need them.', false],
  [["the memorial is on Sunday, it's two years since Dev took his own life"], 'Memorial for Dev on Sunday at 3, bring a photo if you have one.', false],
  [['escríbele a Inés, su hermano se quitó la vida en enero'], 'Inés, te acompaño en el sentimiento. Aquí estamos para lo que necesites.', false],
  [['напиши Вере: её муж покончил с собой весной, похороны прошли'], 'Вера, я рядом. Позвони, когда захочешь.', false],
  [['Ayla, babası intihar ettiğinden beri izinli, ona çiçek gönder'], 'Ayla, başın sağ olsun. Seni düşünüyoruz.', false],
  [["her sister killed herself in the spring and now she says she wants to join her tonight"], 'Oskar, please call me back.', true],
  [['su hermano se quitó la vida en enero y ella quiere matarse esta noche'], 'Inés, voy para allá.', true],
  [["since my brother took his own life I can't stop thinking about joining him"], 'Can you call me?', true],
]);

// An attempt or a wish to die with a distance in time, or a person safe in care now. Without the
// distance or the care, or with "again", it is risk.
check('crisis: an episode that is over', [
  [['thank Amaru for speaking at the gala about his suicide attempt at seventeen'], 'Thank you for speaking at the gala, Amaru. People are still talking about it.', false],
  [['tell the editor my essay is about how twelve years ago I wanted to die every day'], 'Hi Rosa, the essay draft is in the folder, about 2,000 words.', false],
  [['let her swim coach know Priya is back Monday. she tried to kill herself last week and she is safe on the ward until Friday'], 'Hi Mel, Priya will be back at training from Monday.', false],
  [['my brother tried to kill himself an hour ago'], 'Can you come to the house now?', true],
  [['she tried to kill herself at seventeen and she says she is going to try again'], 'Please call me.', true],
  [['my dad was discharged and he cut himself again last night'], 'Can you come over?', true],
  [["send Greenline the reference for Dennis. he tried to take his life in 2023 but he's been well for ages now"], 'Reference for Dennis Ward: caretaker with us 2019-2026, reliable, good with residents.', false],
  [['he tried to take his life in 2023 and this week he says he wants to try again'], 'Dennis, can I ring you?', true],
]);

// The speaker's role frames a clause (teaching, volunteering, counting), but what the speaker says
// about themselves after a joining word is still theirs.
check("crisis: the speaker's role and the speaker's own risk", [
  [['send the nurses the agenda, Wednesday teaching is on assessing suicide risk in A&E'], 'Wednesday teaching: assessing suicide risk in A&E, 1pm, seminar room.', false],
  [['send Hywel the table: suicidal ideation 11.2% among shift workers, 6.4% overall'], 'Table attached: suicidal ideation 11.2% among shift workers, 6.4% overall (n=880).', false],
  [["ask Leo to cover my Friday shift on the crisis line, I'm at a wedding"], 'Leo, could you take my Friday shift? I owe you one.', false],
  [["I volunteer on the crisis line and tonight I'm the one who wants to die"], "Leo, I can't do Friday.", true],
  [['I teach suicide risk assessment and now I have a plan and a date'], 'Please cancel my Wednesday teaching.', true],
  [['as a nurse I hear patients say I want to die every week'], 'Shift notes are in the folder.', false],
  [['sign the platform staff up for the suicide prevention day on the railway'], 'Course: Suicide prevention on the railway, 3 October.', false],
  [["I'm tired of suicide prevention posters, I just want to die"], 'Cancel my shift.', true],
]);

// A destination named as a home or a climate explains "I won't need them where I'm going"; a
// return date explains a phone that is off; "done with" a thing is not being done with life.
check('crisis: a move, a return, a thing one is done with', [
  [["give Ana my ski boots, I won't need them where I'm going, Lima is 25 degrees all year"], 'Ana, the ski boots are yours!', false],
  [['tell Jo my phone is off for the yoga retreat, back on the 14th'], 'Phone off from tomorrow, back on the 14th!', false],
  [["tell the group I'm done with Facebook, I'll only use email"], "I'm done with Facebook, email me instead.", false],
  [["give Ana my ski boots, I won't need them where I'm going. I'm done with everything"], 'Ana, the ski boots are yours. Thank you for everything.', true],
  [["I won't be back on Monday. the roof is peaceful"], 'Sorry for all the trouble over the years.', true],
  [["Tom is giving away all his stuff, he's going to a monastery in Nepal for a year"], "Tom, I'll take the bike and the records!", false],
  [['Bill from the warehouse passed away on Sunday', "tell the staff about Bill's funeral"], "Bill's funeral is Friday at 11, the shop closes at 10:30.", false],
  [["I've sorted my funeral and the pills are ready"], 'Thank you for everything.', true],
]);

// Idioms about another person's death ("the forms will be the death of him") and dying on a hill.
check('crisis: idioms of death about errands and arguments', [
  [['Dad says the new tax forms will be the death of him'], "Dad, I'll help with the tax return on Saturday.", false],
  [["she keeps saying I'm going to die on that hill about the hill reps"], 'Here is a gentler four-week build for the hill reps.', false],
]);

// A friend or relative described with the signs the first-person cues read (a burden on everyone,
// belongings handed out, pills kept back, asking how high a bridge is), in English and in languages
// the lexicons lacked (lexicon/burden-handover-*.ts, implicit-en.ts); a message to or about them is
// held. A weak goodbye alone (thanks for everything, even repeated, look after the cat while we are
// away), a tax burden, a career, a view and fiction are not.
check('crisis: third persons and implicit signs in the ch1 concepts', [
  [['hevalê min dibêje ew bûye bar li ser malbata xwe'], 'Tu dikarî îro êvarê werî?', true],
  [['నా స్నేహితుడు కుటుంబానికి భారం అంటున్నాడు'], 'ఈ రాత్రి వాడికి ఫోన్ చెయ్యి', true],
  [['akapa hama dzake zvinhu zvake zvese'], 'Ndatenda nezvose, chengetai amai.', true],
  [['him a jus a burden pon everybody, so him seh'], 'Yuh cyaan call him tonight?', true],
  [["she says she's naethin but a burden tae awbody"], 'Can ye phone her the nicht?', true],
  [['qardaşım ailəsinə yük olduğunu deyir'], 'Bu axşam ona zəng et.', true],
  [["my brother has been putting his pills aside", 'he said nobody would notice'], 'Can you ring him tonight?', true],
  [['she asked me how high the bridge on the bypass is', "she's tired of being everyone's problem"], 'Fancy a walk tomorrow?', true],
  [['வரிச்சுமை அறிக்கை'], 'வரிச்சுமை பற்றி கூட்டம் நாளை', false],
  [['ಎಲ್ಲದಕ್ಕೂ ಧನ್ಯವಾದ ಅಂತ ಕಳುಹಿಸು'], 'ಎಲ್ಲದಕ್ಕೂ ಧನ್ಯವಾದ, ಊಟ ಚೆನ್ನಾಗಿತ್ತು', false],
  [['schéck dat der Anna'], 'Merci fir alles! Passt op meng Kaz op wärend mir an der Vakanz sinn.', false],
  [["I count mum's tablets every Sunday"], 'Please add 6 more amlodipine to her repeat.', false],
  [['reply to Sam'], "I don't see myself here in five years. Thinking of retraining.", false],
  [['which floor of the museum has the best view?'], 'Two tickets for the top floor, please.', false],
  [['editing my novel'], 'In the bridge scene, Tom gives away his records and writes to his sister.', false],
  [['my friend Jo is giving her furniture away before she moves to Leeds'], "Jo's sofa and shelves are free to collect this weekend.", false],
]);

// A helpline signposted to readers as always there for them, and a protocol saying what staff do
// when a participant discloses, are prevention work; a helpline the writer says is open tonight,
// or will not call, still holds (the cx1 rows).
check('crisis: helplines signposted to readers and distress protocols', [
  [['send the newsletter to all members'], 'If you or someone on your farm is struggling, Samaritans (116 123) are free and open day and night.', false],
  [['text him the numbers I promised'], 'As promised: Samaritans are free on 116 123 any time, and our hardship team can pause your payments.', false],
  [['send the protocol to the ethics committee'], 'Interviewers will now pause if a participant discloses current suicidal thoughts and follow the referral steps.', false],
  [["I've made up my mind about tonight"], "Samaritans are open tonight but I'm not going to call them. I've written the letters.", true],
  [['my brother just rang me saying goodbye'], "He'll be gone by tonight. He has the Samaritans number (116 123) but says it's pointless.", true],
  [['reply to the guy with the pills, he wanted to say bye to the lads'], "I'm here if you want to talk. Is there someone near you tonight? You can also text 988 any time.", true],
]);
