# sandpy-only: generic aliases cross sandboxes
# An annotated function sent to a child keeps its annotations (GenericAlias
# and union objects freeze with it, their classes shared by every sandbox),
# and a sandbox granted no module at all still evaluates list[int] and
# int | None (the runtime's own _types module needs no grant).
import sandbox


def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return (len(x),)


def child(g):
    ann = g.__annotations__
    return [repr(ann['x']), repr(ann['y']), ann['x'] == list[int], ann['return'] == tuple[int, ...],
            type(ann['x']) is type(list[str])]


print(sandbox.spawn(child, f).join())


def bare():
    def h(a: list[int]) -> int | None:
        return None
    return repr(h.__annotations__), isinstance(3, int | None)


print(sandbox.spawn(bare, _config=sandbox.Config(modules=[])).join())
import _types  # the runtime's own: no grant needed, no authority given
print(_types.GenericAlias is type(list[int]))
print(list[int] == sandbox.spawn(lambda: list[int]).join())
# Output:
# ['list[int]', 'dict[str, int] | None', True, True, True]
# ("{'a': list[int], 'return': int | None}", True)
# True
# True
