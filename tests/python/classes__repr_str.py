class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur

    def __repr__(self):
        return "Money(%r, %r)" % (self.amount, self.cur)

    def __str__(self):
        return "%.2f %s" % (self.amount, self.cur)

m = Money(3.5, "EUR")
print(m)
print(repr(m))
print(str(m))
print([m, m])
print(f"{m} / {m!r}")
print("%s and %r" % (m, m))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

# Output:
# 3.50 EUR
# Money(3.5, 'EUR')
# 3.50 EUR
# [Money(3.5, 'EUR'), Money(3.5, 'EUR')]
# 3.50 EUR / Money(3.5, 'EUR')
# 3.50 EUR and Money(3.5, 'EUR')
# <OnlyRepr> <OnlyRepr> [<OnlyRepr>]
