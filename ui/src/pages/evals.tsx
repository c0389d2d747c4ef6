export default function Page() {
  return <p class="muted">evals: coming</p>;
}
