class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name)

def get():
    with Tracker("fn") as t:
        return t.name + " result"

print(get())
for i in range(3):
    with Tracker("loop%d" % i):
        if i == 1:
            print("breaking")
            break
        print("continuing")
        continue
print("done")

# Output:
# enter fn
# exit fn
# fn result
# enter loop0
# continuing
# exit loop0
# enter loop1
# breaking
# exit loop1
# done
