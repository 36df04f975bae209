import random
random.seed(1)
random.choice([])

# Raise: IndexError: Cannot choose from an empty sequence
