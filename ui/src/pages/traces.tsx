export default function Page() {
  return <p class="muted">traces: coming</p>;
}
