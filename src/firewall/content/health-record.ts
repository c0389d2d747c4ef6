import { normalize } from '../crisis/normalize.js';
import { GREETING } from './greeting.js';
import { gated, testIf } from './literal-gate.js';

// A named person's health record in any language: a diagnosis or an illness (one is enough), or
// two softer signs of a medical file (a treatment, a medicine or a dose, test results, "patient", a
// referral, a hospital stay, sick leave), about someone named. Clinics, employers and neighbours
// send such things in every language by the same few concepts; personal-data.ts's English-first
// list caught them mostly in English. Who it is about comes from a name or an honorific, which
// scripts without capitals write as a title or a suffix (田中様, 김민수 님, คุณสมชาย, श्री राजेश).

// Concept patterns run on normalize()d text: lower case, Latin accents removed (ı → i, ł → l).
const L = String.raw`(?<!\p{L})`;

/** Diagnoses and illnesses that harm a person when others learn them. */
const STRONG = gated(new RegExp(
  L + String.raw`(?:diagnos(?!tics(?!\p{L}))|diagnoz|diagnoo|teshis|chan doan|диагноз|диагност|діагноз|διαγν|diagnosa|amegunduliwa` +
    String.raw`|cancer|cancro|krebs|kanker|kanser|rak (?:piersi|pluc|watroby|prostaty|jelita)|ung thu|рак\p{L}{0,3} (?:груди|легк|печен|кров)|καρκιν|saratani` +
    String.raw`|(?:hiv|vih|вич)(?!\p{L})|tuberculos|tuberkulo|gruzlic|туберкул|benh lao|kifua kikuu|hepatit|гепатит|viem gan` +
    String.raw`|cukrzyc|sukkersyke|sokeritauti|seker hastal|tieu duong|диабет|διαβητ|kisukari|kencing manis` +
    String.raw`|padaczk|эпилеп|епілеп|depression|depressione|depressao|depresion|depressiv|depressie|depresj|depresy|depresi|deprese|masennus|депресс|καταθλιψ` +
    String.raw`|psychos[ie]|psychose|psychoz|psicos[ie]|psykos|психоз|schizofren|skizofren|esquizofren|schizophr|шизофрен|bipola|биполяр` +
    String.raw`|dementi[ae]|demenc|demenz|деменц|alzheimer|parkinson|sclerosi multipla|esclerosis multiple|multiple sklerose|sclerose en plaques|skleroz|σκληρυνση|рассеянн\p{L}* склероз` +
    String.raw`|инфаркт|heart attack|kalp krizi|nhoi mau|cirrho|cirhoz|cirroz|цирроз|siroz|njursvikt|nyresvikt|niereninsuff|insuffisance renale|insuficiencia renal|kidney failure` +
    String.raw`|panic disorder|panikstorung|trouble panique|trastorno de panico|adhd|autis|autyz|аутиз)` +
    // Compounds carry these inside a word (szívinfarktus, Typ-2-Diabetes, Herzinfarkt).
    String.raw`|infarct|infarkt|diabet|epilep` +
    // Scripts without word spaces or capitals: the concept's own characters.
    String.raw`|診断|确诊|診斷|诊断|진단|확진|วินิจฉัย|निदान|تشخيص|אובחן|אבחנה|אבחון` +
    String.raw`|癌|(?:유방|폐|간|위|대장|갑상선|췌장)암|มะเร็ง|कैंसर|سرطان|סרטן|艾滋|エイズ|에이즈|एचआईवी|结核|結核|결핵|วัณโรค|टीबी|السل|肝炎|간염|الكبد الوبائي|ไวรัสตับอักเสบ` +
    String.raw`|糖尿病|당뇨|เบาหวาน|मधुमेह|डायबिटीज|سكري|סוכרת|癫痫|てんかん|뇌전증|ลมชัก|मिर्गी|صرع|אפילפס|抑郁|うつ病|우울증|ซึมเศร้า|अवसाद|डिप्रेशन|اكتئاب|דיכאון` +
    String.raw`|統合失調症|精神分裂|조현병|سكيزوفرينيا|فصام|סכיזופרני|双相|躁鬱|認知症|痴呆|치매|心肌梗|心筋梗塞|심근경색|공황장애|パニック障害|惊恐障碍`,
  'u',
));

/** Softer signs of a medical file: a treatment, a medicine, test results, a patient, a referral, a hospital stay, sick leave. */
const SIGNS: Array<[kind: string, re: RegExp]> = [
  // A treatment or a medicine alone is also what a refill, a reminder or a lift to dialysis names.
  ['treatment', gated(new RegExp(L + String.raw`(?:chemo|kemo|quimio|chimio|химио|χημειο|radiotera|radiothera|радиотерап|sadehoito|dialys|dializ|диализ|insulin|инсулин)|化疗|抗がん剤|항암|เคมีบำบัด|कीमोथेरेपी|كيماوي|כימותרפי|放疗|透析|투석|インスリン|胰岛素|인슐린`, 'u'))],
  ['medication', gated(new RegExp(L + String.raw`(?:prescri|receta medica|recetad|e-?rezept|verschrieben|voorgeschreven|recete|назнач\p{L}* (?:препарат|лечен)|ordinerat|ordinert` +
    String.raw`|sertralin|fluoxetin|olanzapin|clozapin|klozapin|quetiapin|risperidon|valpro|depakin|lamotrigin|levetiracetam|metformin|levodopa|methylphenid|metilfenid|alprazolam|diazepam|tramadol|methadon|metadon|buprenorphin|antiretrovir|rifampicin|sofosbuvir|interferon|amlodipin|losartan)|\d ?mg(?!\p{L})|处方|処方|처방|وصف له|רשם ל`, 'u'))],
  ['results', gated(new RegExp(L + String.raw`(?:test results|lab results|blood results|resultados? d[eo]|risultati|esami|examens|exames|examenes|analisis|befund|laborwert|wyniki|vysledky|tulokset|provsvar|provesvar|uitslag|hasil (?:lab|tes|mcu|medical)|ket qua (?:xet nghiem|kham)|tahlil|анализ|результат\p{L}* (?:анализ|обслед)|εξετασ|majibu ya vipimo|biops|биопс|біопс|mcu|medical check)|検査結果|检查结果|化验|검사 결과|ผลตรวจ|रिपोर्ट|نتيجة (?:تحليل|الفحص)|תוצאות (?:בדיק|המעבד)`, 'u'))],
  ['patient', gated(new RegExp(L + String.raw`(?:patient|paciente|pasien|paziente|pacjent|potila|pacient|benh nhan|пациент|пацієнт|ασθεν|mgonjwa)|患者|환자|ผู้ป่วย|मरीज|مريض|מטופל`, 'u'))],
  ['referral', gated(new RegExp(L + String.raw`(?:referral|rujukan|uberweisung an|derivacion|encaminhamento|invio (?:al|allo) specialista|skierowanie|направлени\p{L}* (?:к|на))`, 'u'))],
  ['hospital', gated(new RegExp(L + String.raw`(?:hospitali[sz]|in hospital|ricoverat|ingresad|internad|opgenomen in|przyjet\p{L}* do szpitala|korhaz|выписк|госпитал|sairaalassa|sjukhus|zarojelent|discharge summary|dimess|alta hospitalaria|lekarsk\p{L}* zprav|benh vien)|入院|住院|退院|병원|입원|โรงพยาบาล|अस्पताल|مستشفى|בית החולים|סיכום האשפוז|νοσοκομ`, 'u'))],
  ['sick_leave', gated(new RegExp(L + String.raw`(?:sick (?:leave|note)|krankgeschrieben|krankschreibung|baja medica|de baja|arret (?:de travail|maladie)|zwolnieni\p{L}* lekarski|sykemeld|sjukskriv|больничн|concediu medical|betegszabads|certificato medico|atestado medico|lekarsk\p{L}* zprav|sairausloma)|病假|休職|병가|ลาป่วย|診断書|진단서`, 'u'))],
];

/**
 * Courses, talks, fundraisers and studies name illnesses and people ("depression awareness talk by
 * Sarah Jones", "running the Cancer Research 10k"): with nothing of a medical file, the illness is
 * their topic, not someone's record.
 */
const TOPIC = gated(new RegExp(L + String.raw`(?:awareness|course|webinar|workshop|seminar|training|lecture|talk by|conference|fundrais\p{L}*|charity|sponsor\p{L}*|research|article|study|studie|estudio|etude|podcast|newsletter|kurs|schulung|vortrag|formation|curso|taller|charla|corso|convegno|szkolenie)(?!\p{L})|研修|セミナー|讲座|세미나|워크숍`, 'u'));

/**
 * Someone named: two capitalised words (Latin, Cyrillic, Greek), a title before a name, or the
 * honorifics that mark a name in scripts without capitals. Run on the original text.
 */
const SOMEONE = new RegExp(
  String.raw`\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?(?:\s+(?:de|van|von|der|den|da|di|del|dos|la|le|al|bin|ibn))?\s+\p{Lu}\p{Ll}+` +
    String.raw`|(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Sr|Sra|Srta|Don|Doña|dona|seu|Bp|Bapak|Pak|Ibu|Bi|pan|pani|pane|paní|herra|rouva|fru|Kuya|Tita|Tito|Ate|κυρία|κύριος|κ|господин|госпожа|bé|anh|chị|ông|bà)\.?\s+\p{Lu}` +
    String.raw`|\p{L}(?:様|さん|氏|君|ちゃん|阿姨|叔叔|先生|女士|小姐)|\p{L}\s?(?:님|씨)(?!\p{L})|คุณ\p{L}|(?:श्री|श्रीमती|सुश्री)\s?\p{L}|\p{L}\s?जी(?!\p{L})|(?:السيد|السيدة|الأستاذ|الحاج)\s|אובחן|אובחנה`,
  'u',
);

/** True when an illness is the text's topic (a talk, a course, a fundraiser), not someone's record. */
export const aboutAHealthTopic = (text: string): boolean => testIf(TOPIC, normalize(text));

/** True when the text tells a named person's diagnosis, illness or medical file. */
export function aboutSomeonesHealth(text: string): boolean {
  // A greeting names the reader, not the person the text is about ("Hi Ruth, Maya's epilepsy plan…").
  const body = text.replace(GREETING, '');
  const n = normalize(body);
  const signs = SIGNS.filter(([, re]) => testIf(re, n)).length;
  if (testIf(STRONG, n) ? signs === 0 && testIf(TOPIC, n) : signs < 2) return false;
  return SOMEONE.test(body);
}
