import _helper_main_guard

print(_helper_main_guard.LOADED_AS)
print(_helper_main_guard.describe())
print(__name__)

# Output:
# imported _helper_main_guard as _helper_main_guard
# _helper_main_guard
# guard module named _helper_main_guard
# __main__
