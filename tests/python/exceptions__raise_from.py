class ConfigError(Exception):
    pass

def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("port missing") from e

try:
    load({})
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__))
    print(e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# Output:
# port missing | cause: KeyError('port')
# True KeyError
# None True ZeroDivisionError
