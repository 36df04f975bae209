# ProcessPoolExecutor with as_completed over URL-like fake work, the
# pattern of the concurrent.futures docs: a dict from future to URL, each
# result taken as it completes (printed sorted, the order being the
# workers'), one "download" failing with its own exception.
import concurrent.futures

URLS = ["https://example.com/page/%d" % i for i in range(10)] + ["https://bad.example/"]


class FetchError(Exception):
    pass


def load_url(url, timeout):
    if "bad" in url:
        raise FetchError("cannot reach %s" % url)
    body = (url * 200).encode()
    crc = 0
    for b in body:
        crc = (crc * 31 + b) % 4294967291
    return len(body), crc


if __name__ == "__main__":
    lines = []
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
        for future in concurrent.futures.as_completed(future_to_url):
            url = future_to_url[future]
            try:
                data = future.result()
            except Exception as exc:
                lines.append("%r generated an exception: %s: %s"
                             % (url, type(exc).__name__, exc))
            else:
                lines.append("%r page is %d bytes (crc %d)" % (url, data[0], data[1]))
    for line in sorted(lines):
        print(line)
    with concurrent.futures.ProcessPoolExecutor(2) as executor:
        fs = [executor.submit(load_url, u, 1) for u in URLS[:3]]
        done, not_done = concurrent.futures.wait(fs)
        print(len(done), len(not_done), all(f.done() for f in fs))
        first = concurrent.futures.wait(fs, return_when=concurrent.futures.FIRST_COMPLETED)
        print(len(first.done) >= 1, type(first).__name__)
        fs.append(executor.submit(load_url, URLS[-1], 1))
        done, not_done = concurrent.futures.wait(
            fs, return_when=concurrent.futures.FIRST_EXCEPTION)
        print(sum(f.exception() is not None for f in done))
        print(sum(1 for _ in concurrent.futures.as_completed(fs, timeout=30)))

# Output:
# 'https://bad.example/' generated an exception: FetchError: cannot reach https://bad.example/
# 'https://example.com/page/0' page is 5200 bytes (crc 1909341790)
# 'https://example.com/page/1' page is 5200 bytes (crc 1741760994)
# 'https://example.com/page/2' page is 5200 bytes (crc 1574180198)
# 'https://example.com/page/3' page is 5200 bytes (crc 1406599402)
# 'https://example.com/page/4' page is 5200 bytes (crc 1239018606)
# 'https://example.com/page/5' page is 5200 bytes (crc 1071437810)
# 'https://example.com/page/6' page is 5200 bytes (crc 903857014)
# 'https://example.com/page/7' page is 5200 bytes (crc 736276218)
# 'https://example.com/page/8' page is 5200 bytes (crc 568695422)
# 'https://example.com/page/9' page is 5200 bytes (crc 401114626)
# 3 0 True
# True DoneAndNotDoneFutures
# 1
# 4
