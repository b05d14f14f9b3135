import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const nextBin = path.resolve('node_modules/.bin/next')

/** Starts the Next.js CLI with the portal's environment, its output prefixed line by line. */
export function spawnNext(args: string[], prefix: string): ChildProcess {
  const child = spawn(nextBin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffer = ''
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) out.write(`${prefix} ${line}\n`)
    })
    stream.on('end', () => buffer && out.write(`${prefix} ${buffer}\n`))
  }
  relay(child.stdout!, process.stdout)
  relay(child.stderr!, process.stderr)
  return child
}

/** Runs a Next.js CLI command to completion; rejects when it fails. */
export function runNext(args: string[], prefix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnNext(args, prefix)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}
