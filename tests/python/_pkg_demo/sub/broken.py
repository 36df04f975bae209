import _pkg_demo.sub.no_such_thing
