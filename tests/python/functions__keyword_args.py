def describe(name, age, city):
    return "%s (%d) from %s" % (name, age, city)

print(describe("Ann", 30, "Oslo"))
print(describe(age=25, city="Rome", name="Bo"))
print(describe("Cy", city="Lima", age=40))
args = {"name": "Di", "age": 22, "city": "Kyiv"}
print(describe(**args))
print(describe("Ed", **{"city": "Bern", "age": 50}))

# Output:
# Ann (30) from Oslo
# Bo (25) from Rome
# Cy (40) from Lima
# Di (22) from Kyiv
# Ed (50) from Bern
