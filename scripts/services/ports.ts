import { createServer } from 'node:net'

/**
 * Fails with a clear message when something already listens on 127.0.0.1:port: otherwise a
 * health check could be answered by that other server instead of ours.
 */
export async function assertPortFree(port: number, service: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new Error(
      `Cổng ${port} đã có chương trình khác dùng; đặt ${variable} khác để chạy ${service}. / ` +
        `Port ${port} on 127.0.0.1 is already in use; set ${variable} to another port for ${service}.`,
    )
  }
}
