import { finding, type Finding } from './finding.js';

// A friendly message that gives the shop away: a code for half off or more (or free) that anyone
// can use without limit, or that goes to a whole list. Every redemption is money the business
// loses, and a code cannot be recalled once the mail is out. Ordinary promotions (10% off, one
// per customer) pass.

const BIG_DISCOUNT = /\b(?:[5-9]\d|100)\s?% (?:off|discount)\b|\b(?:free|100% off) (?:everything|anything|for everyone|for life|forever)\b/i;
const NO_LIMIT = /\b(?:no limit|unlimited(?: use| uses| redemptions)?|no (?:expiry|expiration|cap|maximum)|as (?:often|many times) as|(?:share|forward|pass) (?:it|this|the code) (?:with|to) (?:friends|anyone|everyone|family)|stack(?:s|able)? with)\b/i;
const LIST_RECIPIENT = /(?:^|[\s,<])(?:newsletter|list|lists|all|everyone|customers|subscribers|members|announce)[\w.-]*@|@lists?\.|\blist\b|\ball (?:customers|subscribers|members)\b/i;
const LIMITED = /\b(?:one|1) (?:per|use per) (?:customer|person|household|account)\b|\bsingle[- ]use\b|\bfirst \d+ (?:orders|customers)\b/i;

export function judgeGiveaway(text: string, recipient = ''): Finding[] {
  const discount = BIG_DISCOUNT.exec(text);
  if (!discount || LIMITED.test(text)) return [];
  if (!NO_LIMIT.test(text) && !LIST_RECIPIENT.test(recipient)) return [];
  return [finding(0.72, 'critical', false, 'money_loss', `the message gives ${discount[0]} ${NO_LIMIT.test(text) ? 'with no limit on its use' : 'to a whole list'}`)];
}
