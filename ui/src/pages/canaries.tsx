export default function Page() {
  return <p class="muted">canaries: coming</p>;
}
