class Item:
    category = "misc"

    def __init__(self, name):
        self.name = name

i = Item("pen")
print(i.__class__ is Item, i.__class__.__name__)
print(i.__dict__)
i.__dict__["price"] = 3
print(i.price)
print("category" in Item.__dict__, "name" in Item.__dict__)
print(Item.__dict__["category"])
print(type(i).category, i.__class__.__bases__[0].__name__)

# Output:
# True Item
# {'name': 'pen'}
# 3
# True False
# misc
# misc object
