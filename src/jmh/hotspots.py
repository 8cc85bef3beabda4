#!/usr/bin/env python3
"""Where the CPU goes in a JFR recording: reads `jfr print --stack-depth 64 --events jdk.ExecutionSample`
output on stdin and prints (1) the methods on top of the stack (self time) and (2) the share of samples
whose stack holds a frame matching each group (inclusive time) -- ICU, java.util.regex, citeproc-java,
JBibTeX, Jackson, opis packages. Usage: jfr print ... rec.jfr | python3 src/jmh/hotspots.py [TOP]"""
import re
import sys
from collections import Counter

top_n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
groups = {
    'ICU (com.ibm.icu)': 'com.ibm.icu.',
    'java.util.regex': 'java.util.regex.',
    'Pattern.compile (regex compiled in the hot path)': 'java.util.regex.Pattern.compile',
    'citeproc-java (de.undercouch)': 'de.undercouch.citeproc.',
    'registerCitationItems': 'registerCitationItems',
    'JBibTeX (org.jbibtex)': 'org.jbibtex.',
    'opis LaTeX': 'org.opis.bibtex.LaTeX',
    'Jackson': 'com.fasterxml.jackson.',
    'opis archival': 'org.opis.archival.',
    'opis names': 'org.opis.names.',
    'opis reflist': 'org.opis.reflist.',
    'opis cite': 'org.opis.cite.',
    'GC-free String building (StringBuilder)': 'java.lang.AbstractStringBuilder',
}
self_time = Counter()
inclusive = Counter()
entry = {'com.ibm.icu.': Counter(), 'java.util.regex.': Counter(), 'de.undercouch.citeproc.': Counter()}
samples = 0
frames = []


def flush():
    global samples
    if not frames:
        return
    samples += 1
    self_time[frames[0]] += 1
    joined = '\n'.join(frames)
    for g, needle in groups.items():
        if needle in joined:
            inclusive[g] += 1
    for lib, c in entry.items():
        hit = [i for i, f in enumerate(frames) if f.startswith(lib)]
        if hit:
            caller = next((f for f in frames[hit[-1]:] if f.startswith('org.opis.')), None)
            if caller:
                c[caller] += 1


in_stack = False
for line in sys.stdin:
    s = line.strip()
    if s.startswith('jdk.ExecutionSample'):
        flush()
        frames = []
        in_stack = False
    elif s.startswith('stackTrace = ['):
        in_stack = True
    elif in_stack:
        if s.startswith(']'):
            in_stack = False
        elif s and s != '...':
            frames.append(re.sub(r'\s+line:.*$', '', s))
flush()
print(f'{samples} samples')
print('-- self (top of stack)')
for m, c in self_time.most_common(top_n):
    print(f'{100 * c / samples:5.1f}%  {m}')
print('-- inclusive (stack holds)')
for g, c in inclusive.most_common():
    print(f'{100 * c / samples:5.1f}%  {g}')
for lib, c in entry.items():
    if c:
        print(f'-- opis methods calling into {lib} (share of all samples)')
        for m, n in c.most_common(6):
            print(f'{100 * n / samples:5.1f}%  {m}')
