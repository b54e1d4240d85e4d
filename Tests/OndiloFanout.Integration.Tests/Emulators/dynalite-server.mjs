// Starts dynalite (in-memory DynamoDB emulator) on 127.0.0.1 only, with tables active at once.
// Usage: node dynalite-server.mjs <port>   (0 = any free port). Prints "ready <port>" once listening.
import dynalite from "dynalite";

const port = Number.parseInt(process.argv[2] ?? "0", 10);
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(port, "127.0.0.1", () => console.log(`ready ${server.address().port}`));
