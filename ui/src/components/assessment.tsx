import type { Assessment } from '../types';

// Why the firewall gated a call: its decision, score and reasons, then every factor with its own risk.

export function RiskBadge({ risk }: { risk: number }) {
  const level = risk >= 0.7 ? 'high' : risk >= 0.4 ? 'mid' : 'low';
  return <span class={`risk risk-${level}`} title="risk score (0-1)">{risk.toFixed(2)}</span>;
}

export function AssessmentView({ a }: { a: Assessment | null }) {
  if (!a) return <p class="muted">No assessment recorded.</p>;
  return (
    <section class="assessment" aria-label="Assessment">
      <dl class="facts">
        <dt>decision</dt>
        <dd>
          <span class={`badge decision-${a.decision}`}>{a.decision}</span>
        </dd>
        <dt>risk</dt>
        <dd>
          <RiskBadge risk={a.risk_score} /> <span class="muted">confidence {a.confidence.toFixed(2)}</span>
        </dd>
        <dt>side effects</dt>
        <dd>
          {a.side_effect_class} · {a.reversible ? 'reversible' : 'not reversible'} · profile from {a.profile_source}
        </dd>
        {a.crisis_rule || a.crisis_sensitive ? (
          <>
            <dt>crisis</dt>
            <dd class="error">{a.crisis_rule ? 'gated by the crisis rule: approve once only' : 'crisis-sensitive'}</dd>
          </>
        ) : null}
      </dl>
      {a.reasons.length > 0 && (
        <ul class="reasons">
          {a.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      <div class="scroll-x">
      <table class="factors">
        <caption>Factors</caption>
        <thead>
          <tr>
            <th scope="col">factor</th>
            <th scope="col">risk</th>
            <th scope="col">reason</th>
          </tr>
        </thead>
        <tbody>
          {a.factors.map((f, i) => (
            <tr key={i}>
              <td class="mono">{f.name}</td>
              <td>
                <span class="bar" style={{ '--w': `${Math.round(f.risk * 100)}%` }} aria-label={`risk ${f.risk.toFixed(2)}`}>
                  {f.risk.toFixed(2)}
                </span>
              </td>
              <td>{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
