s = "héllo wörld"
print(len(s), s.upper(), s.title())
print(s[1], s[-4], s[::-1])
print("ñ".upper(), "ÄÖÜ".lower(), "straße".upper())
print(len("日本語"), "日本語"[1], "日本語".find("語"))
print("café" == "caf\u00e9", "\u00e9" == "é")
print(sorted(["é", "e", "z", "ä"]))
print("Ωmega".lower(), "ÉCOLE".capitalize())
print("😀x"[1], len("😀"))

# Output:
# 11 HÉLLO WÖRLD Héllo Wörld
# é ö dlröw olléh
# Ñ äöü STRASSE
# 3 本 2
# True True
# ['e', 'z', 'ä', 'é']
# ωmega École
# x 1
