// An evaluator function: gets { item, response, text, toolCalls } and returns a boolean, a number
// in [0, 1], or { score, pass?, explanation }. Here: shorter answers score higher.
export default function brevity({ text }) {
  const score = Math.max(0, 1 - text.length / 400);
  return { score, explanation: `${text.length} characters` };
}
