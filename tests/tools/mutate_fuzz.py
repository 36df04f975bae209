import os, random, subprocess, sys, glob
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
files = sorted(glob.glob('/work/main/tests/python/*.py'))
srcs = [open(f).read() for f in files]
tokens = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '*', '**', '=', '==', 'lambda', 'yield', 'not', 'def', 'class',
          'return', 'raise', 'try:', 'except', 'finally:', 'with', 'async', 'await', 'global x', 'nonlocal x', '\n', '\n    ',
          '"', "'", 'f"{', '}', '\\', '0x', '1e999', '-', '~', '@', 'del', 'import sys', 'None', '...', 'super()', '__class__',
          'x', 'self', 'for', 'in', 'if', 'else', 'while', 'break', 'continue', ';', '#', 'print(', 'sys.setrecursionlimit(10**6)']
crashes = 0
for i in range(N):
    s = random.choice(srcs)
    ops = random.randint(1, 6)
    b = list(s)
    for _ in range(ops):
        r = random.random()
        pos = random.randrange(len(b) + 1)
        if r < 0.4:
            b[pos:pos] = list(random.choice(tokens))
        elif r < 0.7 and b:
            del b[pos:pos + random.randint(1, 10)]
        else:
            if b:
                j = random.randrange(len(b)); k = random.randrange(len(b))
                b[j:j+5], b[k:k+5] = b[k:k+5], b[j:j+5]
    src = ''.join(b)
    path = f'/tmp/fuzz/case.py'
    open(path, 'w').write(src)
    try:
        p = subprocess.run(['/work/main/target/release/sandpy', 'run', path], capture_output=True, timeout=10, cwd='/work/main/tests/python')
        rc = p.returncode
        if rc < 0 or rc == 70 or rc > 2 and rc not in range(0, 256):
            crashes += 1
            out = f'/tmp/fuzz/crash_{i}.py'
            open(out, 'w').write(src)
            print('CRASH', rc, out, p.stderr.decode(errors='replace')[-300:])
    except subprocess.TimeoutExpired:
        pass
print('done', N, 'crashes', crashes)
