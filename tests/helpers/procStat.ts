// Linux process facts from /proc/<pid>/stat, read the one safe way: the command name (in parentheses) may hold spaces
// and parentheses itself, so the fields are counted from the last ')'.
import { readFileSync } from 'node:fs'

/** The fields after the command name: [0] state, [1] parent pid, [11] user and [12] system CPU ticks, … (proc(5)). */
export function procStatFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

/** The parent of `pid`, or null when the process is gone. */
export function parentPid(pid: number): null | number {
  try {
    return Number(procStatFields(pid)[1])
  } catch {
    return null
  }
}

/** Whether `pid` is `ancestor` or one of its descendants (npm → sh → node), within a few generations. */
export function isDescendant(pid: number, ancestor: number): boolean {
  for (let current: null | number = pid, hops = 0; current !== null && current > 1 && hops < 10; hops++) {
    if (current === ancestor) return true
    current = parentPid(current)
  }
  return false
}
