__all__ = ["shown", "_also"]
shown = 1
_also = 2
hidden = 3
