LOADED_AS = __name__

def describe():
    return "guard module named " + __name__

if __name__ == "__main__":
    print("running _helper_main_guard as main")
else:
    print("imported _helper_main_guard as", __name__)
