# A differential workload: tasks driven by a seeded random generator
# sleep(0), wait on and set events, put to and get from queues, take
# locks and semaphores, start, await and cancel other tasks, and gather;
# every step is logged. The log is the order the loop ran things in,
# which must be CPython's step for step.
import asyncio
import random


async def workload(seed, ntasks=6, steps=12):
    random.seed(seed)
    rng = random
    log = []
    events = [asyncio.Event() for _ in range(3)]
    queue = asyncio.Queue(maxsize=2)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    tasks = []

    async def child(name, n):
        for i in range(n):
            log.append(f"{name}.{i}")
            await asyncio.sleep(0)
        return name

    async def actor(me):
        try:
            for step in range(steps):
                op = rng.randrange(10)
                log.append(f"t{me}:{step}:{op}")
                if op == 0:
                    await asyncio.sleep(0)
                elif op == 1:
                    e = events[rng.randrange(3)]
                    if not e.is_set():
                        try:
                            await asyncio.wait_for(e.wait(), 10)
                        except TimeoutError:
                            log.append(f"t{me} timeout")
                elif op == 2:
                    events[rng.randrange(3)].set()
                elif op == 3:
                    if queue.full():
                        queue.get_nowait()
                    await queue.put((me, step))
                elif op == 4:
                    if not queue.empty():
                        log.append(f"t{me} got {await queue.get()}")
                elif op == 5:
                    async with lock:
                        await asyncio.sleep(0)
                        log.append(f"t{me} locked")
                elif op == 6:
                    async with sem:
                        await asyncio.sleep(0)
                        log.append(f"t{me} sem")
                elif op == 7:
                    t = asyncio.create_task(child(f"c{me}_{step}", rng.randrange(3)))
                    t.add_done_callback(lambda f: log.append(f"done {f.result() if not f.cancelled() else 'cancelled'}"))
                    if rng.randrange(2):
                        log.append(f"t{me} awaited {await t}")
                elif op == 8:
                    others = [t for t in tasks if not t.done()]
                    if others and rng.randrange(4) == 0:
                        victim = others[rng.randrange(len(others))]
                        log.append(f"t{me} cancels {victim.get_name()}")
                        victim.cancel()
                else:
                    r = await asyncio.gather(child(f"g{me}a", 1), child(f"g{me}b", 2),
                                             return_exceptions=True)
                    log.append(f"t{me} gathered {r}")
        except asyncio.CancelledError:
            log.append(f"t{me} cancelled")
            raise
        return me

    for i in range(ntasks):
        tasks.append(asyncio.create_task(actor(i), name=f"actor{i}"))
    async def setter():
        # Sets every event after a fixed number of passes (no timers: the
        # interleaving must not depend on how fast the machine is).
        for _ in range(40):
            await asyncio.sleep(0)
        for e in events:
            e.set()
        log.append("all set")
    # Not among the tasks the actors may cancel.
    set_all = asyncio.create_task(setter(), name="setter")
    results = await asyncio.gather(*tasks, return_exceptions=True)
    await set_all
    log.append(str([r if not isinstance(r, BaseException) else type(r).__name__ for r in results]))
    return log


for seed in range(12):
    log = asyncio.run(workload(seed))
    print(seed, len(log))
    for i in range(0, len(log), 8):
        print(" ", " | ".join(log[i:i + 8]))

# Output:
# 0 123
#   t0:0:6 | t1:0:6 | t2:0:0 | t3:0:4 | t3:1:8 | t3:2:6 | t4:0:4 | t4:1:7
#   t4:2:8 | t4:3:4 | t4:4:2 | t4:5:9 | t5:0:4 | t5:1:8 | t5:2:4 | t5:3:1
#   t0 sem | t0:1:1 | t1 sem | t1:1:5 | t2:1:7 | t2:2:5 | c4_1.0 | g4a.0
#   g4b.0 | t1 locked | t1:2:6 | c2_1.0 | g4b.1 | t3 sem | t3:3:5 | t1 sem
#   t1:3:9 | c2_1.1 | done c4_1 | t2 locked | t2:3:3 | t2:4:8 | t2:5:7 | g1a.0
#   g1b.0 | c2_5.0 | g1b.1 | done c2_1 | t4 gathered ['g4a', 'g4b'] | t4:6:0 | t3 locked | t3:4:8
#   t3 cancels actor0 | t3:5:6 | c2_5.1 | t4:7:0 | t3 sem | t3:6:9 | t4:8:7 | t4:9:5
#   g3a.0 | g3b.0 | done c2_5 | t2 awaited c2_5 | t2:6:1 | t2:7:9 | t1 gathered ['g1a', 'g1b'] | t1:4:3
#   t1:5:3 | t1:6:2 | t1:7:7 | t1:8:5 | c4_8.0 | t4 locked | t4:10:8 | t4:11:1
#   g3b.1 | g2a.0 | g2b.0 | t0 cancelled | g2b.1 | done c1_7 | done c4_8 | t1 locked
#   t1:9:8 | t1:10:1 | t1:11:5 | t5:4:8 | t5:5:9 | t1 locked | t3 gathered ['g3a', 'g3b'] | t3:7:8
#   t3:8:7 | g5a.0 | g5b.0 | t2 gathered ['g2a', 'g2b'] | t2:8:5 | g5b.1 | done c3_8 | t3 awaited c3_8
#   t3:9:9 | t2 locked | t2:9:3 | t2:10:4 | t2 got (1, 5) | t2:11:2 | g3a.0 | g3b.0
#   g3b.1 | t5 gathered ['g5a', 'g5b'] | t5:6:2 | t5:7:9 | g5a.0 | g5b.0 | g5b.1 | t3 gathered ['g3a', 'g3b']
#   t3:10:4 | t3 got (2, 9) | t3:11:7 | done c3_11 | t5 gathered ['g5a', 'g5b'] | t5:8:2 | t5:9:0 | t5:10:1
#   t5:11:8 | all set | ['CancelledError', 1, 2, 3, 4, 5]
# 1 96
#   t0:0:2 | t0:1:1 | t1:0:1 | t2:0:7 | t3:0:3 | t3:1:1 | t4:0:0 | t5:0:6
#   c2_0.0 | t4:1:6 | t5 sem | t5:1:9 | t4 sem | t4:2:0 | g5a.0 | g5b.0
#   done c2_0 | t2 awaited c2_0 | t2:1:7 | t2:2:9 | t4:3:1 | g5b.1 | c2_1.0 | g2a.0
#   g2b.0 | g2b.1 | done c2_1 | t5 gathered ['g5a', 'g5b'] | t5:2:0 | t5:3:0 | t2 gathered ['g2a', 'g2b'] | t2:3:0
#   t5:4:8 | t5 cancels actor3 | t5:5:3 | t5:6:6 | t2:4:0 | t5 sem | t5:7:8 | t5:8:7
#   t5:9:5 | t2:5:3 | t2:6:3 | t2:7:7 | t2:8:6 | c5_8.0 | t5 locked | t5:10:8
#   t5 cancels actor1 | t5:11:4 | t5 got (2, 5) | c2_7.0 | t2 sem | t2:9:1 | t2:10:5 | t2 locked
#   t2:11:8 | t3 cancelled | done c5_8 | done c2_7 | t1 cancelled | all set | t0:2:8 | t0:3:4
#   t0 got (2, 6) | t0:4:4 | t0:5:9 | t4:4:7 | g0a.0 | g0b.0 | c4_4.0 | g0b.1
#   c4_4.1 | done c4_4 | t4 awaited c4_4 | t4:5:9 | t0 gathered ['g0a', 'g0b'] | t0:6:0 | g4a.0 | g4b.0
#   t0:7:7 | g4b.1 | done c0_7 | t0 awaited c0_7 | t0:8:6 | t0 sem | t0:9:2 | t0:10:8
#   t0:11:1 | t4 gathered ['g4a', 'g4b'] | t4:6:8 | t4 cancels actor4 | t4:7:8 | t4:8:5 | t4 cancelled | [0, 'CancelledError', 2, 'CancelledError', 'CancelledError', 5]
# 2 146
#   t0:0:0 | t1:0:1 | t2:0:5 | t3:0:2 | t3:1:4 | t3:2:4 | t3:3:9 | t4:0:3
#   t4:1:9 | t5:0:0 | t0:1:9 | t2 locked | t2:1:2 | t2:2:6 | g3a.0 | g3b.0
#   g4a.0 | g4b.0 | t5:1:8 | t5:2:8 | t5:3:8 | t5:4:0 | g0a.0 | g0b.0
#   t2 sem | t2:3:0 | g3b.1 | g4b.1 | t5:5:5 | g0b.1 | t2:4:7 | t5 locked
#   t5:6:6 | c2_4.0 | t5 sem | t5:7:8 | t5:8:8 | t5:9:3 | t5:10:3 | t5:11:0
#   t3 gathered ['g3a', 'g3b'] | t3:4:2 | t3:5:2 | t3:6:8 | t3:7:8 | t3:8:7 | t4 gathered ['g4a', 'g4b'] | t4:2:9
#   t0 gathered ['g0a', 'g0b'] | t0:2:5 | done c2_4 | t2 awaited c2_4 | t2:5:5 | c3_8.0 | g4a.0 | g4b.0
#   t0 locked | t0:3:7 | g4b.1 | t1:1:7 | t1:2:7 | done c3_8 | t3 awaited c3_8 | t3:9:8
#   t3:10:7 | t2 locked | t2:6:9 | done c0_3 | t0 awaited c0_3 | t0:4:8 | t0:5:7 | t0:6:5
#   c1_1.0 | c1_2.0 | c3_10.0 | g2a.0 | g2b.0 | c0_5.0 | t0 locked | t0:7:2
#   t0:8:4 | t0 got (5, 9) | t0:9:7 | c1_1.1 | t4 gathered ['g4a', 'g4b'] | t4:3:8 | t4:4:4 | t4 got (5, 10)
#   t4:5:3 | t4:6:7 | g2b.1 | c0_5.1 | c0_9.0 | done c1_2 | t1 awaited c1_2 | t1:3:9
#   done c3_10 | t3 awaited c3_10 | t3:11:1 | c4_6.0 | done c1_1 | g1a.0 | g1b.0 | c4_6.1
#   done c0_5 | done c0_9 | t0 awaited c0_9 | t0:10:0 | g1b.1 | t2 gathered ['g2a', 'g2b'] | t2:7:3 | t2:8:1
#   t2:9:9 | t0:11:0 | done c4_6 | t4 awaited c4_6 | t4:7:4 | t4 got (4, 5) | t4:8:9 | g2a.0
#   g2b.0 | g4a.0 | g4b.0 | g2b.1 | t1 gathered ['g1a', 'g1b'] | t1:4:3 | t1:5:1 | t1:6:2
#   t1:7:3 | t1:8:3 | t1:9:0 | g4b.1 | t1:10:6 | t1 sem | t1:11:0 | t2 gathered ['g2a', 'g2b']
#   t2:10:0 | t4 gathered ['g4a', 'g4b'] | t4:9:5 | t2:11:5 | t4 locked | t4:10:2 | t4:11:0 | t2 locked
#   all set | [0, 1, 2, 3, 4, 5]
# 3 148
#   t0:0:3 | t0:1:9 | t1:0:8 | t1:1:5 | t2:0:9 | t3:0:7 | t3:1:9 | t4:0:0
#   t5:0:7 | t5:1:3 | t5:2:7 | g0a.0 | g0b.0 | t1 locked | t1:2:6 | g2a.0
#   g2b.0 | c3_0.0 | g3a.0 | g3b.0 | t4:1:2 | t4:2:2 | t4:3:6 | c5_0.0
#   c5_2.0 | g0b.1 | t1 sem | t1:3:0 | g2b.1 | c3_0.1 | g3b.1 | t4 sem
#   t4:4:1 | t4:5:9 | c5_2.1 | t1:4:0 | g4a.0 | g4b.0 | done c5_0 | t1:5:4
#   t1 got (0, 0) | t1:6:0 | done c3_0 | g4b.1 | done c5_2 | t5 awaited c5_2 | t5:3:4 | t5 got (5, 1)
#   t5:4:7 | t0 gathered ['g0a', 'g0b'] | t0:2:6 | t1:7:6 | t2 gathered ['g2a', 'g2b'] | t2:1:9 | t3 gathered ['g3a', 'g3b'] | t3:2:7
#   c5_4.0 | t0 sem | t0:3:1 | t0:4:2 | t0:5:3 | t0:6:4 | t0 got (0, 5) | t0:7:6
#   t1 sem | t1:8:4 | t1:9:6 | g2a.0 | g2b.0 | c5_4.1 | t0 sem | t0:8:8
#   t0:9:9 | t1 sem | t1:10:5 | g2b.1 | done c3_2 | t3 awaited c3_2 | t3:3:8 | t3:4:9
#   t4 gathered ['g4a', 'g4b'] | t4:6:3 | t4:7:5 | g0a.0 | g0b.0 | t1 locked | t1:11:0 | g3a.0
#   g3b.0 | done c5_4 | t5 awaited c5_4 | t5:5:4 | t5 got (4, 6) | t5:6:9 | g0b.1 | g3b.1
#   g5a.0 | g5b.0 | t4 locked | t4:8:2 | t4:9:5 | t2 gathered ['g2a', 'g2b'] | t2:2:8 | t2 cancels actor2
#   t2:3:9 | g5b.1 | t4 locked | t4:10:4 | t4:11:4 | t0 gathered ['g0a', 'g0b'] | t0:10:1 | t0:11:7
#   t3 gathered ['g3a', 'g3b'] | t3:5:1 | t3:6:1 | t3:7:2 | t3:8:4 | t3:9:6 | c0_11.0 | t2 cancelled
#   t3 sem | t3:10:6 | t5 gathered ['g5a', 'g5b'] | t5:7:1 | t5:8:9 | c0_11.1 | t3 sem | t3:11:9
#   g5a.0 | g5b.0 | g3a.0 | g3b.0 | g5b.1 | done c0_11 | t0 awaited c0_11 | g3b.1
#   t5 gathered ['g5a', 'g5b'] | t5:9:0 | t3 gathered ['g3a', 'g3b'] | t5:10:6 | t5 sem | t5:11:9 | g5a.0 | g5b.0
#   g5b.1 | t5 gathered ['g5a', 'g5b'] | all set | [0, 1, 'CancelledError', 3, 4, 5]
# 4 126
#   t0:0:3 | t0:1:4 | t0 got (0, 0) | t0:2:1 | t1:0:6 | t2:0:7 | t2:1:1 | t3:0:6
#   t4:0:8 | t4:1:0 | t5:0:3 | t5:1:8 | t5:2:4 | t5 got (5, 0) | t5:3:2 | t5:4:4
#   t5:5:3 | t5:6:0 | t1 sem | t1:1:4 | t1 got (5, 5) | t1:2:4 | t1:3:3 | t1:4:2
#   t1:5:4 | t1 got (1, 3) | t1:6:5 | t3 sem | t3:1:1 | t4:2:5 | t5:7:6 | t1 locked
#   t1:7:8 | t1:8:2 | t1:9:7 | t1:10:8 | t1:11:0 | done c2_0 | t5 sem | t5:8:4
#   t5:9:9 | c1_9.0 | t2:2:4 | t2:3:8 | t2:4:6 | g5a.0 | g5b.0 | t4 locked
#   t4:3:6 | t2 sem | t2:5:9 | g5b.1 | t4 sem | t4:4:4 | t4:5:6 | done c1_9
#   g2a.0 | g2b.0 | t4 sem | t4:6:7 | t4:7:4 | t4:8:4 | t4:9:0 | g2b.1
#   t4:10:1 | t4:11:7 | t5 gathered ['g5a', 'g5b'] | t5:10:8 | t5:11:5 | done c4_6 | c4_11.0 | t5 locked
#   c4_11.1 | t2 gathered ['g2a', 'g2b'] | t2:6:2 | t2:7:3 | t2:8:1 | t2:9:3 | t2:10:7 | t2:11:5
#   c2_10.0 | t2 locked | done c4_11 | t4 awaited c4_11 | t0:3:6 | t3:2:9 | done c2_10 | t0 sem
#   t0:4:5 | g3a.0 | g3b.0 | t0 locked | t0:5:8 | t0:6:5 | g3b.1 | t0 locked
#   t0:7:1 | t0:8:3 | t0:9:4 | t0 got (2, 9) | t0:10:9 | g0a.0 | g0b.0 | g0b.1
#   t3 gathered ['g3a', 'g3b'] | t3:3:9 | g3a.0 | g3b.0 | g3b.1 | t0 gathered ['g0a', 'g0b'] | t0:11:3 | t3 gathered ['g3a', 'g3b']
#   t3:4:1 | t3:5:2 | t3:6:7 | t3:7:5 | t3 locked | t3:8:1 | t3:9:5 | done c3_6
#   t3 locked | t3:10:0 | t3:11:5 | t3 locked | all set | [0, 1, 2, 3, 4, 5]
# 5 93
#   t0:0:9 | t1:0:4 | t1:1:5 | t2:0:8 | t2 cancels actor3 | t2:1:3 | t2:2:0 | t4:0:2
#   t4:1:5 | t5:0:7 | g0a.0 | g0b.0 | t1 locked | t1:2:8 | t1 cancels actor5 | t1:3:3
#   t1:4:0 | t2:3:3 | t2:4:6 | g0b.1 | t1:5:4 | t1 got (1, 3) | t1:6:2 | t1:7:2
#   t1:8:2 | t1:9:9 | t2 sem | t2:5:7 | t2:6:0 | done cancelled | t5 cancelled | t4 locked
#   t4:2:0 | g1a.0 | g1b.0 | t2:7:3 | t2:8:3 | t2:9:2 | t2:10:4 | t2 got (2, 7)
#   t2:11:5 | t4:3:3 | t4:4:8 | t4:5:2 | t4:6:3 | t4:7:6 | g1b.1 | done c2_5
#   t2 locked | t0 gathered ['g0a', 'g0b'] | t0:1:4 | t0 got (4, 3) | t0:2:0 | t4 sem | t4:8:5 | t0:3:6
#   t4 locked | t4:9:2 | t4:10:4 | t4 got (4, 6) | t4:11:1 | t0 sem | t0:4:4 | t0:5:9
#   t1 gathered ['g1a', 'g1b'] | t1:10:9 | g0a.0 | g0b.0 | g1a.0 | g1b.0 | g0b.1 | g1b.1
#   t0 gathered ['g0a', 'g0b'] | t0:6:0 | t1 gathered ['g1a', 'g1b'] | t1:11:9 | t0:7:5 | g1a.0 | g1b.0 | t0 locked
#   t0:8:1 | t0:9:5 | g1b.1 | t0 locked | t0:10:4 | t0:11:7 | c0_11.0 | c0_11.1
#   t1 gathered ['g1a', 'g1b'] | done c0_11 | t0 awaited c0_11 | all set | [0, 1, 2, 'CancelledError', 4, 'CancelledError']
# 6 114
#   t0:0:9 | t1:0:1 | t2:0:4 | t2:1:0 | t3:0:0 | t4:0:2 | t4:1:9 | t5:0:7
#   g0a.0 | g0b.0 | t2:2:5 | t3:1:0 | g4a.0 | g4b.0 | c5_0.0 | g0b.1
#   t2 locked | t2:3:4 | t2:4:7 | t3:2:8 | t3 cancels actor1 | t3:3:9 | g4b.1 | c5_0.1
#   g3a.0 | g3b.0 | done c2_4 | t2 awaited c2_4 | t2:5:8 | t2:6:9 | g3b.1 | done c5_0
#   t5 awaited c5_0 | t5:1:1 | t0 gathered ['g0a', 'g0b'] | t0:1:5 | g2a.0 | g2b.0 | t4 gathered ['g4a', 'g4b'] | t4:2:1
#   t0 locked | t0:2:6 | g2b.1 | t1 cancelled | t0 sem | t0:3:4 | t0:4:7 | t0:5:3
#   t0:6:4 | t0 got (0, 5) | t0:7:1 | t3 gathered ['g3a', 'g3b'] | t3:4:9 | c0_4.0 | g3a.0 | g3b.0
#   c0_4.1 | t2 gathered ['g2a', 'g2b'] | t2:7:3 | t2:8:5 | g3b.1 | t2 locked | t2:9:7 | t2:10:5
#   done c0_4 | t2 locked | t2:11:3 | done c2_9 | t3 gathered ['g3a', 'g3b'] | t3:5:9 | g3a.0 | g3b.0
#   g3b.1 | t3 gathered ['g3a', 'g3b'] | t3:6:6 | t3 sem | t3:7:4 | t3 got (2, 7) | t3:8:5 | t3 locked
#   t3:9:9 | g3a.0 | g3b.0 | g3b.1 | t3 gathered ['g3a', 'g3b'] | t3:10:1 | all set | t0:8:8
#   t0:9:1 | t0:10:4 | t0 got (2, 11) | t0:11:4 | t3:11:3 | t5:2:6 | t4:3:7 | t4:4:9
#   t5 sem | t5:3:3 | t5:4:8 | t5 cancels actor4 | t5:5:2 | t5:6:5 | t5 locked | t5:7:8
#   t5:8:5 | done c4_3 | t5 locked | t5:9:6 | t4 cancelled | t5 sem | t5:10:8 | t5:11:4
#   t5 got (3, 11) | [0, 'CancelledError', 2, 3, 'CancelledError', 5]
# 7 145
#   t0:0:5 | t1:0:2 | t1:1:0 | t2:0:1 | t3:0:1 | t3:1:9 | t4:0:0 | t5:0:8
#   t5:1:0 | t0 locked | t0:1:1 | t0:2:6 | t1:2:1 | g3a.0 | g3b.0 | t4:1:1
#   t5:2:6 | t0 sem | t0:3:0 | g3b.1 | t5 sem | t5:3:9 | t0:4:1 | g5a.0
#   g5b.0 | g5b.1 | t3 gathered ['g3a', 'g3b'] | t3:2:9 | g3a.0 | g3b.0 | g3b.1 | t5 gathered ['g5a', 'g5b']
#   t5:4:0 | t5:5:9 | g5a.0 | g5b.0 | t3 gathered ['g3a', 'g3b'] | t3:3:9 | g5b.1 | g3a.0
#   g3b.0 | g3b.1 | t5 gathered ['g5a', 'g5b'] | t5:6:6 | t5 sem | t5:7:0 | t3 gathered ['g3a', 'g3b'] | t3:4:3
#   t3:5:0 | t5:8:8 | t5:9:4 | t5 got (3, 4) | t5:10:6 | t3:6:2 | t3:7:1 | t3:8:4
#   t3:9:8 | t3:10:1 | t3:11:9 | t5 sem | t5:11:3 | g3a.0 | g3b.0 | g3b.1
#   t2:1:5 | t4:2:1 | t4:3:1 | t4:4:0 | t2 locked | t2:2:9 | t4:5:3 | t4:6:7
#   g2a.0 | g2b.0 | c4_6.0 | t3 gathered ['g3a', 'g3b'] | g2b.1 | c4_6.1 | done c4_6 | t4 awaited c4_6
#   t4:7:5 | t2 gathered ['g2a', 'g2b'] | t2:3:7 | t4 locked | t4:8:5 | c2_3.0 | t4 locked | t4:9:4
#   t4 got (5, 11) | t4:10:3 | t4:11:2 | c2_3.1 | done c2_3 | t2 awaited c2_3 | t2:4:3 | t2:5:1
#   t2:6:4 | t2 got (4, 10) | t2:7:8 | t2:8:5 | t2 locked | t2:9:7 | t2:10:1 | t2:11:6
#   c2_9.0 | t2 sem | done c2_9 | all set | t1:3:2 | t1:4:2 | t1:5:6 | t0:5:0
#   t1 sem | t1:6:1 | t1:7:9 | t0:6:5 | g1a.0 | g1b.0 | t0 locked | t0:7:5
#   g1b.1 | t0 locked | t0:8:5 | t0 locked | t0:9:9 | g0a.0 | g0b.0 | t1 gathered ['g1a', 'g1b']
#   t1:8:7 | g0b.1 | c1_8.0 | c1_8.1 | t0 gathered ['g0a', 'g0b'] | t0:10:1 | t0:11:4 | t0 got (2, 4)
#   done c1_8 | t1 awaited c1_8 | t1:9:7 | t1:10:0 | c1_9.0 | t1:11:4 | c1_9.1 | [0, 1, 2, 3, 4, 5]
#   done c1_9
# 8 127
#   t0:0:3 | t0:1:5 | t1:0:6 | t2:0:2 | t2:1:0 | t3:0:1 | t3:1:3 | t3:2:8
#   t3:3:6 | t4:0:0 | t5:0:7 | t0 locked | t0:2:6 | t1 sem | t1:1:7 | t1:2:6
#   t2:2:1 | t3 sem | t3:4:3 | t3:5:0 | t4:1:4 | t4 got (3, 1) | t4:2:8 | t4:3:7
#   t4:4:4 | t4 got (3, 4) | t4:5:1 | t4:6:6 | c5_0.0 | c1_1.0 | t3:6:9 | c4_3.0
#   t0 sem | t0:3:6 | c1_1.1 | t1 sem | t1:3:1 | g3a.0 | g3b.0 | done c5_0
#   t5 awaited c5_0 | t5:1:0 | g3b.1 | done c4_3 | t5:2:5 | t4 sem | t4:7:3 | t4:8:1
#   done c1_1 | t0 sem | t0:4:8 | t0:5:9 | t5 locked | t5:3:2 | t5:4:1 | t5:5:0
#   g0a.0 | g0b.0 | t5:6:7 | t5:7:2 | t5:8:7 | g0b.1 | t3 gathered ['g3a', 'g3b'] | t3:7:4
#   t3 got (4, 7) | t3:8:8 | t3:9:6 | c5_6.0 | c5_8.0 | t3 sem | t3:10:2 | t3:11:9
#   t1:4:1 | t1:5:5 | c5_6.1 | c5_8.1 | g3a.0 | g3b.0 | t1 locked | t1:6:5
#   t0 gathered ['g0a', 'g0b'] | t0:6:7 | t0:7:4 | t0:8:2 | t0:9:8 | t0:10:8 | t0 cancels actor4 | t0:11:8
#   g3b.1 | t1 locked | t1:7:5 | done c5_6 | done c5_8 | t5 awaited c5_8 | t5:9:3 | t5:10:0
#   c0_6.0 | t4:9:4 | t4 got (5, 9) | t4:10:5 | t1 locked | t1:8:3 | t1:9:4 | t1 got (1, 8)
#   t1:10:0 | t5:11:6 | c0_6.1 | t1:11:4 | t5 sem | t2:3:6 | t3 gathered ['g3a', 'g3b'] | t4 locked
#   t4:11:4 | done c0_6 | t2 sem | t2:4:6 | t2 sem | t2:5:2 | t2:6:6 | t2 sem
#   t2:7:1 | t2:8:0 | t2:9:3 | t2:10:2 | t2:11:1 | all set | [0, 1, 2, 3, 4, 5]
# 9 77
#   t0:0:7 | t1:0:4 | t1:1:2 | t1:2:0 | t2:0:5 | t3:0:8 | t3:1:9 | t4:0:1
#   t5:0:8 | t5 cancels actor5 | t5:1:6 | c0_0.0 | t1:3:2 | t1:4:7 | t2 locked | t2:1:2
#   t2:2:3 | t2:3:0 | g3a.0 | g3b.0 | t5 cancelled | c0_0.1 | c1_4.0 | t2:4:1
#   t2:5:8 | t2 cancels actor3 | t2:6:1 | c1_4.1 | done c0_0 | t0 awaited c0_0 | t0:1:3 | t0:2:3
#   t0:3:6 | t3 cancelled | t0 sem | t0:4:1 | done c1_4 | t1 awaited c1_4 | t1:5:3 | t1:6:6
#   t1 sem | t1:7:4 | t1 got (0, 2) | t1:8:5 | t1 locked | t1:9:0 | t1:10:3 | t1:11:0
#   all set | t4:1:6 | t2:7:0 | t0:5:6 | t4 sem | t4:2:7 | t4:3:3 | t4:4:6
#   t2:8:1 | t2:9:0 | t0 sem | t0:6:1 | t0:7:3 | t0:8:3 | t0:9:5 | t4 sem
#   t4:5:0 | t2:10:1 | t2:11:8 | t2 cancels actor4 | t0 locked | t0:10:1 | t0:11:7 | done c4_2
#   t4 cancelled | c0_11.0 | c0_11.1 | [0, 1, 2, 'CancelledError', 'CancelledError', 'CancelledError'] | done c0_11
# 10 141
#   t0:0:9 | t1:0:0 | t2:0:6 | t3:0:7 | t3:1:3 | t3:2:7 | t4:0:2 | t4:1:8
#   t4:2:5 | t5:0:1 | t5:1:5 | g0a.0 | g0b.0 | t1:1:0 | t2 sem | t2:1:6
#   c3_0.0 | c3_2.0 | t4 locked | t4:3:2 | t4:4:5 | g0b.1 | t1:2:6 | t2 sem
#   t2:2:6 | c3_0.1 | t1 sem | t1:3:4 | t1 got (3, 1) | t1:4:4 | t1:5:7 | t2 sem
#   t2:3:5 | done c3_2 | t3 awaited c3_2 | t3:3:2 | t3:4:3 | t3:5:7 | t5 locked | t5:2:0
#   done c3_0 | c3_5.0 | t5:3:9 | t0 gathered ['g0a', 'g0b'] | t0:1:0 | done c1_5 | t1 awaited c1_5 | t1:6:3
#   t1:7:2 | t1:8:4 | t1 got (3, 4) | t1:9:8 | t1:10:3 | t1:11:5 | c3_5.1 | t4 locked
#   t4:5:8 | t4:6:6 | g5a.0 | g5b.0 | t0:2:7 | t4 sem | t4:7:8 | t4:8:3
#   t4:9:6 | g5b.1 | done c3_5 | t3 awaited c3_5 | t3:6:3 | t3:7:0 | t2 locked | t2:4:0
#   t4 sem | t4:10:7 | t4:11:8 | t4 cancels actor1 | done c0_2 | t0 awaited c0_2 | t0:3:6 | t3:8:9
#   t1 cancelled | t2:5:5 | c4_10.0 | t0 sem | t0:4:9 | g3a.0 | g3b.0 | t2 locked
#   t2:6:2 | t2:7:1 | t2:8:2 | t2:9:5 | t5 gathered ['g5a', 'g5b'] | t5:4:6 | g0a.0 | g0b.0
#   g3b.1 | t2 locked | t2:10:6 | done c4_10 | t5 sem | t5:5:7 | g0b.1 | t2 sem
#   t2:11:2 | done c5_5 | t5 awaited c5_5 | t5:6:8 | t5:7:1 | t5:8:7 | t5:9:2 | t5:10:7
#   t3 gathered ['g3a', 'g3b'] | t3:9:6 | c5_8.0 | c5_10.0 | t0 gathered ['g0a', 'g0b'] | t0:5:3 | t0:6:0 | t3 sem
#   t3:10:8 | t3 cancels actor3 | t3:11:5 | t0:7:3 | t0:8:1 | t0:9:7 | t0:10:6 | t3 cancelled
#   done c5_8 | done c5_10 | t5 awaited c5_10 | t5:11:7 | c0_9.0 | t0 sem | t0:11:8 | c5_11.0
#   c5_11.1 | done c0_9 | done c5_11 | all set | [0, 'CancelledError', 2, 'CancelledError', 4, 5]
# 11 92
#   t0:0:7 | t1:0:7 | t1:1:2 | t1:2:7 | t1:3:1 | t2:0:4 | t2:1:2 | t2:2:8
#   t2 cancels actor4 | t2:3:6 | t3:0:7 | t3:1:9 | t5:0:0 | c0_0.0 | c1_0.0 | c1_2.0
#   t2 sem | t2:4:8 | t2 cancels actor0 | t2:5:0 | c3_0.0 | g3a.0 | g3b.0 | t5:1:3
#   t5:2:3 | t5:3:9 | c1_0.1 | c1_2.1 | t2:6:0 | c3_0.1 | g3b.1 | g5a.0
#   g5b.0 | done cancelled | t0 cancelled | t2:7:7 | g5b.1 | done c1_0 | done c1_2 | c2_7.0
#   done c3_0 | t3 gathered ['g3a', 'g3b'] | t3:2:9 | done c2_7 | t2 awaited c2_7 | t2:8:3 | t2:9:8 | t2:10:4
#   t2 got (5, 2) | t2:11:7 | g3a.0 | g3b.0 | t5 gathered ['g5a', 'g5b'] | t5:4:7 | g3b.1 | c5_4.0
#   done c2_11 | c5_4.1 | t3 gathered ['g3a', 'g3b'] | t3:3:6 | done c5_4 | t5 awaited c5_4 | t5:5:8 | t5 cancels actor5
#   t5:6:4 | t5 got (2, 8) | t5:7:5 | t3 sem | t3:4:3 | t3:5:8 | t3:6:0 | t5 cancelled
#   t3:7:1 | t3:8:1 | all set | t1:4:1 | t1:5:6 | t3:9:1 | t3:10:0 | t1 sem
#   t1:6:3 | t1:7:3 | t1:8:0 | t3:11:7 | t1:9:6 | c3_11.0 | t1 sem | t1:10:1
#   t1:11:3 | done c3_11 | t3 awaited c3_11 | ['CancelledError', 1, 2, 3, 'CancelledError', 'CancelledError']
