"""Sums a dotnet-trace speedscope file (dotnet-sampled-thread-time, evented) into time per frame.

usage: python3 speedscope_summary.py FILE.speedscope.json [ROOT] [FRAME_REGEX] [TOP]

Only time on stacks that contain ROOT (any stack when empty) and were running managed code is counted: thread-time
sampling samples every thread, and the speedscope converter tops each sampled stack with CPU_TIME (running) or
UNMANAGED_CODE_TIME (waiting, or in native code such as the GC). Prints each frame's inclusive share of the running
time (only frames matching FRAME_REGEX), then the top frames by own time. docs/benchmarks.md says which profiles were summed with it."""
import json, sys, collections, re
path = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else 'HttpProtocol.ProcessRequests'
flt = sys.argv[3] if len(sys.argv) > 3 else None
data = json.load(open(path))
frames = [f['name'] for f in data['shared']['frames']]
incl = collections.Counter(); selfc = collections.Counter(); total = 0.0; everything = 0.0
for prof in data['profiles']:
    stack = []; last = None
    for e in prof['events']:
        at = e['at']
        if last is not None and stack and at > last:
            d = at - last; everything += d
            names = [frames[i] for i in stack]
            # The converter puts CPU_TIME on top of a stack that was running managed code, UNMANAGED_CODE_TIME on one
            # that was waiting or in native code: only the running ones are counted.
            if names[-1] == 'CPU_TIME' and len(names) > 1 and any(root in n for n in names):
                total += d
                for n in set(names[:-1]): incl[n] += d
                selfc[names[-2]] += d
        last = at
        if e['type'] == 'O': stack.append(e['frame'])
        else:
            if stack: stack.pop()
print(f'counted (running, under ROOT): {100 * total / everything:.2f} % of the time sampled on all threads')
def short(n): return n if len(n) < 170 else n[:167] + '...'
print('--- inclusive ---')
shown = 0
for n, w in incl.most_common():
    if flt and not re.search(flt, n): continue
    print(f'{100*w/total:6.1f}%  {short(n)}'); shown += 1
    if shown >= int(sys.argv[4] if len(sys.argv) > 4 else 70): break
print('--- self (top 30) ---')
for n, w in selfc.most_common(30):
    print(f'{100*w/total:6.1f}%  {short(n)}')
