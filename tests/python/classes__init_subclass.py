class Plugin:
    plugins = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)

class Csv(Plugin):
    pass

class Json(Plugin, name="json-plugin"):
    pass

print(Plugin.plugins)
print(Csv.plugin_name, Json.plugin_name)

# Output:
# ['csv', 'json-plugin']
# csv json-plugin
