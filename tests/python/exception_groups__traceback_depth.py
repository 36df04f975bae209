# Groups nested deeper than 10 are cut: "... (max_group_depth is 10)".
e = ValueError('leaf')
for i in range(12):
    e = ExceptionGroup('lvl%d' % i, [e])
raise e

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_depth.py", line 5, in <module>
#   |     raise e
#   | ExceptionGroup: lvl11 (1 sub-exception)
#   +-+---------------- 1 ----------------
#     | ExceptionGroup: lvl10 (1 sub-exception)
#     +-+---------------- 1 ----------------
#       | ExceptionGroup: lvl9 (1 sub-exception)
#       +-+---------------- 1 ----------------
#         | ExceptionGroup: lvl8 (1 sub-exception)
#         +-+---------------- 1 ----------------
#           | ExceptionGroup: lvl7 (1 sub-exception)
#           +-+---------------- 1 ----------------
#             | ExceptionGroup: lvl6 (1 sub-exception)
#             +-+---------------- 1 ----------------
#               | ExceptionGroup: lvl5 (1 sub-exception)
#               +-+---------------- 1 ----------------
#                 | ExceptionGroup: lvl4 (1 sub-exception)
#                 +-+---------------- 1 ----------------
#                   | ExceptionGroup: lvl3 (1 sub-exception)
#                   +-+---------------- 1 ----------------
#                     | ExceptionGroup: lvl2 (1 sub-exception)
#                     +-+---------------- 1 ----------------
#                       | ... (max_group_depth is 10)
#                       +------------------------------------
