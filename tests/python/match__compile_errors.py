# The compile-time errors of match statements, with CPython's messages:
# each helper module holds one invalid match statement.

helpers = [
    "_match_compile_error_capture",
    "_match_compile_error_wildcard",
    "_match_compile_error_or_capture",
    "_match_compile_error_as_capture",
    "_match_compile_error_dup_name",
    "_match_compile_error_dup_star",
    "_match_compile_error_dup_rest",
    "_match_compile_error_alternatives",
    "_match_compile_error_dup_key",
    "_match_compile_error_dup_number_key",
    "_match_compile_error_two_stars",
    "_match_compile_error_keyword_repeated",
    "_match_compile_error_underscore_target",
    "_match_compile_error_fstring",
    "_match_compile_error_positional_after_keyword",
    "_match_compile_error_complex",
]
for name in helpers:
    try:
        __import__(name)
        print(name, "compiled")
    except SyntaxError as e:
        print(name[len("_match_compile_error_"):], "->", type(e).__name__ + ":", e.args[0])

# Output:
# capture -> SyntaxError: name capture 'y' makes remaining patterns unreachable
# wildcard -> SyntaxError: wildcard makes remaining patterns unreachable
# or_capture -> SyntaxError: name capture 'y' makes remaining patterns unreachable
# as_capture -> SyntaxError: name capture 'y' makes remaining patterns unreachable
# dup_name -> SyntaxError: multiple assignments to name 'a' in pattern
# dup_star -> SyntaxError: multiple assignments to name 'a' in pattern
# dup_rest -> SyntaxError: multiple assignments to name 'a' in pattern
# alternatives -> SyntaxError: alternative patterns bind different names
# dup_key -> SyntaxError: mapping pattern checks duplicate key ('a')
# dup_number_key -> SyntaxError: mapping pattern checks duplicate key (1.0)
# two_stars -> SyntaxError: multiple starred names in sequence pattern
# keyword_repeated -> SyntaxError: attribute name repeated in class pattern: x
# underscore_target -> SyntaxError: cannot use '_' as a target
# fstring -> SyntaxError: patterns may only match literals and attribute lookups
# positional_after_keyword -> SyntaxError: positional patterns follow keyword patterns
# complex -> SyntaxError: imaginary number required in complex literal
