/**
 * A Chrome trace over CDP (`devtools.timeline` category), and the time spent in chosen
 * functions: the `FunctionCall` trace events whose data (script URL, function name) pass a
 * test, e.g. every call into the content script's chrome-extension:// address. A call
 * nested inside another counted call is not counted twice.
 */

export async function startTrace(cdp) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  return async function stop() {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Complete events (ph 'X', or 'B'/'E' pairs) named `name`, with ts and dur in ms. */
function spans(events, name) {
  const out = [];
  const open = new Map();
  for (const e of events) {
    if (e.name !== name) continue;
    if (e.ph === 'X') out.push({ ...e, start: e.ts / 1000, dur: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
    else if (e.ph === 'B') open.set(e.tid, [...(open.get(e.tid) ?? []), e]);
    else if (e.ph === 'E') {
      const begin = open.get(e.tid)?.pop();
      if (begin) out.push({ ...begin, start: begin.ts / 1000, dur: (e.ts - begin.ts) / 1000, cpu: ((e.tts ?? e.ts) - (begin.tts ?? begin.ts)) / 1000 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The calls whose trace data ({ url, functionName, ... }) passes `test`, outermost only, each
 * { start, dur, cpu, fn } in ms: `dur` is wall time, `cpu` the thread's own time (`tdur`), which
 * leaves out the moments another process had the core.
 */
export function callsWhere(events, test) {
  const ours = spans(events, 'FunctionCall').filter((e) => e.args?.data && test(e.args.data));
  const kept = [];
  const endByThread = new Map();
  for (const call of ours) {
    if (call.start < (endByThread.get(call.tid) ?? -Infinity)) continue;
    endByThread.set(call.tid, call.start + call.dur);
    kept.push({ start: call.start, dur: call.dur, cpu: call.cpu, tid: call.tid, fn: call.args.data.functionName || '(anonymous)' });
  }
  return kept;
}

/**
 * Tasks over `limitMs` (wall) on the threads our calls ran on, each with the wall time of
 * our calls inside it: whose work made the task long.
 */
export function longTasksWith(events, calls, limitMs = 50) {
  const threads = new Set(calls.map((c) => c.tid));
  return spans(events, 'RunTask')
    .filter((t) => threads.has(t.tid) && t.dur > limitMs)
    .map((t) => ({
      dur: t.dur,
      cpu: t.cpu,
      ours: calls.filter((c) => c.tid === t.tid && c.start >= t.start && c.start < t.start + t.dur).reduce((sum, c) => sum + c.dur, 0),
    }));
}
