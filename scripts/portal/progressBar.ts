import cliProgress from 'cli-progress'
import type { ImportProgress } from '@/lib/import/progress'

/**
 * A progress bar per import stage on a terminal; in CI and logs (no TTY) a line every 25 %,
 * so that the output stays readable.
 */
export function terminalProgress(prefix = '[import]'): ImportProgress {
  const tty = Boolean(process.stdout.isTTY)
  return {
    stage(label, total) {
      const started = Date.now()
      if (tty) {
        const bar = new cliProgress.SingleBar(
          { format: `${prefix} ${label.padEnd(20)} [{bar}] {value}/{total} {percentage}% · {duration}s`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
        bar.start(total, 0)
        return { tick: (done) => bar.update(done), end: () => bar.stop() }
      }
      let reported = 0
      console.log(`${prefix} ${label}: ${total}`)
      return {
        tick(done) {
          const quarter = Math.floor((done / Math.max(total, 1)) * 4)
          if (quarter > reported && done < total) {
            reported = quarter
            console.log(`${prefix} ${label}: ${done}/${total}`)
          }
        },
        end: () => console.log(`${prefix} ${label}: ${total}/${total} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
      }
    },
  }
}
