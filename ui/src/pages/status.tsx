export default function Page() {
  return <p class="muted">status: coming</p>;
}
