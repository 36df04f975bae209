try:
    raise ValueError("x")
except* ValueError:
    pass
