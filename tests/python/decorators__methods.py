def logged(func):
    def wrapper(self, *args):
        print("calling", func.__name__, "with", args)
        return func(self, *args)
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance

    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @staticmethod
    @logged
    def helper(x, y):
        return x + y

acct = Account(10)
print(acct.deposit(5))
print(Account.helper(40, 2))

# Output:
# calling deposit with (5,)
# 15
# calling helper with (2,)
# 42
