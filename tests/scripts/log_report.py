# A web-server log report: parse access-log lines with a regular
# expression, count with Counter, and print the busiest clients, the status
# classes, the slowest paths and an hourly histogram.
import random
import re
from collections import Counter, defaultdict

rng = random.Random(2024)
PATHS = ['/', '/index.html', '/api/users', '/api/orders', '/static/app.js',
         '/static/style.css', '/login', '/logout', '/search?q=sandbox', '/admin']
AGENTS = ['curl/8.4.0', 'Mozilla/5.0 (X11; Linux x86_64)', 'python-requests/2.31',
          'Googlebot/2.1']
lines = []
for i in range(2000):
    ip = '10.0.%d.%d' % (rng.randrange(4), rng.randrange(1, 40))
    hour = rng.randrange(24)
    minute = rng.randrange(60)
    method = rng.choice(['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'])
    path = rng.choice(PATHS)
    status = rng.choice([200] * 12 + [201, 204, 301, 304, 400, 401, 403, 404, 404, 500, 503])
    size = rng.randrange(0, 50000) if status != 204 else 0
    ms = round(rng.expovariate(1 / 80), 1)
    agent = rng.choice(AGENTS)
    lines.append('%s - - [07/Dec/2026:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "%s" %.1fms'
                 % (ip, hour, minute, rng.randrange(60), method, path, status, size, agent, ms))
# A few lines a real log also has.
lines.insert(100, 'garbage line without structure')
lines.insert(700, '')

LINE = re.compile(
    r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ '
    r'\[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<hour>\d{2}):\d{2}:\d{2} [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) '
    r'"(?P<agent>[^"]*)" (?P<ms>[\d.]+)ms$')

ips = Counter()
statuses = Counter()
by_hour = Counter()
bytes_by_path = defaultdict(int)
times = defaultdict(list)
bad = 0
for line in lines:
    m = LINE.match(line)
    if m is None:
        bad += 1
        continue
    ips[m['ip']] += 1
    statuses[m.group('status')[0] + 'xx'] += 1
    by_hour[int(m['hour'])] += 1
    path = re.sub(r'\?.*$', '', m['path'])
    bytes_by_path[path] += int(m['size'])
    times[path].append(float(m['ms']))

print('parsed %d lines, %d unparsable' % (sum(ips.values()), bad))
print('top clients:')
for ip, n in ips.most_common(5):
    print('  %-12s %5d' % (ip, n))
print('status classes:', sorted(statuses.items()))
print('bytes by path:')
for path, b in sorted(bytes_by_path.items(), key=lambda kv: -kv[1]):
    print('  {:<18}{:>12,}'.format(path, b))
print('slowest paths (mean ms):')
means = {p: sum(v) / len(v) for p, v in times.items()}
for p in sorted(means, key=means.get, reverse=True)[:3]:
    print('  %-18s %7.2f over %d requests' % (p, means[p], len(times[p])))
peak = max(by_hour.values())
for h in range(24):
    print('%02d %s %d' % (h, '#' * (by_hour[h] * 40 // peak), by_hour[h]))
agents = Counter(re.findall(r'"([A-Za-z-]+)/[\d.]+', '\n'.join(lines)))
print('agents:', agents.most_common())
print('errors:', [l.split('"')[1] for l in lines if re.search(r'" 5\d\d ', l)][:3])

# Output:
# parsed 2000 lines, 2 unparsable
# top clients:
#   10.0.3.4        25
#   10.0.2.8        24
#   10.0.3.12       21
#   10.0.0.28       21
#   10.0.3.34       21
# status classes: [('2xx', 1211), ('3xx', 163), ('4xx', 427), ('5xx', 199)]
# bytes by path:
#   /api/users           5,383,625
#   /api/orders          5,362,621
#   /logout              5,292,432
#   /static/style.css    4,985,395
#   /index.html          4,932,736
#   /login               4,778,521
#   /static/app.js       4,734,570
#   /                    4,547,746
#   /admin               4,271,765
#   /search              3,940,254
# slowest paths (mean ms):
#   /login               91.23 over 204 requests
#   /api/orders          89.76 over 220 requests
#   /search              86.09 over 169 requests
# 00 ################################## 85
# 01 ################################## 86
# 02 ################################### 89
# 03 ############################### 79
# 04 ############################## 76
# 05 ############################### 79
# 06 #################################### 90
# 07 ################################## 86
# 08 ######################### 64
# 09 ################################## 87
# 10 ############################## 75
# 11 #################################### 91
# 12 ######################################## 100
# 13 ################################## 85
# 14 ############################## 77
# 15 #################################### 91
# 16 ################################### 89
# 17 ################################# 84
# 18 #################################### 92
# 19 ############################ 72
# 20 ##################################### 94
# 21 ########################### 69
# 22 ################################ 82
# 23 ############################### 78
# agents: [('curl', 544), ('python-requests', 501), ('Mozilla', 487), ('Googlebot', 468)]
# errors: ['DELETE /logout HTTP/1.1', 'GET /static/style.css HTTP/1.1', 'GET /login HTTP/1.1']
