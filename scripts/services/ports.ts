import { createServer } from 'node:net'

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)))
  })

/**
 * Fails with a clear message when something listens on 127.0.0.1:port: otherwise a health check
 * could be answered by that other server instead of ours. A server that is just exiting (the one
 * a killed runner left, stopped by its parent-death signal) gets `graceMs` to let the port go.
 */
export async function assertPortFree(port: number, service: string, variable: string, graceMs = 5_000): Promise<void> {
  const deadline = Date.now() + graceMs
  let free = await isFree(port)
  while (!free && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    free = await isFree(port)
  }
  if (!free) {
    throw new Error(
      `Cổng ${port} đã có chương trình khác dùng; đặt ${variable} khác để chạy ${service}. / ` +
        `Port ${port} on 127.0.0.1 is already in use; set ${variable} to another port for ${service}.`,
    )
  }
}
