import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, connect } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { stopChild } from './stopChild'

export interface StaticServer {
  url: string
  stop(): Promise<void>
}

const nginxBin = process.env.NGINX_PATH || '/usr/sbin/nginx'

/**
 * Serves one HTML file with Debian's nginx on a free loopback port, from a generated minimal
 * config in a temporary folder, in the foreground as a child of this process. Every path
 * answers the file. gzip as Next.js sends it: only when asked, level 6, from 1 KB.
 */
export async function serveWithNginx(html: string, workers = 1): Promise<StaticServer> {
  if (!existsSync(nginxBin)) throw new Error(`${nginxBin} is missing: apt-get install -y nginx (or set NGINX_PATH)`)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-nginx-'))
  // nginx's workers run as `nobody` when started by root: they must reach the page.
  await chmod(dir, 0o755)
  await mkdir(path.join(dir, 'html'))
  await writeFile(path.join(dir, 'html', 'page.html'), html)
  const port = await freePort()
  await writeFile(path.join(dir, 'nginx.conf'), config(dir, port, workers))
  const nginx = spawn(nginxBin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: 'ignore' })
  const stop = async () => {
    await stopChild(nginx)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await waitForPort(port, () => nginx.exitCode !== null)
  } catch (error) {
    const log = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '')
    await stop()
    throw new Error(`nginx did not start: ${String(error)}\n${log}`)
  }
  return { url: `http://127.0.0.1:${port}`, stop }
}

function config(dir: string, port: number, workers: number): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/temp-${kind};`).join('\n')
  return `daemon off;
worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
${temp}
  default_type 'text/html; charset=utf-8';
  sendfile on;
  tcp_nopush on;
  # Node keeps a connection for any number of requests; so does this.
  keepalive_requests 1000000;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 1024;
  gzip_vary on;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    location / { try_files /page.html =404; }
  }
}
`
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(port: number, exited: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited()) throw new Error('nginx exited')
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await delay(50)
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs / 1000} s`)
}
