import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crisisVerdict } from './assess.js';
import { screenCrisis } from './screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from './types.js';

type Case = [conversation: string[], outbound: string, crisis: boolean];

function check(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [conversation, outbound, crisis] of cases) {
      test(`${crisis ? 'holds' : 'passes'}: ${conversation.at(-1)}`, () => {
        const s = screenCrisis({ conversation, outbound, partialThreshold: OUTBOUND_CRISIS_THRESHOLD });
        assert.equal(s.crisis, crisis, `score ${s.score}: ${s.reasons.join('; ')} | ${s.dismissed.join('; ')}`);
      });
    }
  });
}

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

describe('crisis: words that only look like risk', () => {
  test('"rather than" compares, it does not want', () => {
    assert.equal(screenCrisis({ conversation: [], outbound: 'The session covers suicide prevention planning rather than scoring tools.', partialThreshold: OUTBOUND_CRISIS_THRESHOLD }).crisis, false);
  });
  test('a person disappearing into dementia', () => {
    assert.equal(screenCrisis({ conversation: ["Dad's disappearing into the dementia, he still knows the cat though"] }).score, 0);
  });
  test('a decimal point does not end a clause (the figure stays with its words)', () => {
    const s = screenCrisis({ conversation: [], outbound: 'Self-harm rates: 4.7% in year 9.' });
    assert.equal(s.score, 0, s.reasons.join('; '));
  });
});

describe('crisis: the learned layer is not asked to overrule a death told in the past', () => {
  const call = { text: 'Memorial for Dev on Sunday at 3, bring a photo if you have one.', outbound: true, reaches: true, person: true };
  test('only the past death: not held', () => {
    const v = crisisVerdict({ ...call, conversation: ["post in the group that it's two years since Dev took his own life, memorial Sunday"] });
    assert.equal(v.screen.over, true);
    assert.equal(v.crisis_sensitive, false, v.factor?.reason);
  });
  test('the past death and a present risk: held', () => {
    const v = crisisVerdict({ ...call, conversation: ["it's two years since Dev took his own life", "I want to die too, I have the pills ready"] });
    assert.equal(v.crisis_sensitive, true);
  });
});
