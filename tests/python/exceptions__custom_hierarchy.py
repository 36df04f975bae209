class BaseAppError(Exception):
    code = 1

class ValidationError(BaseAppError):
    code = 2

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__("missing field: " + field)
        self.field = field

def handle(exc):
    try:
        raise exc
    except MissingField as e:
        return "MissingField(%s) code=%d" % (e.field, e.code)
    except ValidationError as e:
        return "ValidationError code=%d: %s" % (e.code, e)
    except BaseAppError as e:
        return "BaseAppError code=%d" % e.code

print(handle(MissingField("name")))
print(handle(ValidationError("bad")))
print(handle(BaseAppError()))
print([c.__name__ for c in MissingField.__mro__])
raise MissingField("email")

# Output:
# MissingField(name) code=2
# ValidationError code=2: bad
# BaseAppError code=1
# ['MissingField', 'ValidationError', 'BaseAppError', 'Exception', 'BaseException', 'object']
# Raise: MissingField: missing field: email
