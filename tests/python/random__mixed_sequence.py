import random
random.seed(2024)
print(random.randint(1, 100))
print(random.random())
print(random.choice("abcdef"))
deck = list("ABCDEFGH")
random.shuffle(deck)
print("".join(deck))
print(random.randrange(0, 1000, 7))
print(random.uniform(0, 100))
print(random.randint(1, 2 ** 40))

# Output:
# 61
# 0.18170603907305216
# e
# GAHCDFBE
# 889
# 35.41723595252044
# 679541681739
