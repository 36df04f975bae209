# A package for imports__package_path.py (not a test itself).
NAME = "probe"
