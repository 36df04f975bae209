class Settings:
    limit_value = 10

    def get_limit(self):
        return self.limit_value

    def broken(self):
        return limit_value

s = Settings()
print(s.get_limit())
print(Settings.limit_value)
s.broken()

# Output:
# 10
# 10
# Traceback:
# Traceback (most recent call last):
#   File "classes__class_scope_not_in_methods.py", line 13, in <module>
#     s.broken()
#   File "classes__class_scope_not_in_methods.py", line 8, in broken
#     return limit_value
# NameError: name 'limit_value' is not defined
