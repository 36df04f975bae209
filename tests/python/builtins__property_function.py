class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    balance = property(get_balance, set_balance)

a = Account()
a.balance = 50
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("error:", e)
print(a.balance)

# Output:
# 50
# error: negative balance
# 50
