inventory = {"apples": {"red": 3, "green": 2}, "pears": {"yellow": 1}}
inventory["apples"]["red"] += 5
inventory.setdefault("plums", {})["purple"] = 4
print(inventory)
totals = {k: sum(v.values()) for k, v in inventory.items()}
print(totals)
print(sorted(totals, key=totals.get, reverse=True))
print(max(totals.items(), key=lambda kv: kv[1]))
print(len(inventory), "pears" in inventory, "red" in inventory)

# Output:
# {'apples': {'red': 8, 'green': 2}, 'pears': {'yellow': 1}, 'plums': {'purple': 4}}
# {'apples': 10, 'pears': 1, 'plums': 4}
# ['apples', 'plums', 'pears']
# ('apples', 10)
# 3 True False
