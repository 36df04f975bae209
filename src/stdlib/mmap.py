"""mmap: a sandbox cannot map files or memory; read files with open()."""

import _refusal

ACCESS_DEFAULT = 0
ACCESS_READ = 1
ACCESS_WRITE = 2
ACCESS_COPY = 3
PAGESIZE = 4096
ALLOCATIONGRANULARITY = 4096
PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
MAP_SHARED = 1
MAP_PRIVATE = 2
MAP_ANONYMOUS = 32
error = OSError

mmap = _refusal.cls("mmap.mmap", PermissionError,
                    "a sandbox cannot map files or share memory; read and "
                    "write files with open() (through the sandbox's file "
                    "grants) and share values with sandbox.Queue")
