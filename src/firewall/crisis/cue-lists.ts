import type { Cue } from './types.js';
import { EN } from './lexicon/en.js';
import { DE, DE_DIALECT, NL } from './lexicon/germanic.js';
import { ES, FR, IT, PT } from './lexicon/romance.js';
import { JA, KO, ZH } from './lexicon/cjk.js';
import { NO_DA, SV } from './lexicon/nordic.js';
import { PL, RU, TR } from './lexicon/eastern-europe.js';
import { AR, BN, HI } from './lexicon/south-asia-arabic.js';
import { TOPIC_DE, TOPIC_EN, TOPIC_ES, TOPIC_FR, TOPIC_ID, TOPIC_IT, TOPIC_NL, TOPIC_PL, TOPIC_PT, TOPIC_TR, TOPIC_VI } from './lexicon/topic-latin.js';
import { TOPIC_AR, TOPIC_EL, TOPIC_HI, TOPIC_JA, TOPIC_KO, TOPIC_RU, TOPIC_ZH } from './lexicon/topic-other.js';
import { OUTBOUND } from './outbound-harm.js';
import { DISMISSAL } from './outbound-dismissal.js';
import { INDIRECT_EN } from './lexicon/indirect-en.js';
import { ID, INDIRECT_AR, INDIRECT_DE, INDIRECT_ES, INDIRECT_FR, INDIRECT_HI, INDIRECT_IT, INDIRECT_JA, INDIRECT_KO, INDIRECT_NL, INDIRECT_PL, INDIRECT_PT, INDIRECT_RU, INDIRECT_TR, INDIRECT_ZH } from './lexicon/indirect-intl.js';
import { PHRASES } from './phrases.js';
import { ID_MORE, TH, TL, VI } from './lexicon/southeast-asia.js';
import { SW } from './lexicon/swahili.js';
import { CS, EL, RO, UK } from './lexicon/central-east-europe.js';
import { HE } from './lexicon/hebrew.js';
import { AR_LATN, BG, BN_MORE, CA, DA_NO_MORE, FA, FI, HU, MR, MS, SH, TA, UR, YO, ZU } from './lexicon/wider-world.js';
import { CEB, JV, KM, LO, MY } from './lexicon/southeast-asia-more.js';
import { GU, HI_LATN, KN, ML, NE, PA, SI, TE } from './lexicon/south-asia-more.js';
import { AF, AM, HA, IG, SO, TI, XH } from './lexicon/africa.js';
import { CY, ET, EU, GA, GL, IS, LT, LV, MK, MT, SK, SL, SQ } from './lexicon/europe-more.js';
import { AZ, HY, KA, KK, KU, KY, MN, PS, UG, UZ } from './lexicon/caucasus-central-asia.js';
import { AR_LATN_MORE, HT, QU, YUE } from './lexicon/creole-andes-cantonese.js';
import { AR_MORE, HI_MORE, KO_MORE, NL_MORE, PL_MORE, RU_MORE, SV_MORE, TR_MORE, ZH_MORE } from './lexicon/concepts-more-intl.js';
import { GOODBYE_LOGISTICS } from './lexicon/goodbye-logistics.js';
import { TIRED_OF_LIVING } from './lexicon/tired-of-living.js';
import { GN, HA_MORE, IG_MORE, QU_MORE, YO_MORE, ZU_MORE } from './lexicon/seldom-africa-andes.js';
import { CY_MORE, EU_MORE, IS_MORE, MT_MORE } from './lexicon/seldom-europe.js';
import { KN_MORE, ML_MORE, PA_ARAB, PA_MORE, TA_MORE, TE_MORE } from './lexicon/seldom-south-asia.js';
import { AZ_MORE, CKB, KK_MORE, KMR, PS_MORE } from './lexicon/seldom-west-asia.js';
import { CODE_SWITCHED } from './lexicon/seldom-code-switched.js';
import { BURDEN_HANDOVER_SOUTH_ASIA } from './lexicon/burden-handover-south-asia.js';
import { BURDEN_HANDOVER_AFRICA } from './lexicon/burden-handover-africa.js';
import { BURDEN_HANDOVER_CREOLES_DIALECTS } from './lexicon/burden-handover-creoles-dialects.js';
import { BURDEN_HANDOVER_WEST_ASIA_EUROPE } from './lexicon/burden-handover-west-asia-europe.js';
import { IMPLICIT_EN } from './lexicon/implicit-en.js';
import { QUIET_TURNS } from './lexicon/quiet-turns.js';
import { DECISION_MADE } from './lexicon/decision-made.js';
import { ACROSS_LANGUAGES } from './lexicon/across-languages.js';
import { GONE_AFTER_A_DAY } from './lexicon/gone-after-a-day.js';
import { FORGIVE_ME_HANDOVER } from './lexicon/forgive-me-handover.js';
import { SPENT_UNNEEDED_GONE } from './lexicon/spent-unneeded-gone.js';
import { MEDICINE_GATHERED } from './lexicon/medicine-gathered.js';
import { MOCKED_DISTRESS } from './lexicon/mocked-distress.js';
import { ENTRUSTED_CARE } from './lexicon/entrusted-care.js';
import { WEARY_UNNEEDED_UNSEEN } from './lexicon/weary-unneeded-unseen.js';
import { HELP_PUSHED_AWAY } from './lexicon/help-pushed-away.js';

// The cue lists the crisis screen (screen.ts) indexes, assembled from the lexicons. The order is
// part of the behaviour: a clause's hits are taken in list order, so a stronger cue before a topic
// word on the same words wins.

export const STRONG_CUES: Cue[] = [
  ...[PHRASES, EN, ES, PT, FR, IT, DE, NL, SV, NO_DA, RU, PL, TR, JA, ZH, KO, HI, BN, AR, ID].flat(),
  // Languages the corpus barely had (lexicon/southeast-asia.ts, swahili.ts, ...).
  ...[TH, TL, VI, ID_MORE, SW, CS, RO, UK, EL, HE].flat(),
  ...[UR, FA, MS, HU, FI, DA_NO_MORE, SH, BG, TA, MR, BN_MORE, YO, ZU, CA, AR_LATN].flat(),
  ...[PL_MORE, RU_MORE, TR_MORE, KO_MORE, ZH_MORE, HI_MORE, AR_MORE, NL_MORE, SV_MORE].flat(),
  // Eighth round: the languages no lexicon had (lexicon/south-asia-more.ts, africa.ts, ...).
  ...[PA, GU, TE, KN, ML, NE, SI, HI_LATN, MY, KM, LO, JV, CEB, AM, TI, SO, HA, IG, XH, AF].flat(),
  ...[ET, LV, LT, SK, SL, MK, SQ, IS, CY, GA, EU, GL, MT, KA, HY, AZ, KK, UZ, MN, PS, KU, HT, QU, YUE, AR_LATN_MORE].flat(),
  // fw-gaps round: Kyrgyz and Uyghur, which no lexicon had.
  ...[KY, UG].flat(),
  // Tired of living, not here after a date, of no more use: everyday varieties of ay1 and az1 (fw-recall).
  ...TIRED_OF_LIVING,
  // What people in seldom-covered languages said besides the explicit statements (lexicon/seldom-*.ts).
  ...[YO_MORE, IG_MORE, ZU_MORE, HA_MORE, QU_MORE, GN, MT_MORE, IS_MORE, EU_MORE, CY_MORE].flat(),
  ...[TA_MORE, TE_MORE, KN_MORE, ML_MORE, PA_MORE, PA_ARAB, PS_MORE, KMR, CKB, AZ_MORE, KK_MORE, CODE_SWITCHED].flat(),
  // Indirect risk: hand-overs, endings with a date, settling up, means gathered (lexicon/indirect-*.ts).
  ...[INDIRECT_EN, INDIRECT_ES, INDIRECT_PT, INDIRECT_FR, INDIRECT_DE, INDIRECT_IT, INDIRECT_NL, INDIRECT_PL, INDIRECT_TR, INDIRECT_RU, INDIRECT_JA, INDIRECT_ZH, INDIRECT_KO, INDIRECT_AR, INDIRECT_HI].flat(),
  // Crisis told without crisis words, by concept across languages (lexicon/goodbye-logistics.ts).
  ...GOODBYE_LOGISTICS,
  // A burden, belongings handed over, pills gathered, a goodbye, of oneself or of a friend, in the
  // languages and wordings the lexicons above lacked (lexicon/burden-handover-*.ts, implicit-en.ts).
  ...[BURDEN_HANDOVER_SOUTH_ASIA, BURDEN_HANDOVER_AFRICA, BURDEN_HANDOVER_CREOLES_DIALECTS, BURDEN_HANDOVER_WEST_ASIA_EUROPE, IMPLICIT_EN].flat(),
  // Said once and quietly in an earlier turn, and the giveaway or blame-no-one the message then sends.
  ...QUIET_TURNS,
  // A decision that names nothing (lexicon/decision-made.ts).
  ...DECISION_MADE,
  // Better without me, a weight on everyone, how many pills would harm, in any language (lexicon/across-languages.ts).
  ...ACROSS_LANGUAGES,
  // Gone after a named day; a hand-over closed by a bare "forgive me", in any language (dp1 round).
  ...GONE_AFTER_A_DAY,
  ...FORGIVE_ME_HANDOVER,
  // No reason to go on, worn out by life, needed by no one, gone after a time, in ~30 more languages
  // (lexicon/spent-unneeded-gone.ts).
  ...SPENT_UNNEEDED_GONE,
  // fw-fresh-recall2: a medicine gathered, counted or looked up by its own name (lexicon/medicine-gathered.ts).
  ...MEDICINE_GATHERED,
  // A pet, a parent or a child entrusted to the reader, in the languages the out-of-fold misses used (fw-oof2).
  ...ENTRUSTED_CARE,
  // Tired of living, needed by no one, no point, won't be around: the ed1–eg1 wordings (fw-crisis3).
  ...WEARY_UNNEEDED_UNSEEN,
  // Care cancelled with its follow-up refused, a friend asked to stop coming (lexicon/help-pushed-away.ts).
  ...HELP_PUSHED_AWAY,
  // Swiss German and Bavarian as typed (lexicon/germanic.ts).
  ...DE_DIALECT,
];
// Broad topic words come after the stronger cues: a clause's stronger hit on the same words wins.
// They are read in what people write (user messages, outgoing text), not in commands and code.
const TOPIC_CUES: Cue[] = [
  ...[TOPIC_EN, TOPIC_ES, TOPIC_PT, TOPIC_FR, TOPIC_DE, TOPIC_IT, TOPIC_NL, TOPIC_PL, TOPIC_TR, TOPIC_ID, TOPIC_VI].flat(),
  ...[TOPIC_RU, TOPIC_EL, TOPIC_AR, TOPIC_HI, TOPIC_JA, TOPIC_KO, TOPIC_ZH].flat(),
];
export const CONVERSATION_CUES: Cue[] = [...STRONG_CUES, ...TOPIC_CUES];
// Mockery of a self-harm or goodbye post is read only in what goes out (lexicon/mocked-distress.ts).
export const OUTBOUND_CUES: Cue[] = [...STRONG_CUES, ...OUTBOUND, ...MOCKED_DISTRESS, ...DISMISSAL, ...TOPIC_CUES];
