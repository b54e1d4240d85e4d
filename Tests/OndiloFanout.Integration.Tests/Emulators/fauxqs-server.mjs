// Starts fauxqs (SQS emulator) on 127.0.0.1 only; its CLI would bind every interface.
// Usage: node fauxqs-server.mjs <port>   (0 = any free port). Prints "ready <port>" once listening.
import { buildApp } from "fauxqs";

const port = Number.parseInt(process.argv[2] ?? "0", 10);
const app = buildApp({ logger: false });
await app.listen({ port, host: "127.0.0.1" });
console.log(`ready ${app.server.address().port}`);
