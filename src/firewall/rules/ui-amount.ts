// An amount of money on the button or in the request, in any currency and language: "Renew –
// ₱2,940", "Doładuj 500 zł", "1 245 kr", "Rp 412.500", "150 quid". A press that commits while the
// page or the request names an amount pays it, in whatever language the button is written; the
// authors of ay1 and az1 wrote such presses in Finnish, Greek, Catalan, Swahili and Polish, which
// no word list of paying covered. Downloading, viewing, sorting, filtering or adding to a cart
// pays nothing.

const SIGN = String.raw`[$€£¥₹₱₦₩₺₽₫₪₴₸₵]|R\$|US\$|CA\$|A\$`;
/** Codes written before the number ("EUR 1.240", "Rp 412.500", "KSh 14,000"). */
const BEFORE = String.raw`usd|eur|gbp|chf|inr|php|ngn|kes|ksh|ugx|tzs|ghs|zar|egp|aed|sar|pln|sek|nok|dkk|czk|huf|ron|rp|idr|rm|myr|thb|vnd|brl|mxn|try|rub|uah|hkd|sgd|cad|aud|kr`;
/** Codes and names written after it ("500 zł", "1 245 kr", "150 quid", "3.450 TL", "12,800円"). */
const AFTER = String.raw`${BEFORE}|jpy|cny|rmb|tsh|xof|xaf|fcfa|zł|zl|isk|kč|lei|bgn|лв|tl|руб|грн|đ|euros?|euroa|euron|evra|dollars?|bucks|pounds|quid|naira|rupees?|pesos?|shillings?|yen|lira|złotych|zlotych|złote|francs?|reais|rand|baht|dirhams?|riyals?|cedis?|dinars?|kroner|kronor|kronur|forint|hryvnias?|гривень|гривні|рублей|рубля|円|元|원|塊`;
const NUMBER = String.raw`\d{1,3}(?:[ .,\u00a0\u202f']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
/** A number with a currency sign, code or name before or after it (a letter on either side ends the match). */
const AMOUNT = new RegExp(String.raw`(?<![\p{L}\d])(?:${SIGN})\s?(?:${NUMBER})|(?<![\p{L}\d])(?:${BEFORE})\s?(?:${NUMBER})(?![\p{L}\d])|(?<![\p{L}\d.,])(?:${NUMBER})\s?(?:k\s?)?(?:${SIGN}|(?:${AFTER})(?!\p{L}))`, 'iu');

/** The press reads or gathers rather than pays: a PDF, details, a filter, a cart. */
const BROWSES = /\b(?:download\w*|view(?:ing)?|(?:see|show|open) (?:the )?(?:\w+ )?details|details (?:page|tab|view)|preview|print|filter\w*|sort\w*|compare|slider|max(?:imum)? price|price (?:filter|range|alert)|(?:add|put|move)\w* (?:\w+ ){0,3}(?:to|in|into) (?:the |my |our )?(?:cart|basket|bag|trolley|wishlist|watch ?list)|add to (?:cart|basket|bag)|wishlist|save for later|screenshot|search|look at|read (?:me )?(?:the )?|ladda ner|herunterladen|descargar|t[ée]l[ée]charger|scarica|baixar|pobierz|indir|unduh|lataa)\b/i;
/** A clause that says not to pay yet ("don't pay yet", "I'll pay it myself"). */
const NOT_PAYING = /\b(?:don'?t|do not|not yet|never|without|stop before|before (?:paying|checkout))\b[^.,;\n]{0,30}\b(?:pay|buy|check ?out|order|submit|confirm|bid|send)\w*|\b(?:i'?ll|i will|we'?ll|she'?ll|he'?ll) (?:pay|check ?out|buy|order|confirm)\b/i;

const AMOUNTS = new RegExp(AMOUNT.source, 'giu');
const IN_AMOUNT = new RegExp(NUMBER, 'u');

/** The amounts of money the text names, as numbers ("1.250,00 €" -> 1250, "$39.99" -> 39.99, "6,50 €" -> 6.5). */
export function amountsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(AMOUNTS)) {
    const digits = IN_AMOUNT.exec(m[0])?.[0];
    if (digits) out.push(numberOf(digits));
  }
  return out;
}

/** A written number: a last `.` or `,` before one or two digits is the decimal point, other marks group thousands. */
export function numberOf(written: string): number {
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(written.trim())!;
  return Number(`${m[1].replace(/[^\d]/g, '')}.${m[2] ?? '0'}`);
}

/**
 * Amounts written with cents and no currency ("refund the 12.50"): where the call carries its
 * currency, a number with two decimals in the request is that money. Whole numbers stay out: an
 * order or booking number ("order 88412") is not an amount.
 */
export function centsAmountsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\p{L}\p{Sc}\d.,])(\d+[.,]\d{2})(?![\p{L}\d%]|[.,]\d)/gu)].map((m) => numberOf(m[1]));
}

/** An amount of money in the text. */
export const namesAmount = (text: string): boolean => text !== '' && AMOUNT.test(text);

/** The label or request names an amount, and the press neither browses nor is told not to pay. */
export function pressesAmount(label: string, request: string): boolean {
  if (!namesAmount(label) && !namesAmount(request)) return false;
  return !gathersOnly(label, request) && !NOT_PAYING.test(request);
}

/** The button or the request downloads, views, sorts, filters or fills a cart: it gathers, sending and paying nothing. */
export const gathersOnly = (label: string, request: string): boolean => BROWSES.test(label) || BROWSES.test(request);
