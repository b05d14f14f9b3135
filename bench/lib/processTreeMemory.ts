import { readdirSync, readFileSync } from 'node:fs'

const pageSize = 4096

export interface MemorySampler {
  /** Stops sampling; returns the highest sum of resident memory seen, in bytes. */
  stop(): { peakBytes: number; peakProcesses: number; samples: number }
}

/**
 * Samples the resident memory (RSS) of a process and all its descendants every `intervalMs`,
 * from /proc (Linux), and keeps the highest sum seen. Short spikes between samples are missed.
 */
export function sampleProcessTreeMemory(rootPid: number, intervalMs = 250): MemorySampler {
  let peakBytes = 0
  let peakProcesses = 0
  let samples = 0
  const sample = () => {
    const pids = descendantsOf(rootPid)
    const bytes = pids.reduce((sum, pid) => sum + residentBytes(pid), 0)
    samples += 1
    if (bytes > peakBytes) {
      peakBytes = bytes
      peakProcesses = pids.length
    }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      return { peakBytes, peakProcesses, samples }
    },
  }
}

function descendantsOf(rootPid: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const parent = parentOf(Number(entry))
    if (parent === undefined) continue
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  const tree = [rootPid]
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]) ?? []))
  return tree
}

function parentOf(pid: number): number | undefined {
  try {
    // The fields after the parenthesised command name: state, ppid, …
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined
  }
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize
  } catch {
    return 0
  }
}
