# sandpy-only: sandboxes exist only in sandpy
# logging's loggers, warnings' filters and threading's main thread are
# each sandbox's own: a child configuring them changes nothing here, and
# the refused modules (shared frozen) import in a child too.
import io
import logging
import warnings
import sandbox

warnings.simplefilter("error")
parent_log = logging.getLogger("shared.name")
parent_log.setLevel(logging.DEBUG)


def child(tag):
    import io
    import logging
    import warnings
    import threading
    import subprocess
    s = io.StringIO()
    logging.basicConfig(stream=s, format="%(name)s:%(levelname)s:%(message)s")
    log = logging.getLogger("shared.name")
    log.warning("from %s", tag)
    log.debug("hidden")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.warn("child warning")
    try:
        subprocess.run(["x"])
    except PermissionError as e:
        refused = str(e).startswith("subprocess.run(): a sandbox cannot")
    return (s.getvalue(), log.getEffectiveLevel(), len(w),
            [f[0] for f in warnings.filters][:2],
            threading.current_thread().name, refused)


for tag in ("a", "b"):
    print(sandbox.spawn(child, tag).join())
print(parent_log.level, logging.root.handlers, warnings.filters[0][0])
try:
    warnings.warn("still an error here")
except UserWarning as e:
    print("UserWarning", e)

# Output:
# ('shared.name:WARNING:from a\n', 30, 1, ['default', 'ignore'], 'MainThread', True)
# ('shared.name:WARNING:from b\n', 30, 1, ['default', 'ignore'], 'MainThread', True)
# 10 [] error
# UserWarning still an error here
