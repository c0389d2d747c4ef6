import { compile } from '../cue.js';

// German and Dutch. Umlauts are folded (ä -> a), ß -> ss.

export const DE = compile('de', [
  ['topic', 0.5, String.raw`\b(?:selbstmord|suizid)\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:will|mochte|wollte|mochte gern|will einfach) (?:nur )?(?:sterben|tot sein|nicht mehr (?:leben|aufwachen|da sein|existieren))\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:mich|sich) (?:umbringen|umzubringen|toten|das leben nehmen|umgebracht)\b|\b(?:meinem|seinem|ihrem) leben ein ende (?:setzen|machen|zu setzen)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:selbstmord|suizid)gedanken\b|\bsuizidal\b|\bnicht mehr leben (?:will|willst|wollen|mochte|mochtest)\b|\bwill nicht mehr leben\b`],
  ['intent', 1, String.raw`\bich (?:bringe|bring|werde) mich (?:heute )?um\b|\bwerde mich umbringen\b|\bich mach(?:e)? (?:heute )?schluss\b`, 'neg'],
  ['ideation', 0.6, String.raw`\bich will nicht mehr\b|\bschluss machen\b`],
  ['hopelessness', 0.5, String.raw`\bich kann nicht mehr\b|\b(?:hat|macht) (?:alles )?keinen sinn mehr\b|\bkeinen ausweg\b|\bes wird nie besser\b|\bich fuhle mich leer\b`],
  ['hopelessness', 1, String.raw`\bdas leben (?:hat keinen sinn|ist nicht lebenswert)\b|\blebensmude\b|\bmude (?:vom|zu) leben\b`],
  ['burden', 1, String.raw`\bohne mich (?:besser dran|besser|glucklicher)\b|\bbesser dran ohne mich\b`],
  ['burden', 0.6, String.raw`\bich bin (?:nur )?eine last\b`],
  ['burden', 0.8, String.raw`\bniemand (?:wurde|wird) mich vermissen\b`],
  ['farewell', 0.8, String.raw`\blebt wohl\b|\bwenn (?:du|ihr) das (?:liest|lest)\b|\bdas ist meine letzte nachricht\b|\bich verabschiede mich (?:fur immer|von euch)\b`],
  ['plan', 1, String.raw`\babschiedsbrief(?:e)?\b`],
  ['farewell', 0.5, String.raw`\bkummert euch um meine (?:katze|hund|kinder)\b|\bes tut mir leid fur alles\b`],
  ['absence', 0.8, String.raw`\bbald nicht mehr (?:da|hier)\b|\bwenn ich nicht mehr (?:da|hier) bin\b|\bihr werdet mich nicht mehr sehen\b`],
  ['giving_away', 0.7, String.raw`\b(?:verschenke|verschenkt|verschenken|gebe|habe verschenkt) (?:alle )?(?:meine|seine|ihre) (?:sachen|habseligkeiten|besitztumer)\b`],
  ['height', 0.4, String.raw`\bauf (?:dem|das) (?:dach|hochhaus)\b|\bauf der brucke\b`],
  ['method', 1, String.raw`\b(?:springe|springen|spring) (?:von|vor) (?:der|die|den|dem|einer|einen) (?:brucke|dach|zug|hochhaus)\b|\bvor den zug\b|\bmich (?:aufhangen|erhangen)\b`],
  ['means', 1, String.raw`\bwie viele (?:tabletten|pillen) [\w' -]{0,40}?(?:sterben|todlich|umbringen|uberdosis|nicht mehr aufwachen)\b|\balle (?:meine )?tabletten (?:nehmen|schlucken)\b|\btabletten (?:gesammelt|sammeln|gehortet|horten)\b`],
  ['means', 0.8, String.raw`\btodliche (?:dosis|menge)\b`],
  ['means', 0.4, String.raw`\bwie viele tabletten\b|\buberdosis\b`],
  ['self_harm', 1, String.raw`\b(?:ritze mich|mich ritzen|mir weh tun|mich verletzen|selbstverletz\w*)\b`, 'neg'],
  ['hopelessness', 0.5, String.raw`\b(?:alles|es) ist (?:alles )?sinnlos\b|\bnichts hat (?:mehr )?(?:einen )?sinn\b`],
  ['absence', 0.6, String.raw`\bich brauche (?:es|sie|das|ihn) nicht mehr\b|\bbald ist (?:es|alles) egal\b`],
  ['absence', 0.4, String.raw`\bich bin dann (?:mal )?weg\b`],
  ['plan', 0.6, String.raw`\b(?:meine angelegenheiten|alles) geregelt\b|\bmeinen frieden (?:damit )?gemacht\b`],
  ['farewell', 0.6, String.raw`\bsucht nicht nach mir\b|\bversucht nicht,? mich zu (?:erreichen|finden)\b`],
  ['farewell', 0.5, String.raw`\bkummert euch um (?:sie|ihn|meine|meinen)\b`],
  ['farewell', 0.4, String.raw`\bes ist besser so\b|\bdanke fur alles\b`],
  ['giving_away', 0.5, String.raw`\bdu kannst (?:mein|meine|meinen) \w+ (?:haben|behalten)\b`],
  ['timing', 0.3, String.raw`\b(?:heute nacht|heute abend|dieses wochenende|nach der prufung)\b`],
  // Saying goodbye to everyone this week, of oneself or of a friend; the one thing that still holds
  // someone; nothing helps any more (the fa1 set's German rows, unread by these rules until it was spent).
  ['farewell', 0.6, String.raw`\b(?:verabschiede (?:ich )?mich|verabschiedet sich) (?:\w+ ){0,3}?von (?:allen|euch allen|jedem)\b(?! (?:kolleg\w*|mitarbeit\w*|nachbarn|kunden|teilnehm\w*|gasten|schulern))`],
  ['hopelessness', 0.6, String.raw`\b(?:das )?einzige,? (?:was|das) (?:mich|ihn|sie) (?:noch )?(?:am leben )?halt\b`],
  ['hopelessness', 0.4, String.raw`\bbringt (?:eh|doch|sowieso) (?:alles )?nichts mehr\b`],
  // What else the visible German rows said that no rule read (rules alone, after the fa1 set joined):
  // what for I still do all this, waiting for the end, looking forward to nothing, won't make it
  // to Christmas, the one thing given away named before the verb, affairs put in order before going.
  ['hopelessness', 0.5, String.raw`\bwofur ich (?:das|dies) (?:alles )?noch mache\b|\bwie (?:ein )?warten aufs ende\b|\bauf nichts mehr freu\w*|\bfreu\w* mich auf nichts mehr\b|\bredet nur noch vom ende\b`],
  ['absence', 0.6, String.raw`\bschaff(?:e)? (?:weihnachten|silvester|ostern|den winter|das wochenende|(?:meinen|seinen|ihren) geburtstag) nicht mehr\b|\b(?:weihnachten|silvester|ostern|den winter|das wochenende|(?:meinen|seinen|ihren) geburtstag) schaff(?:e)? ich (?:eh |sowieso )?nicht mehr\b|\b(?:den|die|das|ihn) brauch(?:e)? ich (?:eh |sowieso )?nicht mehr\b`],
  ['giving_away', 0.6, String.raw`\b(?:meine|seine|ihre) (?:\w+ ){1,2}(?:schon |heute |alle )?verschenkt\b`],
  ['plan', 0.6, String.raw`\b(?:seine|meine|ihre) sachen (?:regeln|geregelt|ordnen|geordnet),? (?:bevor|ehe) (?:er|sie|ich) (?:geht|gehe|weg ist)\b`],
]);

/** Swiss German and Bavarian, as typed: "ich wott nümme läbe", "i wui einfach nimma do sei", "i mog nimma". */
export const DE_DIALECT = compile('de', [
  ['ideation', 1, String.raw`\b(?:i|ich) (?:wott|will|wil|wui|mag|mog) (?:eifach |einfach |afach )?(?:numme|nume|nimma|nimmer|nimmi) (?:labe|lebe|leben|do sei|da sei|do si|da si)\b`],
  ['hopelessness', 0.5, String.raw`\b(?:i|ich) (?:mag|mog|cha|ko) (?:eifach |einfach )?(?:numm|numme|nume|nimma|nimmer)\b(?! (?:\w+ ){0,2}(?:warte|schaffe|arbeite|laufe|esse))|\bgseh ka?e?n sinn meh\b`],
]);

export const NL = compile('nl', [
  ['topic', 0.5, String.raw`\b(?:zelfmoord|suicid)\w*`, 'neg'],
  ['ideation', 1, String.raw`\b(?:wil|wilde|zou willen) (?:dood|sterven|niet meer leven|er niet meer zijn)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:zelfmoord plegen|mezelf (?:van kant maken|doden|ombrengen|iets aandoen)|een einde aan (?:mijn|zijn|haar) leven maken)\b`, 'neg'],
  ['ideation', 1, String.raw`\bzelfmoordgedachten\b|\bik (?:wil|wou) niet meer leven\b|\bsuicidaal\b`],
  ['hopelessness', 0.5, String.raw`\bik kan (?:het )?niet meer(?: aan)?\b|\bhet heeft geen zin meer\b|\bgeen uitweg\b`],
  ['hopelessness', 1, String.raw`\bmoe van het leven\b|\blevensmoe\b`],
  ['burden', 1, String.raw`\b(?:iedereen|mijn familie) (?:is|zou|zijn|zal) (?:beter af|beter) zonder mij\b`],
  ['burden', 0.6, String.raw`\bik ben een last\b`],
  ['farewell', 0.8, String.raw`\bals (?:je|jullie) dit (?:leest|lezen)\b|\bvaarwel (?:allemaal|iedereen|voor altijd)\b`],
  ['plan', 1, String.raw`\bafscheidsbrief\b`],
  ['absence', 0.8, String.raw`\bbinnenkort (?:ben ik )?(?:niet meer|er niet meer)\b`],
  ['giving_away', 0.8, String.raw`\bik geef (?:al )?mijn spullen weg\b`],
  ['height', 0.4, String.raw`\bop (?:het|de) (?:dak|brug|flat)\b`],
  ['method', 1, String.raw`\b(?:springen|spring) (?:van|voor) (?:de|het|een) (?:brug|dak|trein|flat)\b|\bvoor de trein\b`],
  ['means', 1, String.raw`\bhoeveel (?:pillen|tabletten) [\w' -]{0,40}?(?:dood|sterven|dodelijk)\b`],
  ['means', 0.8, String.raw`\bdodelijke dosis\b`],
  ['self_harm', 1, String.raw`\b(?:mezelf snijden|zelfbeschadiging|mezelf pijn doen)\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:vannacht|vanavond|na het examen)\b`],
]);
