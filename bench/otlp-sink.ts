import http from 'node:http';

// An OTLP/HTTP receiver that accepts and discards, so the telemetry benchmark measures the
// gateway's side of exporting (span building, batching, serialization), not a backend.
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`listening ${typeof addr === 'object' && addr ? addr.port : ''}\n`);
});
