"""socket: a sandbox has no network.

Constants, exceptions and the pure helpers import; making a socket or
asking the network raises PermissionError."""

import _refusal

_WHY = ("a sandbox has no network access; the host can grant a proxy "
        "(sandbox.Config(proxies=...)) for what it needs to reach")

AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOL_SOCKET = 1
SO_REUSEADDR = 2
IPPROTO_TCP = 6
IPPROTO_UDP = 17
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
has_ipv6 = False

error = OSError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


timeout = TimeoutError

socket = _refusal.cls("socket.socket", PermissionError, _WHY)
SocketType = socket
for _name in ("create_connection", "create_server", "socketpair", "fromfd",
              "getaddrinfo", "gethostbyname", "gethostbyname_ex",
              "gethostbyaddr", "getnameinfo", "getfqdn", "gethostname",
              "getservbyname", "getservbyport", "getprotobyname",
              "sethostname", "if_nameindex"):
    globals()[_name] = _refusal.function("socket." + _name, PermissionError,
                                         _WHY)
del _name


def getdefaulttimeout():
    return None


def setdefaulttimeout(timeout):
    pass


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes((x & 0xffffffff).to_bytes(4, 'little'), 'big')


ntohl = htonl
