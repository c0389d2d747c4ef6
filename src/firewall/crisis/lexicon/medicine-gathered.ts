import { compile } from '../cue.js';

// A medicine gathered, counted, kept back, swallowed in number or its lethal amount looked up, by
// whatever name it has (issue 13, fw-fresh-recall2). The fresh dt1-dw1 sets and 84 older visible
// crisis rows the rules let through said it with the drug's own name ("I've been saving up the
// zopiclone", "counted out all of my lithium, it's more than enough"), with "how much" where the
// lexicons had "how many" ("how much of my meds it would take"), with a number swallowed rather
// than "all" ("swallowed about 40 of my sleeping tablets") and in Russian, Tagalog, Finnish,
// French and Spanish ("таблетки я уже собрала", "naipon ko na 'yung mga gamot ko"). The older
// cues (phrases.ts, indirect-en.ts) named only "pills" and "tablets" after "saving up".
// Look-alikes that must stay out: a carer filling a dosette box or counting stock, medicines kept
// in the fridge or out of children's reach, enough for a trip, a normal dose taken, a parent asking
// how much is safe, medicines taken back to the pharmacy.

/** Medicines by their kind and by the names people use; `indirect-en.ts` counts with it too. */
export const MEDICINE = String.raw`(?:pills|tablets|capsules|meds|medication|medicines?|(?:fentanyl |morphine |pain )patches|insulin pens|sleeping (?:pills|tablets|ones)|painkillers|diazepam|valium|lorazepam|temazepam|codeine|co-codamol|tramadol|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|oxycodone|oxycontin|oxynorm|morphine|fentanyl|methadone|zopiclone|zolpidem|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|quetiapine|olanzapine|lithium|propranolol|xanax|insulin|heart tablets|blood pressure tablets)`;
const OWNER = String.raw`(?:all (?:of )?)?(?:(?:my|the|his|her|their|these|those) )?(?:[a-z]+'s )?(?:old |leftover |spare |new |\d+ ?mg )?`;
const COUNT = String.raw`(?:[1-9]\d|a hundred|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
/** Why a carer, a nurse or a traveller counts or keeps medicine. */
const ORDINARY_WORDS = String.raw`fridge|out of (?:the )?(?:kids'?|children'?s) reach|away from the (?:kids|children)|dosette|pill (?:box|organi[sz]er)|blister pack|for the (?:week|trip|holiday|flight|journey)|for (?:travel|my trip|the holidays)|to last|pharmacy|chemist|disposal|take (?:them|it) back|stock ?take|inventory|expir\w*|nevera|frigo|neceser|maleta|viaje|botiquin|farmacia|pastillero|voyage|pharmacie|trousse|reise|kuhlschrank|apotheke`;
/** The same reasons anywhere in a clause (concepts.ts asks it of "guardando las pastillas"). */
export const ORDINARY_KEEPING = new RegExp(String.raw`\b(?:${ORDINARY_WORDS})\b`);
/** After the medicine's name only: a list or a chart of them names no supply ("saved my medication list"). */
const ORDINARY = String.raw`(?![^.]{0,40}\b(?:${ORDINARY_WORDS}|list|schedule|chart|reminders?|records?|history|spreadsheet)\b)`;

export const MEDICINE_GATHERED = compile('any', [
  // Kept back or gathered, by name ("been saving up the zopiclone", "stockpiling my mother's morphine").
  ['means', 0.8, String.raw`\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|pocketing|pocketed|keeping back|kept back|putting aside|put aside)(?: up| back| aside)? ${OWNER}${MEDICINE}\b${ORDINARY}`],
  // Kept instead of taken ("saving them rather than taking them", "skipping doses and keeping them back").
  ['means', 0.8, String.raw`\b(?:saving|saved|keeping|kept|stockpiling|hoarding) (?:them|it|the \w+|my \w+)(?: [\w']+){0,3} (?:rather than|instead of) (?:taking|swallowing|using) (?:them|it)\b|\bskipping (?:my )?doses\b[^.]{0,20}\b(?:keeping|saving) them\b`],
  ['means', 0.45, String.raw`\b(?:i'?ve|i have|she'?s|he'?s) been (?:saving|keeping|stockpiling|hoarding) them (?:up|back|aside|instead|since|for (?:weeks|months|a while|a month))\b`],
  // Counted, lined up, in a pile, "more than enough": the supply as a quantity.
  ['means', 0.6, String.raw`\b(?:counted(?: out| up)?|lined up|laid out|in a pile)\b[^.]{0,25}\b${MEDICINE}\b${ORDINARY}|\b${MEDICINE}\b[^.]{0,25}\b(?:are (?:all )?counted|(?:all )?lined up|in a pile|more than enough|(?:it'?s|there'?s|that'?s|that'?ll be|should be) (?:plenty|enough)\b(?! for))${ORDINARY}`],
  ['means', 0.6, String.raw`\b(?:i'?ve|i have|i) (?:got|have) (?:more than )?enough (?:of )?(?:my |the |her |his )?${MEDICINE}\b(?: now)?(?! (?:for|to last|till|until))${ORDINARY}`],
  // Months of a prescription collected at once: a traveller does it too, so it needs company.
  ['means', 0.4, String.raw`\b(?:picked up|collected|got|ordered) (?:two|three|four|six|\d) months(?:'|'s)? (?:worth )?(?:of )?(?:my |her |his )?(?:prescription|${MEDICINE})\b`],
  // A number or a handful swallowed, not a dose ("swallowed about 40 of my sleeping tablets", "took a load of her meds").
  ['means', 0.9, String.raw`\b(?:swallowed|took|have taken|i'?ve taken|downed)(?: about| around| nearly| over| maybe)? (?:${COUNT}|a load|loads|a handful|handfuls|a fistful|half (?:a|the) (?:box|bottle|pack)) (?:of )?(?:my |the |her |his )?${MEDICINE}\b`],
  // The lethal amount looked up ("how much of my meds it would take", "looking up how much insulin would be enough").
  ['means', 0.8, String.raw`\bhow (?:much|many) (?:of )?(?:my|her|his|their|the) (?:\w+ ){0,2}(?:it would|it'?d|would it|it will) take\b|\b(?:looked up|looking up|researching|researched|reading about|read up on|searched|googled|googling) how (?:much|many|long)\b[^.]{0,30}\b(?:it would take|it'?d take|it takes|would be enough|is enough)\b(?! for (?:a|an|my|the|her|his|your) )`],
  // Russian, Tagalog, Finnish, French, Spanish: gathered, already in the bag, next to me.
  ['means', 0.8, String.raw`таблетки (?:я )?(?:уже )?(?:собрал|собрала|накопил|накопила|припас|припасла|лежат рядом)|(?:собрал|собрала|накопил|накопила|припас|припасла) (?:все )?таблетки`],
  ['means', 0.8, String.raw`\bnaipon (?:ko|niya) (?:na )?(?:ang |'?yung )?(?:mga )?(?:gamot|tableta|pills)\b`],
  ['means', 0.8, String.raw`\b(?:pillerit|laakkeet|tabletit|unilaakkeet) (?:on )?(?:jo )?(?:laukussa|tallessa|keratty|valmiina)\b|\b(?:kerannyt|saastanyt|saastellyt) (?:pillereita|laakkeita|tabletteja|unilaakkeita)\b`],
  ['means', 0.6, String.raw`\b(?:garde|accumule|mis de cote|stocke|economise|amasse) (?:tous |toutes )?(?:mes|ses|des|les) (?:medicaments|cachets|comprimes|somniferes)\b(?! (?:au frais|hors de portee))${ORDINARY}`],
  ['means', 0.9, String.raw`\b(?:me he|se ha|te has|ha|he) tomado (?:casi )?(?:todas|todo) (?:mis|sus|tus|las) (?:pastillas|pildoras|medicinas|medicamentos)\b`],
  ['means', 0.8, String.raw`\b(?:guardando|juntando|acumulando|ahorrando|guarde|junte) (?:todas )?(?:mis|sus|las) (?:pastillas|pildoras|medicinas|medicamentos)\b${ORDINARY}`],
]);
