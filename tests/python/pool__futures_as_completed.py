# ProcessPoolExecutor with as_completed over URL-like fake work, the
# pattern of the concurrent.futures docs: a dict from future to URL, each
# result taken as it completes (printed sorted, the order being the
# workers'), one "download" failing with its own exception.
import concurrent.futures
import zlib

URLS = ["https://example.com/page/%d" % i for i in range(10)] + ["https://bad.example/"]


class FetchError(Exception):
    pass


def load_url(url, timeout):
    if "bad" in url:
        raise FetchError("cannot reach %s" % url)
    body = (url * 200).encode()
    for _ in range(20):
        body = zlib.compress(body)[:4000] + body[:2000]
    return len(body), zlib.crc32(body)


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
