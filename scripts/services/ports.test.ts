import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree } from "./ports";

const listen = (port: number) =>
  new Promise<Server>((resolve) => {
    const server = createServer();
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
const close = (server: Server) =>
  new Promise<void>((resolve) => server.close(() => resolve()));

describe("assertPortFree", () => {
  it("refuses a port another program keeps, naming the variable to change", async () => {
    const server = await listen(0);
    const port = (server.address() as { port: number }).port;
    await expect(
      assertPortFree(port, "Meilisearch", "MEILI_PORT", 300),
    ).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use; set MEILI_PORT to another port for Meilisearch.`,
    );
    await close(server);
  });

  it("waits for a port that is being let go", async () => {
    const server = await listen(0);
    const port = (server.address() as { port: number }).port;
    setTimeout(() => void close(server), 300);
    await expect(
      assertPortFree(port, "Meilisearch", "MEILI_PORT", 3_000),
    ).resolves.toBeUndefined();
  });
});
