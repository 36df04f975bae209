class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def size(self):
        return 1 + sum(c.size() for c in self.children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def flatten(self):
        out = [self.value]
        for c in self.children:
            out.extend(c.flatten())
        return out

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6, [Tree(7)])])])
print(t.size(), t.depth(), t.flatten())

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(10, "A", "C", "B", moves)
print(len(moves), moves[:3])

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            result.append(items[i:i + 1] + p)
    return result

print(permutations("abc"))

# Output:
# 7 4 [1, 2, 4, 5, 3, 6, 7]
# 1023 [('A', 'B'), ('A', 'C'), ('B', 'C')]
# ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
