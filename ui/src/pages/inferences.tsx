export default function Page() {
  return <p class="muted">inferences: coming</p>;
}
