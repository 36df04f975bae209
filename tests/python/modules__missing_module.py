try:
    import _helper_does_not_exist_anywhere
except ModuleNotFoundError as e:
    print("caught:", e)
    print(e.name)
print(issubclass(ModuleNotFoundError, ImportError))
import _helper_also_not_there
print("unreachable")

# Output:
# caught: No module named '_helper_does_not_exist_anywhere'
# _helper_does_not_exist_anywhere
# True
# Raise: ModuleNotFoundError: No module named '_helper_also_not_there'
